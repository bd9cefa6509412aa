import type { APIRoute } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { annotationList } from '../../../lib/web-annotations';
import { annotationPaths, briefingAnnotations } from '../../_annotation-collection';

export const getStaticPaths = annotationPaths;

interface Props {
  briefing: CollectionEntry<'briefings'>;
}

/** A briefing's annotations as a plain JSON array of W3C Annotations, the form annotation viewers load. */
export const GET: APIRoute<Props> = ({ props: { briefing } }) => Response.json(annotationList(briefingAnnotations(briefing)));
