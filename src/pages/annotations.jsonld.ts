import type { APIRoute } from 'astro';
import { ANNO_CONTEXT } from '../lib/web-annotations';
import { siteAnnotations } from './_annotation-collection';

/** The site's AnnotationCollection: how many annotations there are, and its first and last pages (the briefings' annotations.jsonld). */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify({ '@context': ANNO_CONTEXT, ...(await siteAnnotations()).collection }), {
    headers: { 'Content-Type': 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"' },
  });
