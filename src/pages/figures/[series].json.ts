import type { APIRoute } from 'astro';
import type { SiteSeries } from '../../lib/series';
import { seriesRows } from '../../lib/series-data';
import { absoluteUrl, seriesPath } from '../../lib/urls';
import { seriesPaths } from './_series-paths';

export const getStaticPaths = seriesPaths;

interface Props {
  series: SiteSeries<{ id: string }>;
}

/** A series and its values as JSON: what the series is, its page, then one object per value, as in the CSV. */
export const GET: APIRoute<Props> = ({ props: { series } }) =>
  Response.json({ ...series.definition, page: absoluteUrl(seriesPath(series.definition.id)), values: seriesRows(series) });
