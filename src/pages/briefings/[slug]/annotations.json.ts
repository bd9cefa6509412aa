import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { cacheKey } from '../../../lib/cache-keys';
import { annotationList } from '../../../lib/web-annotations';
import { briefingAnnotations } from '../../_annotation-collection';

// Unlike the briefing's AnnotationPage, the list shows nothing of the other briefings.
export const getStaticPaths = (async () =>
  (await getCollection('briefings')).map((briefing) => ({ params: { slug: briefing.id }, props: { briefing }, cacheKey: cacheKey(briefing.id, briefing.digest) }))) satisfies GetStaticPaths;

interface Props {
  briefing: CollectionEntry<'briefings'>;
}

/** A briefing's annotations as a plain JSON array of W3C Annotations, the form annotation viewers load. */
export const GET: APIRoute<Props> = ({ props: { briefing } }) => Response.json(annotationList(briefingAnnotations(briefing)));
