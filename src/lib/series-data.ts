/**
 * A series' values as data (`/figures/<id>.csv` and `.json`): one row per value, with what makes
 * it a claim rather than a measurement — its briefing, its source's date and how that date is
 * known, its basis — and absolute links to the briefing and to the value's mention in the text.
 */
import { anchorId } from './ids';
import type { SeriesPoint, SiteSeries } from './series';
import { absoluteUrl, briefingAnchorPath, briefingPath } from './urls';

/** The columns of a series' CSV, in order; each is a field of a row of its JSON. */
export const SERIES_COLUMNS = [
  'series',
  'value',
  'approximate',
  'low',
  'high',
  'unit',
  'basis',
  'derived',
  'sourceDate',
  'sourceDateUntil',
  'sourceDateBasis',
  'briefing',
  'figure',
  'phrase',
  'mention',
] as const;

export type SeriesRow = Record<(typeof SERIES_COLUMNS)[number], string | number | boolean | null>;

/** The absolute URL of a briefing, or of an anchor in it: data is read away from the site. */
export type AnchorUrl = (slug: string, anchor?: string) => string;

const siteAnchorUrl: AnchorUrl = (slug, anchor) => absoluteUrl(anchor ? briefingAnchorPath(slug, anchor) : briefingPath(slug));

/** One row per value, earliest source first. */
export function seriesRows<T extends { id: string }>(series: SiteSeries<T>, anchorUrl = siteAnchorUrl): SeriesRow[] {
  return series.points.map(({ briefing, figure, sourceDate, basis, range }: SeriesPoint<T>) => ({
    series: series.definition.id,
    value: figure.value,
    approximate: figure.approximate,
    low: range.low,
    high: range.high,
    unit: figure.unit,
    basis: basis.id,
    derived: figure.derived !== undefined,
    sourceDate: sourceDate.date,
    sourceDateUntil: sourceDate.until ?? null,
    sourceDateBasis: sourceDate.basis,
    briefing: anchorUrl(briefing.id),
    figure: figure.id,
    phrase: figure.mentions[0]?.exact ?? null,
    mention: figure.mentions.length > 0 ? anchorUrl(briefing.id, anchorId('figure', figure.id)) : null,
  }));
}

/** A CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break, its quotes doubled; null is empty. */
function csvField(value: SeriesRow[keyof SeriesRow]): string {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows as CSV (RFC 4180: CRLF line ends, a header line), UTF-8 with no byte-order mark. */
export function toCsv(rows: readonly SeriesRow[]): string {
  return [SERIES_COLUMNS.join(','), ...rows.map((row) => SERIES_COLUMNS.map((column) => csvField(row[column])).join(','))].map((line) => `${line}\r\n`).join('');
}
