import { getCollection, type CollectionEntry } from 'astro:content';
import { SERIES_UI } from '../consts';
import { annotationsOf, briefingAnchors } from '../lib/annotations';
import { newestFirst } from '../lib/briefings';
import { cacheKey } from '../lib/cache-keys';
import { annotationCollection, webAnnotations, type CollectionPage } from '../lib/web-annotations';
import { absoluteUrl, annotationCollectionPath, annotationsPath, briefingPath, homePath } from '../lib/urls';

/** The site's annotation collection: every briefing's annotations, one page each, newest briefing first. */
export async function siteAnnotations() {
  const briefings = newestFirst(await getCollection('briefings'));
  const pages: CollectionPage[] = briefings.map((briefing) => ({ url: absoluteUrl(annotationsPath(briefing.id, 'jsonld')), count: annotationsOf(briefing.data).length }));
  const collection = annotationCollection(absoluteUrl(annotationCollectionPath()), pages, SERIES_UI.collectionLabel);
  return { briefings, pages, collection };
}

/** A briefing's annotations, targeting its page. */
export function briefingAnnotations(briefing: CollectionEntry<'briefings'>) {
  return webAnnotations(briefing.data, briefingAnchors(briefing), { page: absoluteUrl(briefingPath(briefing.id)), home: absoluteUrl(homePath()) });
}

/** One route per briefing, for its AnnotationPage: it shows its briefing, and its place in the collection. */
export async function annotationPaths() {
  const { briefings, pages, collection } = await siteAnnotations();
  const collectionKey = cacheKey(pages);
  return briefings.map((briefing, index) => ({ params: { slug: briefing.id }, props: { briefing, index, pages, collection }, cacheKey: cacheKey(briefing.id, briefing.digest, index, collectionKey) }));
}
