/**
 * The layout of a series' step chart, in SVG user units: pure geometry, drawn by
 * SeriesChart.astro. Time runs in the reading direction, so in Arabic the earliest source is at
 * the right:
 *
 *   value ┤        ┌───────●                ●  a value; its vertical bar is the span of an approximate one
 *         ┤ ●──────┘                        ◇  a derived value
 *         └─┬──────┬───────┬──  dates       ┄┄ under the axis: the days an inferred date may be
 *         latest        earliest
 *
 * Values are joined only within one basis: a step holds a value until the next value of the
 * same basis; other bases are drawn with their own line and mark.
 */
import type { SeriesPoint } from './series';
import { formatNumber } from './format';

export const CHART = { width: 640, height: 320, top: 20, bottom: 250, start: 560, end: 24 } as const;

/** The marks a basis is drawn with, by its place in the catalog: never by colour alone. */
const SHAPES = ['circle', 'square', 'triangle'] as const;
const DASHES = ['', '7 4', '2 4'] as const;

export interface ChartMark {
  x: number;
  y: number;
  shape: (typeof SHAPES)[number];
  /** A value the site computed, drawn hollow. */
  derived: boolean;
  /** The span of an approximate value, as y coordinates (top, bottom). */
  range?: { top: number; bottom: number };
  /** The days the source's date may be, when it is a range, as x coordinates; `inferred` when the analyst worked it out. */
  period?: { from: number; to: number };
  inferred: boolean;
}

export interface ChartLine {
  /** The step line's path (`d`). */
  d: string;
  dash: string;
}

export interface ChartLayout {
  lines: ChartLine[];
  marks: ChartMark[];
  /** The value axis: where each gridline is, and its label. */
  valueTicks: { y: number; label: string }[];
  /** The date axis: one tick per source date; labels that would overlap an earlier one are left out. */
  dateTicks: { x: number; label?: string; inferred: boolean }[];
}

const DAY = 86_400_000;
/** The narrowest a source's period is drawn, in user units. */
const MIN_PERIOD = 16;

/** A round step for about four gridlines up to `max`: 1, 2 or 5 times a power of ten. */
function valueStep(max: number): number {
  const rough = max / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  return [1, 2, 5, 10].map((factor) => factor * power).find((step) => step >= rough) ?? 10 * power;
}

/**
 * The chart of a series' values (earliest first), grouped by basis: `groups[i]` is drawn with
 * the i-th shape and dash. `dateLabel` writes a source's date on the axis.
 */
export function seriesChart<T>(groups: readonly (readonly SeriesPoint<T>[])[], dateLabel: (point: SeriesPoint<T>) => string, direction: 'ltr' | 'rtl'): ChartLayout {
  const points = groups.flat();
  if (points.length === 0) return { lines: [], marks: [], valueTicks: [], dateTicks: [] };
  const earliest = Math.min(...points.map(({ sourceDate }) => sourceDate.first.getTime()));
  const latest = Math.max(...points.map(({ sourceDate }) => sourceDate.last.getTime() + DAY));
  // A month on either side, so that the first and last marks are not on the chart's edge.
  const [from, to] = [earliest - 30 * DAY, latest + 30 * DAY];
  const width = CHART.start - CHART.end;
  const x = (time: number): number => {
    const share = (time - from) / (to - from);
    return direction === 'rtl' ? CHART.start - share * width : CHART.end + share * width;
  };
  const middle = (point: SeriesPoint<T>): number => x((point.sourceDate.first.getTime() + point.sourceDate.last.getTime() + DAY) / 2);

  const step = valueStep(Math.max(...points.map(({ range }) => range.high)) || 1);
  const top = Math.ceil(Math.max(...points.map(({ range }) => range.high)) / step) * step || step;
  const y = (value: number): number => CHART.bottom - (value / top) * (CHART.bottom - CHART.top);
  const valueTicks = Array.from({ length: Math.round(top / step) + 1 }, (_, index) => ({ y: y(index * step), label: formatNumber(index * step) }));

  const round = (value: number) => Math.round(value * 10) / 10;
  // A period of a few days would be a dot under the axis: it is drawn at least MIN_PERIOD wide, about its middle.
  const widened = (a: number, b: number) => {
    const [centre, half] = [(a + b) / 2, Math.max(Math.abs(b - a), MIN_PERIOD) / 2];
    return { from: round(centre - half), to: round(centre + half) };
  };
  const lines = groups.flatMap((group, index): ChartLine[] => {
    if (group.length < 2) return [];
    const [first, ...rest] = group as [SeriesPoint<T>, ...SeriesPoint<T>[]];
    const d = rest.reduce((path, point) => `${path} H${round(middle(point))} V${round(y(point.figure.value))}`, `M${round(middle(first))} ${round(y(first.figure.value))}`);
    return [{ d, dash: DASHES[index % DASHES.length] ?? '' }];
  });

  const marks = groups.flatMap((group, index) =>
    group.map((point): ChartMark => {
      const { range, sourceDate, figure } = point;
      const spansDays = sourceDate.last.getTime() > sourceDate.first.getTime();
      return {
        x: round(middle(point)),
        y: round(y(figure.value)),
        shape: SHAPES[index % SHAPES.length] ?? 'circle',
        derived: figure.derived !== undefined,
        ...(range.high > range.low && { range: { top: round(y(range.high)), bottom: round(y(range.low)) } }),
        ...(spansDays && { period: widened(x(sourceDate.first.getTime()), x(sourceDate.last.getTime() + DAY)) }),
        inferred: sourceDate.basis === 'inferred',
      };
    }),
  );

  // One tick per distinct date, in time order; a label closer than 90 units to the last one shown would overlap it.
  const dateTicks: ChartLayout['dateTicks'] = [];
  let shownAt: number | undefined;
  for (const point of points.toSorted((a, b) => a.sourceDate.first.getTime() - b.sourceDate.first.getTime())) {
    const at = round(middle(point));
    if (dateTicks.some((tick) => tick.x === at)) continue;
    const fits = shownAt === undefined || Math.abs(at - shownAt) >= 90;
    if (fits) shownAt = at;
    dateTicks.push({ x: at, ...(fits && { label: dateLabel(point) }), inferred: point.sourceDate.basis === 'inferred' });
  }
  return { lines, marks, valueTicks, dateTicks };
}
