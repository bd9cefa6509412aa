import { describe, expect, test } from 'vitest';
import { byBasis, collectSeries } from '../../src/lib/series';
import { CHART, seriesChart } from '../../src/lib/series-chart';
import { BASES } from '../../src/schemas/series';
import { seriesEntry } from '../helpers/briefing';

const DEFINITIONS = [{ id: 'us-troops-in-iraq', label: 'الجنود', unit: 'troops' }];

function layout(entries: ReturnType<typeof seriesEntry>[], direction: 'ltr' | 'rtl' = 'rtl') {
  const [series] = collectSeries(entries, DEFINITIONS, BASES, 'content/series.json');
  const groups = byBasis(series?.points ?? [], BASES).map(({ points }) => points);
  return seriesChart(groups, (point) => point.sourceDate.date, direction);
}

const cap = seriesEntry('cap', '2026-03-01', '2017-10-30', [{ value: 503, basis: 'announced-cap' }]);
const headcount = seriesEntry('headcount', '2026-01-01', '2017-11-30', [{ value: 1720, basis: 'headcount' }]);
const estimate = seriesEntry('estimate', '2026-02-01', '2017-12-06', [{ value: 2000, basis: 'estimate', approximate: true }]);
const laterCap = seriesEntry('later-cap', '2026-04-01', '2018-03-15', [{ value: 2000, basis: 'announced-cap' }]);

describe('seriesChart', () => {
  test('right to left: the earliest source is rightmost, every mark within the plot', () => {
    const { marks } = layout([cap, headcount, estimate, laterCap]);
    const xs = marks.map(({ x }) => x);
    // marks come by basis: cap, later cap, then headcount, then estimate
    const [capX, laterCapX, headcountX, estimateX] = xs as [number, number, number, number];
    expect(capX).toBeGreaterThan(headcountX);
    expect(headcountX).toBeGreaterThan(estimateX);
    expect(estimateX).toBeGreaterThan(laterCapX);
    for (const x of xs) expect(x > CHART.end && x < CHART.start).toBe(true);
  });

  test('left to right mirrors it', () => {
    const rtl = layout([cap, laterCap]).marks.map(({ x }) => x);
    const ltr = layout([cap, laterCap], 'ltr').marks.map(({ x }) => x);
    expect(ltr.map((x) => Math.round(CHART.start + CHART.end - x))).toEqual(rtl.map(Math.round));
  });

  test('only values of one basis are joined: one step line, for the two caps, none through the headcount or the estimate', () => {
    const { lines, marks } = layout([cap, headcount, estimate, laterCap]);
    expect(lines).toHaveLength(1);
    const [first, second] = marks as [(typeof marks)[number], (typeof marks)[number]];
    // A step: level from the first cap until the second's date, then up to its value.
    expect(lines[0]?.d).toBe(`M${first.x} ${first.y} H${second.x} V${second.y}`);
    expect(new Set(marks.map(({ shape }) => shape)).size).toBe(3);
  });

  test('a higher value is drawn higher, on a value axis from 0 past the largest value', () => {
    const { marks, valueTicks } = layout([cap, laterCap]);
    expect(marks[1]?.y).toBeLessThan(marks[0]?.y ?? 0);
    expect(valueTicks[0]).toEqual({ y: CHART.bottom, label: '0' });
    expect(valueTicks.at(-1)?.y).toBeLessThanOrEqual(marks[1]?.y ?? 0);
  });

  test('an approximate value is a range around its mark; an exact one is not', () => {
    const { marks } = layout([estimate, cap]);
    const approximate = marks.find((mark) => mark.range);
    expect(marks.filter((mark) => mark.range)).toHaveLength(1);
    expect(approximate?.range?.top).toBeLessThan(approximate?.y ?? 0);
    expect(approximate?.range?.bottom).toBeGreaterThan(approximate?.y ?? 0);
  });

  test('an inferred source date is marked inferred, with the days it may be as a period; a derived value is marked derived', () => {
    const inferred = seriesEntry('inferred', '2026-01-01', '2021-07-25', [{ value: 2500, basis: 'reported', derived: true }], '2021-07-26');
    const { marks, dateTicks } = layout([inferred, seriesEntry('stated', '2026-02-01', '2021-12-09', [{ value: 2500, basis: 'reported' }])]);
    expect(marks.map(({ inferred: isInferred, derived }) => [isInferred, derived])).toEqual([
      [true, true],
      [false, false],
    ]);
    expect(marks[0]?.period).toBeDefined();
    expect(marks[1]?.period).toBeUndefined();
    expect(dateTicks.map(({ label, inferred: isInferred }) => [label, isInferred])).toEqual([
      ['2021-07-25', true],
      ['2021-12-09', false],
    ]);
  });

  test('no values, nothing to draw', () => {
    expect(seriesChart([], () => '', 'rtl')).toEqual({ lines: [], marks: [], valueTicks: [], dateTicks: [] });
  });
});
