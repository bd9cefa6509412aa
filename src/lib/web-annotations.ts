/**
 * A briefing's analysis as W3C Web Annotations (https://www.w3.org/TR/annotation-model/), so
 * that other tools can re-anchor it on the same text: one Annotation per mention of an actor,
 * quote, figure and date, whose IRI is its anchor on the page. Its target is the briefing page
 * with two selectors that say the same thing two ways: a TextQuoteSelector (the span, with up to
 * 32 characters either side) and a TextPositionSelector (UTF-16 offsets into the text of the
 * article body, `#article-body`, as a browser's `textContent` counts it). Its body is the
 * analysis, in Arabic, and an actor's Wikidata item where the briefing is sure of it.
 *
 * A briefing's annotations are one AnnotationPage of the site's AnnotationCollection, newest
 * briefing first, as the index lists them.
 */
import { ACTOR_KIND_LABELS, SITE, UI } from '../consts';
import type { Briefing } from '../schemas/briefing';
import { annotationsOf, type AnchorIndex } from './annotations';
import { actorById } from './briefings';
import { formatFigure, formatGregorian } from './format';
import type { AnchorKind } from './ids';

/** The context every Web Annotation document names; tests expand it from an offline copy. */
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

type Node = Record<string, unknown>;

/** The absolute URLs the annotations of one briefing point at. */
export interface AnnotationUrls {
  /** The briefing's page: every annotation's target. */
  page: string;
  /** The site's home page; the site, as the annotations' creator, is `<home>#organization`. */
  home: string;
}

/** A Wikidata item as a linked-data IRI (the entity, not its page). */
export function wikidataEntity(item: string): string {
  return `http://www.wikidata.org/entity/${item}`;
}

function textualBody(value: string, purpose: 'describing' | 'identifying'): Node {
  return { type: 'TextualBody', purpose, value, language: SITE.locale, format: 'text/plain', textDirection: 'rtl' };
}

/** What the analysis says of one annotation, as Annotation bodies: a TextualBody, or an external resource's IRI. */
function bodiesOf(briefing: Briefing, kind: AnchorKind, id: string): (Node | string)[] {
  if (kind === 'actor') {
    const actor = actorById(briefing.actors, id);
    const said = `${actor.name.ar} (${ACTOR_KIND_LABELS[actor.kind]})${actor.role ? `: ${actor.role}` : ''}`;
    return [textualBody(said, 'identifying'), ...(actor.wikidata ? [wikidataEntity(actor.wikidata)] : [])];
  }
  if (kind === 'quote') {
    const quote = briefing.quotes.find((candidate) => candidate.id === id);
    if (!quote) throw new Error(`quote "${id}" is not in the briefing`);
    const speaker = actorById(briefing.actors, quote.speaker);
    const via = quote.via === undefined ? '' : ` ${UI.via} ${actorById(briefing.actors, quote.via).name.ar}`;
    return [textualBody(`${quote.kind === 'direct' ? UI.direct : UI.reportedSpeech}: ${UI.speakerWithRole(speaker.name.ar, speaker.role)}${via}`, 'describing')];
  }
  if (kind === 'figure') {
    const figure = briefing.figures.find((candidate) => candidate.id === id);
    if (!figure) throw new Error(`figure "${id}" is not in the briefing`);
    return [textualBody(`${figure.label}: ${formatFigure(figure)} (${figure.approximate ? UI.approximate : UI.exact})`, 'describing')];
  }
  const event = briefing.dates.find((candidate) => candidate.id === id);
  if (!event) throw new Error(`date "${id}" is not in the briefing`);
  return [textualBody(`${event.title}: ${formatGregorian(event.date, event.precision)}. ${event.note}`, 'describing')];
}

/**
 * Every mention of the briefing as an Annotation, in the order of the text. `anchors` is what
 * the rendered body knows of each anchor (`briefingAnchors`): where it is in the body's text.
 */
export function webAnnotations(briefing: Briefing, anchors: AnchorIndex, urls: AnnotationUrls): Node[] {
  const creator = { id: `${urls.home}#organization`, type: 'Organization', name: SITE.name };
  return annotationsOf(briefing)
    .map((annotation) => {
      const anchor = String(annotation.properties.id);
      const position = anchors[anchor]?.position;
      if (!position) throw new Error(`#${anchor} has no position in the rendered body: Astro's store holds a rendering from older code; build once with npm run build -- --force`);
      return { annotation, anchor, position };
    })
    .toSorted((a, b) => a.position.start - b.position.start || b.position.end - a.position.end)
    .map(({ annotation, anchor, position: { start, end, exact, prefix, suffix } }) => ({
      id: `${urls.page}#${anchor}`,
      type: 'Annotation',
      motivation: annotation.kind === 'actor' ? 'identifying' : 'describing',
      creator,
      body: bodiesOf(briefing, annotation.kind, annotation.id),
      target: {
        type: 'SpecificResource',
        source: urls.page,
        selector: [
          { type: 'TextQuoteSelector', exact, prefix, suffix },
          { type: 'TextPositionSelector', start, end },
        ],
      },
    }));
}

/** The plain array beside the JSON-LD (what annotation viewers load): each annotation carries its own context. */
export function annotationList(annotations: readonly Node[]): Node[] {
  return annotations.map((annotation) => ({ '@context': ANNO_CONTEXT, ...annotation }));
}

/** One briefing's place in the collection: its page's URL and where its annotations start in the whole. */
export interface CollectionPage {
  url: string;
  count: number;
}

/** Where each page's annotations start in the collection (counted from 0), and how many there are in all. */
function indexOf(pages: readonly CollectionPage[], at: number): { startIndex: number; total: number } {
  const total = pages.reduce((sum, { count }) => sum + count, 0);
  const startIndex = pages.slice(0, at).reduce((sum, { count }) => sum + count, 0);
  return { startIndex, total };
}

/** The collection, as its pages link to it and as `/annotations.jsonld` serves it. */
export function annotationCollection(url: string, pages: readonly CollectionPage[], label: string): Node {
  const { total } = indexOf(pages, 0);
  const [first, last] = [pages[0], pages.at(-1)];
  return { id: url, type: 'AnnotationCollection', label, total, ...(first && { first: first.url }), ...(last && { last: last.url }) };
}

/** Page `at` of the collection: a briefing's annotations, linked to the collection and to the pages either side. */
export function annotationPage(collection: Node, pages: readonly CollectionPage[], at: number, items: readonly Node[]): Node {
  const page = pages[at];
  if (!page) throw new Error(`the annotation collection has no page ${at}`);
  const { startIndex } = indexOf(pages, at);
  const [prev, next] = [pages[at - 1], pages[at + 1]];
  return {
    '@context': ANNO_CONTEXT,
    id: page.url,
    type: 'AnnotationPage',
    partOf: collection,
    startIndex,
    ...(prev && { prev: prev.url }),
    ...(next && { next: next.url }),
    items,
  };
}
