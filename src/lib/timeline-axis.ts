import type { TimelineEvent } from '../schemas/event';
import { granularity } from './dates';
import { periodOf } from './format';

/**
 * The timeline's time axis, laid out at build time: which stretches of time are drawn
 * (segments, with the long empty gaps between them compressed behind a break), where each event
 * and the article's own date fall within them, and which dates are labelled.
 *
 *   earliest ──────────────────────────────────────────────────────────────▶ latest
 *   | segment 0  | ≈ | segment 1 | ≈ |          segment 2          | ≈ | segment 3 |
 *   |●    ▭▭▭    |   |    ◆      |   | ○  ●  ░░░  [article] ○○     |   | ▭▭▭▭▭▶    |
 *
 * Positions are fractions of their segment (0 = its start, 1 = its end), in time order: the
 * component turns them into logical CSS offsets, so the earliest end is inline-start (the right,
 * in Arabic) and the axis can turn vertical on a narrow screen without a second layout.
 * Within one segment, distance is proportional to time.
 */

/** What the axis needs of an event. */
export type AxisEvent = Pick<TimelineEvent, 'id' | 'date' | 'precision' | 'kind'>;

/** The article's date: a day (or month, or year), or a range of days it lies in, and how it is known. */
export interface AxisPublished {
  date: string;
  until?: string | undefined;
  basis: 'stated' | 'inferred';
}

/** How a mark shows its precision: a day is a point, a month or a year a bar over its range, "about" a fuzzy range, "from … onward" an arrow. */
export type MarkShape = 'point' | 'range' | 'fuzzy' | 'open';

export interface AxisMark {
  /** The event's id. */
  id: string;
  /** Its date as written (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`). */
  date: string;
  kind: TimelineEvent['kind'];
  shape: MarkShape;
  segment: number;
  /** Where the mark begins within its segment; a point's centre. */
  start: number;
  /** Where it ends; equal to `start` for a point; 1 for an open event (its arrow runs on). */
  end: number;
  /** The row it sits in, so that marks close in time do not hide each other. */
  lane: number;
  /** The key its position is written under in the page's stylesheet (`data-axis`). */
  key: string;
}

/** A labelled date on the axis: a day at its centre, a month or a year at its first day. */
export interface AxisTick {
  /** The date labelled, written at the tick's granularity. */
  date: string;
  unit: 'day' | 'month' | 'year';
  at: number;
  key: string;
}

export interface AxisSegment {
  /** The first day drawn (`YYYY-MM-DD`). */
  from: string;
  /** The last day drawn. */
  until: string;
  /** Its share of the axis's length, by how many marks it holds: all shares add up to 1. */
  share: number;
  ticks: AxisTick[];
  key: string;
}

export interface AxisLayout {
  segments: AxisSegment[];
  /** In date order (then as listed). */
  marks: AxisMark[];
  /** The article's date, drawn as a band across the lanes. */
  published: AxisPublished & { segment: number; start: number; end: number; key: string };
  /** How many lanes the busiest segment needs. */
  lanes: number;
}

const DAY = 86_400_000;

/**
 * A segment stays whole while its closest two marks are at least this share of it apart (at the
 * axis's narrowest, about a mark's width): then everything in it can be told apart already, and
 * cutting it would only hide how far apart things are.
 */
const READABLE = 1 / 25;

/**
 * Otherwise it is cut at its widest empty gap, if that gap is at least this share of it: a
 * smaller gap would not free enough room to be worth a break in the scale.
 */
const WORTH_A_BREAK = 1 / 5;

/** The share of the whole axis a mark's glyph takes, for telling which marks would overlap. */
const GLYPH = 1 / 36;

/** Each segment's share of the axis grows with its marks, plus this, so a lone mark still has room. */
const SHARE_BASE = 1;

/** At most this many labels along the whole axis, spread over the segments by their share. */
const TICKS_ON_AXIS = 6;

/** A calendar date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) as the days it covers: `[from, to)`, in days since 1970. */
function daysOf(date: string): { from: number; to: number } {
  const { first, last } = periodOf(date);
  return { from: first.getTime() / DAY, to: last.getTime() / DAY + 1 };
}

const isoDay = (day: number): string => new Date(day * DAY).toISOString().slice(0, 10);

/** Something that takes room on the axis: an event or the article's date. */
interface Item {
  /** The days it covers, which its segment must hold. */
  from: number;
  to: number;
  /** Where a mark is told apart from its neighbours: a point's centre, a range's start. */
  anchor: number;
}

