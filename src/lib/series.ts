/**
 * Figure series: one quantity (a country's troops abroad, say) as different briefings count it
 * at different times. A value in a series is a claim, not a measurement: it keeps the briefing
 * it comes from, the date of that briefing's source and its basis (an announced cap, a reported
 * number…), and only values of the same basis are compared or joined.
 */
import type { Briefing } from '../schemas/briefing';
import type { Figure } from '../schemas/figure';
import { BASES, SERIES, SERIES_FILE, type BasisDefinition, type SeriesDefinition } from '../schemas/series';
import { newestFirst } from './briefings';
import { ContentError, describeProblems, type Problem } from './content-error';
import { UI } from '../consts';
import { formatDayRange, periodOf } from './format';

/** A briefing as the series need it: its file, to name in messages; its source's date; its figures. */
export interface SeriesSource {
  id: string;
  filePath?: string | undefined;
  data: Pick<Briefing, 'published' | 'source' | 'figures'>;
}

/** When the source of a value was published: a day, or the days it may be, stated or inferred. */
export interface SourceDate {
  date: string;
  until?: string | undefined;
  basis: 'stated' | 'inferred';
  /** The first and the last day the date may be. */
  first: Date;
  last: Date;
}

/** One value of a series: a figure of one briefing. */
export interface SeriesPoint<T> {
  briefing: T;
  figure: Figure;
  /** Where the figure is in its briefing's frontmatter, e.g. `figures[1]`. */
  field: string;
  sourceDate: SourceDate;
  basis: BasisDefinition;
  /** The values the figure may stand for: the value itself, or for an approximate one the span its rounding covers. */
  range: { low: number; high: number };
}

/** A series with every value the briefings give it, earliest source first. */
export interface SiteSeries<T> {
  definition: SeriesDefinition;
  points: SeriesPoint<T>[];
}

/**
 * The span an approximate number stands for. "About 2,500" is rounded to its last non-zero
 * digit (hundreds), so it stands for 2,450–2,550; "about 2,000", rounded to thousands, for
 * 1,500–2,500. An exact number stands for itself.
 */
export function approximateRange(value: number, approximate: boolean): { low: number; high: number } {
  if (!approximate || value === 0 || !Number.isInteger(value)) return { low: value, high: value };
  let step = 1;
  while (value % (step * 10) === 0) step *= 10;
  return { low: Math.max(0, value - step / 2), high: value + step / 2 };
}

function sourceDateOf(source: Briefing['source']): SourceDate {
  const { date, until, basis } = source.published;
  return { date, ...(until && { until }), basis, first: periodOf(date).first, last: periodOf(until ?? date).last };
}

/** A source's date in words, said to be inferred when it is. */
export function sourceDateText(sourceDate: SourceDate): string {
  const written = formatDayRange(sourceDate.date, sourceDate.until);
  return sourceDate.basis === 'inferred' ? `${written} (${UI.inferred})` : written;
}

const fileOf = (briefing: SeriesSource): string => briefing.filePath ?? briefing.id;

interface Use<T> {
  briefing: T;
  figure: Figure;
  index: number;
}

/** Every figure that names a series, by series id, the briefing that went up first first. */
function usesBySeries<T extends SeriesSource>(briefings: readonly T[]): Map<string, Use<T>[]> {
  const uses = new Map<string, Use<T>[]>();
  for (const briefing of newestFirst(briefings).toReversed()) {
    briefing.data.figures.forEach((figure, index) => {
      if (figure.series === undefined) return;
      const list = uses.get(figure.series) ?? [];
      list.push({ briefing, figure, index });
      uses.set(figure.series, list);
    });
  }
  return uses;
}

/**
 * What is wrong with the briefings' use of the series, by file: a value in a unit other than its
 * series' (which also catches two briefings that count one series in different units: each
 * message names the series' file and another briefing that uses the series). The schema has
 * already checked that every series and basis id exists.
 */
export function seriesProblems<T extends SeriesSource>(briefings: readonly T[], definitions: readonly SeriesDefinition[], seriesFile: string): Map<string, Problem[]> {
  const problems = new Map<string, Problem[]>();
  for (const [id, uses] of usesBySeries(briefings)) {
    const definition = definitions.find((candidate) => candidate.id === id);
    if (!definition) continue;
    for (const use of uses) {
      if (use.figure.unit === definition.unit) continue;
      const file = fileOf(use.briefing);
      const other = uses.find((candidate) => fileOf(candidate.briefing) !== file);
      const elsewhere = other ? `, and ${fileOf(other.briefing)} (figures[${other.index}]) counts it in "${other.figure.unit}"` : '';
      const list = problems.get(file) ?? [];
      list.push({
        field: `figures[${use.index}].unit`,
        id: use.figure.id,
        message:
          `is "${use.figure.unit}" here, but the series "${id}" is counted in "${definition.unit}" (${seriesFile})${elsewhere}: every value of a series is in its unit. ` +
          `Make the unit "${definition.unit}", or take the figure out of the series (remove its series field)`,
      });
      problems.set(file, list);
    }
  }
  return problems;
}

/** Throws the problems of `seriesProblems`, if any, as one content error naming every file. */
export function assertSeries<T extends SeriesSource>(briefings: readonly T[], definitions: readonly SeriesDefinition[], seriesFile: string): void {
  const problems = seriesProblems(briefings, definitions, seriesFile);
  if (problems.size > 0) throw new ContentError([...problems].map(([file, list]) => describeProblems(file, list)).join('\n'));
}

