import { describe, expect, test } from 'vitest';
import { axisStylesheet, timelineAxis, type AxisEvent, type AxisLayout } from '../../src/lib/timeline-axis';
import { styleHash } from '../../src/lib/csp';

// Made-up event sets of every shape a briefing can have: the expected positions are worked out
// here from the calendar (days between dates), not read back from the layout.

const DAY = 86_400_000;
const day = (iso: string): number => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7) || 1) - 1, Number(iso.slice(8, 10) || 1)) / DAY;

let counter = 0;
const event = (date: string, precision: AxisEvent['precision'] = date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year', kind: AxisEvent['kind'] = 'reported'): AxisEvent => ({
  id: `e${++counter}`,
  date,
  precision,
  kind,
});

/** The segment a date falls in, by its first and last drawn day. */
const segmentAt = (layout: AxisLayout, iso: string): number => layout.segments.findIndex((segment) => day(segment.from) <= day(iso) && day(iso) <= day(segment.until));

describe('timelineAxis: segments', () => {
  test.each([
    {
      title: 'days only: one segment, no break',
      events: ['2026-03-01', '2026-03-02', '2026-03-05', '2026-03-09'],
      published: '2026-03-09',
      segments: [['2026-03-01', '2026-03-09']],
    },
    {
      title: 'decades apart, evenly enough: one segment',
      events: ['1948', '1967', '1973', '1979', '1993', '2000'],
      published: '2000',
      segments: [['1948-01-01', '2000-12-31']],
    },
    {
      title: 'two clusters five years apart: two segments',
      events: ['2019-03-01', '2019-03-03', '2019-03-05', '2024-06-10', '2024-06-12'],
      published: '2024-06-12',
      segments: [
        ['2019-03-01', '2019-03-05'],
        ['2024-06-10', '2024-06-12'],
      ],
    },
    {
      title: 'a single event',
      events: ['2021-07-26'],
      published: '2021-07-26',
      segments: [['2021-07-26', '2021-07-26']],
    },
    {
      title: 'decades of background, then a war of days: the widest gaps are compressed, the days get their own segment',
      events: ['1948', '1967', '1973', '2000', '2023-10-07', '2023-10-09', '2023-10-13'],
      published: '2023-10-13',
      segments: [
        ['1948-01-01', '1973-12-31'],
        ['2000-01-01', '2000-12-31'],
        ['2023-10-07', '2023-10-13'],
      ],
    },
    {
      title: 'background years, an article week, a deadline months later',
      events: ['2008', '2014', '2020-06-11', '2021-07-20', '2021-07-23', '2021-07-26', '2021-12-31'],
      published: '2021-07-25',
      segments: [
        ['2008-01-01', '2014-12-31'],
        ['2020-06-11', '2020-06-11'],
        ['2021-07-20', '2021-07-26'],
        ['2021-12-31', '2021-12-31'],
      ],
    },
  ])('$title', ({ events, published, segments }) => {
    const layout = timelineAxis(events.map((date) => event(date)), { date: published, basis: 'stated' });
    expect(layout.segments.map((segment) => [segment.from, segment.until])).toEqual(segments);
    expect(layout.segments.reduce((sum, segment) => sum + segment.share, 0)).toBeCloseTo(1, 10);
  });

  test("the article's date range is drawn, and keeps its days inside one segment", () => {
    const layout = timelineAxis([event('2021-07-20'), event('2008')], { date: '2021-07-25', until: '2021-07-26', basis: 'stated' });
    const { published } = layout;
    expect(published.segment).toBe(segmentAt(layout, '2021-07-25'));
    const segment = layout.segments[published.segment];
    const span = day(segment!.until) + 1 - day(segment!.from);
    expect(published.start).toBeCloseTo((day('2021-07-25') - day(segment!.from)) / span, 10);
    expect(published.end).toBeCloseTo((day('2021-07-27') - day(segment!.from)) / span, 10);
  });

  test('a segment with more marks gets more of the axis', () => {
    const layout = timelineAxis(['2019-03-01', '2019-03-03', '2019-03-05', '2024-06-10'].map((date) => event(date)), { date: '2024-06-10', basis: 'stated' });
    // Three marks and one: shares by marks plus one, 4 : 2.
    expect(layout.segments.map((segment) => segment.share)).toEqual([4 / 6, 2 / 6]);
  });
});

