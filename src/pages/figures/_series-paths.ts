import type { GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { siteSeries } from '../../lib/series';

/** One route per series of content/series.json, used by its page and its data alike. */
export const seriesPaths = (async () =>
  siteSeries(await getCollection('briefings')).map((series) => ({ params: { series: series.definition.id }, props: { series } }))) satisfies GetStaticPaths;