const byDate = <T>(a: SeriesPoint<T>, b: SeriesPoint<T>): number =>
  a.sourceDate.first.getTime() - b.sourceDate.first.getTime() || a.sourceDate.last.getTime() - b.sourceDate.last.getTime();

/** Every series of the catalog, each with its values earliest source first (a series no briefing uses yet has none). */
export function collectSeries<T extends SeriesSource>(
  briefings: readonly T[],
  definitions: readonly SeriesDefinition[],
  bases: readonly BasisDefinition[],
  seriesFile: string,
): SiteSeries<T>[] {
  assertSeries(briefings, definitions, seriesFile);
  const uses = usesBySeries(briefings);
  return definitions.map((definition) => ({
    definition,
    points: (uses.get(definition.id) ?? [])
      .map(({ briefing, figure, index }): SeriesPoint<T> => {
        const basis = bases.find(({ id }) => id === figure.basis);
        if (!basis) throw new Error(`figure "${figure.id}" of ${fileOf(briefing)} has no known basis: the schema lets no figure in a series through without one`);
        return { briefing, figure, field: `figures[${index}]`, sourceDate: sourceDateOf(briefing.data.source), basis, range: approximateRange(figure.value, figure.approximate) };
      })
      .toSorted(byDate),
  }));
}

/** The briefings `siteSeries` was last given, and what it made of them. */
let lastSeries: { briefings: readonly SeriesSource[]; series: SiteSeries<SeriesSource>[] } | undefined;

/** Whether two lists hold the same briefings: the same ids with the same data, which Astro's store keeps as one object until its file changes. */
const sameBriefings = (a: readonly SeriesSource[], b: readonly SeriesSource[]): boolean =>
  a.length === b.length && a.every((briefing, index) => briefing.id === b[index]?.id && briefing.data === b[index]?.data);

/**
 * The site's series (content/series.json), with the values of these briefings. Every briefing page
 * shows its figures' series: made once for the collection, not once a page.
 */
export function siteSeries<T extends SeriesSource>(briefings: readonly T[]): SiteSeries<T>[] {
  // The same briefings as last time: their points hold the entries of that call, equal to these.
  if (lastSeries && sameBriefings(lastSeries.briefings, briefings)) return lastSeries.series as SiteSeries<T>[];
  const series = collectSeries(briefings, SERIES, BASES, SERIES_FILE);
  lastSeries = { briefings, series };
  return series;
}

/** A value of a series compared with another of the same basis. */
export interface Neighbour<T> {
  point: SeriesPoint<T>;
  /** The later value minus the earlier one. */
  change: number;
  /** True when either value is approximate: the change is then approximate too. */
  approximate: boolean;
}

/**
 * The values of the same basis just before and just after a briefing's figure in its series:
 * values of different bases are not compared (a cap and a headcount differ without anything changing).
 */
export function neighboursOf<T extends { id: string }>(series: SiteSeries<T>, briefingId: string, figureId: string): { previous?: Neighbour<T>; next?: Neighbour<T> } {
  const here = series.points.find((point) => point.briefing.id === briefingId && point.figure.id === figureId);
  if (!here) return {};
  const same = series.points.filter((point) => point.basis.id === here.basis.id);
  const at = same.indexOf(here);
  const compare = (point: SeriesPoint<T> | undefined, later: boolean): Neighbour<T> | undefined =>
    point && { point, change: later ? point.figure.value - here.figure.value : here.figure.value - point.figure.value, approximate: point.figure.approximate || here.figure.approximate };
  const previous = compare(same[at - 1], false);
  const next = compare(same[at + 1], true);
  return { ...(previous && { previous }), ...(next && { next }) };
}

/** A briefing's figure's series among the site's, with the values just before and after it (`neighboursOf`); undefined for a figure in no series. */
export function figureNeighbours<T extends { id: string }>(series: readonly SiteSeries<T>[], briefingId: string, figure: Pick<Figure, 'id' | 'series'>) {
  const inSeries = series.find(({ definition }) => definition.id === figure.series);
  return inSeries && { series: inSeries, ...neighboursOf(inSeries, briefingId, figure.id) };
}

/**
 * What a briefing's page shows of other briefings (SeriesChange.astro): for each of its figures in
 * a series, the values just before and after it, each as its briefing, that briefing's version
 * (its file's digest) and the figure. Part of the page's cacheKey.
 */
export function neighbourKeys<T extends SeriesSource & { digest?: string | number | undefined }>(series: readonly SiteSeries<T>[], briefing: T): unknown[] {
  return briefing.data.figures.flatMap((figure) => {
    const found = figureNeighbours(series, briefing.id, figure);
    if (!found) return [];
    return [[figure.id, ...[found.previous, found.next].map((neighbour) => neighbour && [neighbour.point.briefing.id, neighbour.point.briefing.digest, neighbour.point.figure.id])]];
  });
}

/** The values of a series grouped by basis, in the catalog's order of bases: the chart joins each group into one line. */
export function byBasis<T>(points: readonly SeriesPoint<T>[], bases: readonly BasisDefinition[]): { basis: BasisDefinition; points: SeriesPoint<T>[] }[] {
  return bases.map((basis) => ({ basis, points: points.filter((point) => point.basis.id === basis.id) })).filter(({ points: group }) => group.length > 0);
}
