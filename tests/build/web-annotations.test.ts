import { readFileSync } from 'node:fs';
import type { Element } from 'hast';
import { select } from 'hast-util-select';
import jsonld from 'jsonld';
import { describe, expect, test } from 'vitest';
import { deploymentFrom } from '../../src/lib/deploy';
import { linkProblem, type BuiltSite } from '../helpers/links';
import { analysisOf, DIST, readPage, ROOT, SLUG } from '../helpers/site';

// The annotation files of the built site, read as JSON-LD by a JSON-LD processor with the W3C
// annotation context from tests/fixtures/anno.jsonld: the loader refuses every other URL, so
// nothing is fetched, and a document that names anything else fails.
const ANNO = 'http://www.w3.org/ns/anno.jsonld';
const OA = 'http://www.w3.org/ns/oa#';
const AS = 'http://www.w3.org/ns/activitystreams#';
const context = JSON.parse(readFileSync(`${ROOT}tests/fixtures/anno.jsonld`, 'utf8'));
const documentLoader = async (url: string) => {
  if (url !== ANNO) throw new Error(`the test loads no document but the annotation context, and was asked for ${url}`);
  return { contextUrl: undefined, documentUrl: url, document: context };
};

const built: BuiltSite = { dist: DIST, ...deploymentFrom(process.env) };
const home = new URL(built.base, built.site).href;
const pageUrl = new URL(`briefings/${SLUG}/`, home).href;
const analysis = analysisOf();
const read = (file: string) => JSON.parse(readFileSync(`${DIST}${file}`, 'utf8'));
const page = read(`briefings/${SLUG}/annotations.jsonld`);
const list = read(`briefings/${SLUG}/annotations.json`);
const collection = read('annotations.jsonld');

interface Mentioned {
  id: string;
  mentions?: unknown[];
}
const anchorsOf = (kind: string, items: Mentioned[] = []) => items.flatMap(({ id, mentions = [] }) => mentions.map((_, n) => `${kind}-${id}${n === 0 ? '' : `--${n + 1}`}`));
/** Every mention the frontmatter anchors: an annotation each. */
const promised = [
  ...anchorsOf('actor', analysis.actors),
  ...(analysis.quotes as { id: string }[]).map(({ id }) => `quote-${id}`),
  ...anchorsOf('figure', analysis.figures),
  ...anchorsOf('date', analysis.dates),
];

type Expanded = Record<string, { '@id'?: string; '@value'?: unknown; '@list'?: Expanded[] }[]> & { '@id'?: string; '@type'?: string[] };

describe(`briefings/${SLUG}/annotations.jsonld`, () => {
  test('one Annotation per mention of an actor, quote, figure and date, each with its anchor URL as IRI', () => {
    expect(page.items.map((item: { id: string }) => item.id).toSorted()).toEqual(promised.map((anchor) => `${pageUrl}#${anchor}`).toSorted());
    for (const item of page.items) expect(linkProblem(item.id, pageUrl, built), item.id).toBeUndefined();
  });

  test('expands as JSON-LD with the offline W3C context: an AnnotationPage of oa:Annotations, part of the collection', async () => {
    const [expanded] = (await jsonld.expand(page, { documentLoader })) as Expanded[];
    expect(expanded?.['@type']).toEqual([`${AS}OrderedCollectionPage`]);
    expect(expanded?.[`${AS}partOf`]?.[0]?.['@id']).toBe(new URL('annotations.jsonld', home).href);
    const items = expanded?.[`${AS}items`]?.[0]?.['@list'] ?? [];
    expect(items).toHaveLength(promised.length);
    for (const item of items) {
      expect(item['@type']).toEqual([`${OA}Annotation`]);
      const [target] = (item[`${OA}hasTarget`] ?? []) as Expanded[];
      expect(target?.[`${OA}hasSource`]?.[0]?.['@id']).toBe(pageUrl);
      const selectors = ((target?.[`${OA}hasSelector`] ?? []) as Expanded[]).map((selector) => selector['@type']?.[0]);
      expect(selectors).toEqual([`${OA}TextQuoteSelector`, `${OA}TextPositionSelector`]);
      const [body] = (item[`${OA}hasBody`] ?? []) as Expanded[];
      expect(body?.['@type']).toEqual([`${OA}TextualBody`]);
      expect(body?.['http://purl.org/dc/elements/1.1/language']?.[0]?.['@value']).toBe('ar');
    }
  });

  test('converts to RDF: the context defines every term the files use (an undefined one would be dropped)', async () => {
    const dropped: string[] = [];
    await jsonld.expand(page, { documentLoader, safe: true } as Parameters<typeof jsonld.expand>[1]).catch((error: Error) => dropped.push(error.message));
    expect(dropped).toEqual([]);
    const quads = (await jsonld.toRDF(page, { documentLoader, format: 'application/n-quads' })) as unknown as string;
    expect(quads).toContain(`<${pageUrl}#quote-${analysis.quotes[0].id}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <${OA}Annotation>`);
  });

  test('an actor with a Wikidata item has it as a second body; the others have the TextualBody alone', () => {
    for (const actor of analysis.actors as (Mentioned & { wikidata?: string })[]) {
      const annotation = page.items.find((item: { id: string }) => item.id === `${pageUrl}#actor-${actor.id}`);
      expect(annotation.body.slice(1), actor.id).toEqual(actor.wikidata ? [`http://www.wikidata.org/entity/${actor.wikidata}`] : []);
      expect(annotation.motivation).toBe('identifying');
    }
  });

  test('every selector’s exact is the frontmatter’s, and its prefix and suffix are at most 32 characters', () => {
    const exacts = new Map<string, string>();
    for (const [kind, items] of [['actor', analysis.actors], ['figure', analysis.figures], ['date', analysis.dates]] as const)
      for (const { id, mentions = [] } of items as (Mentioned & { mentions?: { exact: string }[] })[]) mentions.forEach(({ exact }, n) => exacts.set(`${kind}-${id}${n === 0 ? '' : `--${n + 1}`}`, exact));
    for (const { id, exact } of analysis.quotes as { id: string; exact: string }[]) exacts.set(`quote-${id}`, exact);
    for (const item of page.items) {
      const [quote, position] = item.target.selector;
      expect(quote.exact, item.id).toBe(exacts.get(new URL(item.id).hash.slice(1)));
      expect(position.end - position.start).toBe(quote.exact.length);
      expect(quote.prefix.length).toBeLessThanOrEqual(32);
      expect(quote.suffix.length).toBeLessThanOrEqual(32);
    }
  });

  test('annotations.json is the same annotations as a plain array, each with the annotation context', () => {
    expect(Array.isArray(list)).toBe(true);
    expect(list).toEqual(page.items.map((item: object) => ({ '@context': ANNO, ...item })));
  });

  test('the briefing page links to it as its JSON-LD alternate', () => {
    const link = select('link[rel="alternate"][type="application/ld+json"]', readPage(`briefings/${SLUG}/index.html`)) as Element;
    expect(new URL(String(link.properties.href), pageUrl).href).toBe(new URL('annotations.jsonld', pageUrl).href);
  });
});

test('/annotations.jsonld is the AnnotationCollection: every annotation counted, its pages the briefings’', async () => {
  const [expanded] = (await jsonld.expand(collection, { documentLoader })) as Expanded[];
  expect(expanded?.['@type']).toEqual([`${AS}OrderedCollection`]);
  expect(collection.total).toBe(promised.length);
  expect(collection.first).toBe(page.id);
  expect(page.partOf).toEqual({ ...collection, '@context': undefined });
});