function shapeOf(event: AxisEvent): MarkShape {
  if (event.precision === 'approximate') return 'fuzzy';
  if (event.precision === 'open') return 'open';
  return granularity(event.date) === 'day' ? 'point' : 'range';
}

/** The days an event covers on the axis: "about" a date reaches as far again on either side of it. */
function itemOf(event: AxisEvent): Item {
  const { from, to } = daysOf(event.date);
  if (shapeOf(event) === 'fuzzy') return { from: from - (to - from), to: to + (to - from), anchor: (from + to) / 2 };
  return { from, to, anchor: shapeOf(event) === 'point' ? (from + to) / 2 : from };
}

/** The article's date is a band behind the marks, which no mark can hide: it takes room, but needs none to be told apart. */
function publishedDays(published: AxisPublished): { from: number; to: number } {
  return { from: daysOf(published.date).from, to: daysOf(published.until ?? published.date).to };
}

/** Runs of items that overlap or touch, as `[from, to)` with the items' anchors: no break can fall inside one. */
interface Cluster {
  from: number;
  to: number;
  anchors: number[];
}

function clustersOf(items: (Item | { from: number; to: number; anchor?: undefined })[]): Cluster[] {
  const clusters: Cluster[] = [];
  for (const item of items.toSorted((a, b) => a.from - b.from)) {
    const anchors = item.anchor === undefined ? [] : [item.anchor];
    const last = clusters.at(-1);
    if (last && item.from <= last.to) {
      last.to = Math.max(last.to, item.to);
      last.anchors.push(...anchors);
    } else {
      clusters.push({ from: item.from, to: item.to, anchors });
    }
  }
  return clusters;
}

/** True when the closest two distinct anchors of these clusters are at least READABLE of their span apart. */
function readable(clusters: Cluster[]): boolean {
  const span = (clusters.at(-1) as Cluster).to - (clusters[0] as Cluster).from;
  const anchors = [...new Set(clusters.flatMap((cluster) => cluster.anchors))].sort((a, b) => a - b);
  return anchors.every((anchor, index) => index === 0 || anchor - (anchors[index - 1] as number) >= READABLE * span);
}

/**
 * Splits the clusters into the stretches drawn to scale: a stretch is cut at its widest gap
 * until each is readable on its own or has no gap worth a break. The rule looks only at
 * proportions, so it treats a week, a century, or two bursts years apart alike.
 */
function stretches(clusters: Cluster[]): Cluster[][] {
  if (clusters.length < 2 || readable(clusters)) return [clusters];
  const span = (clusters.at(-1) as Cluster).to - (clusters[0] as Cluster).from;
  const gaps = clusters.slice(1).map((cluster, index) => cluster.from - (clusters[index] as Cluster).to);
  const gap = Math.max(...gaps);
  if (gap < WORTH_A_BREAK * span) return [clusters];
  const widest = gaps.indexOf(gap);
  return [...stretches(clusters.slice(0, widest + 1)), ...stretches(clusters.slice(widest + 1))];
}

/** The unit a segment is labelled in, by how long it is. */
function tickUnit(days: number): 'day' | 'month' | 'year' {
  if (days >= 2 * 365) return 'year';
  if (days >= 60) return 'month';
  return 'day';
}

/** The candidate label dates of a unit within `[from, to)`: each day, each first of a month, each first of January. */
function unitStarts(unit: 'day' | 'month' | 'year', from: number, to: number): string[] {
  const dates: string[] = [];
  const start = new Date(from * DAY);
  let year = start.getUTCFullYear();
  let month = start.getUTCMonth();
  if (unit === 'day') {
    for (let day = Math.ceil(from); day < to; day++) dates.push(isoDay(day));
    return dates;
  }
  if (unit === 'year' && (month > 0 || start.getUTCDate() > 1)) year++;
  if (unit === 'month' && start.getUTCDate() > 1) month++;
  for (;;) {
    const first = Date.UTC(year, unit === 'year' ? 0 : month, 1) / DAY;
    if (first >= to) return dates;
    const date = isoDay(first);
    dates.push(unit === 'year' ? date.slice(0, 4) : date.slice(0, 7));
    if (unit === 'year') year++;
    else month++;
  }
}

/**
 * Labels for a segment: every n-th unit start, so that no more than `room` fit (at least one).
 * The unit always has a start inside: a day segment holds a day, one of 60 days or more a first
 * of the month, one of two years or more a first of January.
 */
