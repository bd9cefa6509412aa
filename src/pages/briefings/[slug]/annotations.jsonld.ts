import type { APIRoute } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { annotationPage, type CollectionPage } from '../../../lib/web-annotations';
import { annotationPaths, briefingAnnotations } from '../../_annotation-collection';

export const getStaticPaths = annotationPaths;

interface Props {
  briefing: CollectionEntry<'briefings'>;
  index: number;
  pages: CollectionPage[];
  collection: Record<string, unknown>;
}

/** A briefing's annotations as a W3C AnnotationPage, part of the site's AnnotationCollection. */
export const GET: APIRoute<Props> = ({ props: { briefing, index, pages, collection } }) =>
  new Response(JSON.stringify(annotationPage(collection, pages, index, briefingAnnotations(briefing))), {
    headers: { 'Content-Type': 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"' },
  });
