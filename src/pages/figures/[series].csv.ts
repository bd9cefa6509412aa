import type { APIRoute } from 'astro';
import type { SiteSeries } from '../../lib/series';
import { seriesRows, toCsv } from '../../lib/series-data';
import { seriesPaths } from './_series-paths';

export const getStaticPaths = seriesPaths;

interface Props {
  series: SiteSeries<{ id: string }>;
}

/** A series' values as CSV, one row per value, for a spreadsheet. */
export const GET: APIRoute<Props> = ({ props: { series } }) =>
  new Response(toCsv(seriesRows(series)), { headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' } });