describe('timelineAxis: marks', () => {
  test('within a segment, positions are proportional to time: a day at its centre, a range from its first day', () => {
    const events = [event('2026-03-01'), event('2026-03-05'), event('2026-03'), event('2026-03-09')];
    const layout = timelineAxis(events, { date: '2026-03-09', basis: 'stated' });
    // One segment: March 2026, 31 days from 1 March.
    expect(layout.segments).toHaveLength(1);
    const at = Object.fromEntries(layout.marks.map((mark) => [mark.date, [mark.start, mark.end]]));
    expect(at['2026-03-01']![0]).toBeCloseTo(0.5 / 31, 10);
    expect(at['2026-03-05']![0]).toBeCloseTo(4.5 / 31, 10);
    expect(at['2026-03-09']![0]).toBeCloseTo(8.5 / 31, 10);
    expect(at['2026-03']).toEqual([0, 1]);
  });

  test('marks come in date order, whatever order the events are listed in', () => {
    const layout = timelineAxis([event('2021-12-31'), event('2008'), event('2021-07-26'), event('2020-06')], { date: '2021-07-26', basis: 'stated' });
    expect(layout.marks.map((mark) => mark.date)).toEqual(['2008', '2020-06', '2021-07-26', '2021-12-31']);
  });

  test.each([
    { date: '2021-07-26', precision: 'day', shape: 'point' },
    { date: '2020-08', precision: 'month', shape: 'range' },
    { date: '2008', precision: 'year', shape: 'range' },
    { date: '2021-07-20', precision: 'approximate', shape: 'fuzzy' },
    { date: '2027-06', precision: 'approximate', shape: 'fuzzy' },
    { date: '2022', precision: 'open', shape: 'open' },
  ] as const)('$date ($precision) → $shape', ({ date, precision, shape }) => {
    const [mark] = timelineAxis([event(date, precision)], { date, basis: 'stated' }).marks;
    expect(mark?.shape).toBe(shape);
  });

  test('"about" a date reaches as far again on either side of it: about June 2027 covers May to July', () => {
    const layout = timelineAxis([event('2027-06', 'approximate'), event('2027-01-01')], { date: '2027-01-01', basis: 'stated' });
    const fuzzy = layout.marks.find((mark) => mark.date === '2027-06');
    // One segment from 1 January 2027 to the end of the fuzz: 30 days after 30 June.
    const from = day('2027-01-01');
    const to = day('2027-07-01') + 30;
    expect(layout.segments).toHaveLength(1);
    expect(layout.segments[0]?.until).toBe(new Date((to - 1) * DAY).toISOString().slice(0, 10));
    expect(fuzzy?.start).toBeCloseTo((day('2027-06-01') - 30 - from) / (to - from), 10);
    expect(fuzzy?.end).toBe(1);
  });

  test('an open event runs to the end of its segment', () => {
    const layout = timelineAxis([event('2026-03-04'), event('2026-06-30'), event('2028', 'open')], { date: '2026-03-05', basis: 'stated' });
    const open = layout.marks.find((mark) => mark.shape === 'open');
    expect(open?.end).toBe(1);
    const segment = layout.segments[open!.segment]!;
    const span = day(segment.until) + 1 - day(segment.from);
    expect(open?.start).toBeCloseTo((day('2028-01-01') - day(segment.from)) / span, 10);
  });

  test('marks on the same day take separate lanes; marks far apart share one', () => {
    const layout = timelineAxis([event('2021-07-26'), event('2021-07-26'), event('2021-07-26'), event('2021-07-01')], { date: '2021-07-26', basis: 'stated' });
    const lanes = layout.marks.filter((mark) => mark.date === '2021-07-26').map((mark) => mark.lane);
    expect(new Set(lanes).size).toBe(3);
    expect(layout.marks.find((mark) => mark.date === '2021-07-01')?.lane).toBe(0);
    expect(layout.lanes).toBe(3);
  });
});

describe('timelineAxis: labels', () => {
  test.each([
    { title: 'a week is labelled by days, at their centres', events: ['2026-03-01', '2026-03-03'], published: '2026-03-03', unit: 'day', first: '2026-03-01', at: 0.5 / 3 },
    { title: 'months are labelled from their first day', events: ['2026-03-01', '2026-07-20'], published: '2026-07-20', unit: 'month', first: '2026-03', at: 0 },
    { title: 'decades are labelled by years', events: ['1948', '2000'], published: '2000', unit: 'year', first: '1948', at: 0 },
  ])('$title', ({ events, published, unit, first, at }) => {
    const layout = timelineAxis(events.map((date) => event(date)), { date: published, basis: 'stated' });
    const ticks = layout.segments.flatMap((segment) => segment.ticks);
    expect(ticks.every((tick) => tick.unit === unit)).toBe(true);
    expect(ticks[0]?.date).toBe(first);
    expect(ticks[0]?.at).toBeCloseTo(at, 10);
    // At most six labels along the axis, in date order.
    expect(ticks.length).toBeLessThanOrEqual(6);
    expect(ticks.map((tick) => tick.at)).toEqual(ticks.map((tick) => tick.at).toSorted((a, b) => a - b));
  });
});

describe('axisStylesheet', () => {
  test("writes each position as custom properties under its key, and the page's hash matches it", () => {
    const layout = timelineAxis([event('2026-03-01'), event('2026-03-05'), event('2026-03-09')], { date: '2026-03-09', basis: 'stated' });
    const css = axisStylesheet(layout);
    // 9 days from 1 March: the first mark's centre is half a day in.
    expect(css).toContain('[data-axis="m0"]{--at:5.5556%;--span:0%;--row:0}');
    expect(css).toContain('[data-axis="p"]{--at:88.8889%;--span:11.1111%}');
    expect(css).toContain('[data-axis="s0"]{--share:1}');
    expect(css).not.toMatch(/[<>]/);
    expect(styleHash(css)).toMatch(/^sha256-[A-Za-z0-9+/]{43}=$/);
  });
});