function ticksOf(from: number, to: number, room: number, key: string): AxisTick[] {
  const unit = tickUnit(to - from);
  const dates = unitStarts(unit, from, to);
  const step = Math.ceil(dates.length / Math.max(1, room));
  return dates
    .filter((_, index) => index % step === 0)
    .map((date, index) => {
      const { from: first, to: next } = daysOf(date);
      const day = unit === 'day' ? (first + next) / 2 : first;
      return { date, unit, at: (day - from) / (to - from), key: `${key}t${index}` };
    });
}

/** Greedy lanes: each mark goes in the first lane where it does not overlap the marks already there. */
function assignLanes(marks: Omit<AxisMark, 'lane'>[], shares: number[]): number[] {
  const ends: number[][] = shares.map(() => []);
  return marks.map((mark) => {
    const glyph = GLYPH / (shares[mark.segment] as number);
    const lanes = ends[mark.segment] as number[];
    const from = mark.start - glyph / 2;
    const lane = lanes.findIndex((end) => end <= from);
    const index = lane === -1 ? lanes.length : lane;
    lanes[index] = Math.max(mark.end, mark.start) + glyph / 2;
    return index;
  });
}

/** Lays out the axis for a briefing's events and its article's date. */
export function timelineAxis(events: AxisEvent[], published: AxisPublished): AxisLayout {
  const items = events.map(itemOf);
  const publishedAt = publishedDays(published);
  const groups = stretches(clustersOf([...items, publishedAt]));
  const bounds = groups.map((group) => ({ from: (group[0] as Cluster).from, to: (group.at(-1) as Cluster).to }));
  const segmentOf = (item: { from: number; to: number }): number => bounds.findIndex((bound) => item.from >= bound.from && item.to <= bound.to);
  const fraction = (segment: number, day: number): number => {
    const { from, to } = bounds[segment] as { from: number; to: number };
    return (day - from) / (to - from);
  };

  const ordered = events
    .map((event, index) => ({ event, item: items[index] as Item }))
    .toSorted((a, b) => a.item.anchor - b.item.anchor);
  const placed = ordered.map(({ event, item }, index) => {
    const segment = segmentOf(item);
    const shape = shapeOf(event);
    const start = shape === 'point' ? fraction(segment, item.anchor) : fraction(segment, item.from);
    const end = shape === 'point' ? start : shape === 'open' ? 1 : fraction(segment, item.to);
    return { id: event.id, date: event.date, kind: event.kind, shape, segment, start, end, key: `m${index}` };
  });

  const weights = bounds.map((_, segment) => SHARE_BASE + placed.filter((mark) => mark.segment === segment).length);
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const shares = weights.map((weight) => weight / total);
  const lanes = assignLanes(placed, shares);
  const marks = placed.map((mark, index) => ({ ...mark, lane: lanes[index] as number }));

  const segments = bounds.map(({ from, to }, index) => ({
    from: isoDay(from),
    until: isoDay(to - 1),
    share: shares[index] as number,
    ticks: ticksOf(from, to, Math.floor((shares[index] as number) * TICKS_ON_AXIS), `s${index}`),
    key: `s${index}`,
  }));

  const segment = segmentOf(publishedAt);
  return {
    segments,
    marks,
    published: { date: published.date, until: published.until, basis: published.basis, segment, start: fraction(segment, publishedAt.from), end: fraction(segment, publishedAt.to), key: 'p' },
    lanes: Math.max(1, ...marks.map((mark) => mark.lane + 1)),
  };
}

const percent = (fraction: number): string => `${Number((fraction * 100).toFixed(4))}%`;

/**
 * The axis's positions as a stylesheet: custom properties per `data-axis` key, which the site's
 * CSS turns into logical offsets. A stylesheet rather than `style` attributes, which the
 * Content Security Policy forbids; the page lists its hash (`styleHash` in `csp.ts`).
 */
export function axisStylesheet(layout: AxisLayout): string {
  const rule = (key: string, properties: Record<string, string | number>): string =>
    `[data-axis="${key}"]{${Object.entries(properties)
      .map(([name, value]) => `--${name}:${value}`)
      .join(';')}}`;
  return [
    rule('axis', { rows: layout.lanes }),
    ...layout.segments.flatMap((segment) => [rule(segment.key, { share: Number(segment.share.toFixed(4)) }), ...segment.ticks.map((tick) => rule(tick.key, { at: percent(tick.at) }))]),
    ...layout.marks.map((mark) => rule(mark.key, { at: percent(mark.start), span: percent(mark.end - mark.start), row: mark.lane })),
    rule(layout.published.key, { at: percent(layout.published.start), span: percent(layout.published.end - layout.published.start) }),
  ].join('');
}
