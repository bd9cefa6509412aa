import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ROUTES } from '../../src/consts';
import { SEARCH_RANKING } from '../../src/lib/search';
import { servedPath } from '../../src/lib/urls';
import { launchBrowser } from '../helpers/browser';
import { serveStatic, type StaticServer } from '../helpers/server';
import { analysisOf, fixtureParagraphs, SLUG } from '../helpers/site';
import { open } from './support/page';
import { removeSnapshot, siteBase, snapshotDist } from './support/site';

// What a search for a briefing's own words lists first, in Pagefind's real index as the build wrote
// it, searched by Pagefind's own script in Chromium: the briefing, never a page that repeats its
// words (a quote's page, the quotes' index, an actor's page).

const site = await snapshotDist();
const base = await siteBase();
const briefingUrl = servedPath(`briefings/${SLUG}/index.html`, base);
const analysis = analysisOf(SLUG) as { title: string; quotes: { id: string; exact: string }[]; actors: { name: { ar: string }; mentions: { exact: string }[] }[] };
/** The words of the actors' names, as the analysis and the text write them: a search for a name rightly lists that actor's page first. */
const names = new Set(analysis.actors.flatMap(({ name, mentions }) => [name.ar, ...mentions.map(({ exact }) => exact)].flatMap((text) => text.split(/\s+/))));

/** The first `count` words of `text` that name no actor, without the quotation marks and ellipses around them. */
const words = (text: string, count: number): string =>
  text
    .split(/\s+/)
    .map((word) => word.replace(/[«»"“”.…]/g, ''))
    .filter((word) => word !== '' && !names.has(word))
    .slice(0, count)
    .join(' ');

const queries = [
  { what: 'the title', query: words(analysis.title, 6) },
  ...analysis.quotes.map(({ id, exact }) => ({ what: `quote ${id}`, query: words(exact, 5) })),
  ...fixtureParagraphs().map((paragraph, index) => ({ what: `paragraph ${index + 1}`, query: words(paragraph, 5) })),
];

let server: StaticServer;
let browser: Browser;
let page: Page;

/**
 * The URLs Pagefind lists for `term`, best first, ranked as the search page ranks them. A string,
 * not a function: vitest would rewrite a function's `import()`.
 */
function ranked(term: string): Promise<string[]> {
  const script = JSON.stringify(servedPath(`${ROUTES.searchIndex}/pagefind.js`, base));
  return page.evaluate(`(async () => {
    const pagefind = await import(${script});
    await pagefind.options({ ranking: ${JSON.stringify(SEARCH_RANKING)} });
    const { results } = await pagefind.search(${JSON.stringify(term)});
    return Promise.all(results.map(async (result) => (await result.data()).url));
  })()`);
}

beforeAll(async () => {
  server = await serveStatic({ root: site, base });
  browser = await launchBrowser();
  page = await (await browser.newContext()).newPage();
  await open(page, server.urlOf(`${ROUTES.search}/`));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  removeSnapshot(site);
});

describe.each(queries)('a search for $what', ({ query }) => {
  test(`lists the briefing first, and no quote's own page («${query}»)`, async () => {
    const urls = await ranked(query);
    expect(urls[0], `results: ${urls.join(', ')}`).toBe(briefingUrl);
    expect(urls.filter((url) => url.includes(`/${ROUTES.quotes}/`) && url.startsWith(servedPath('briefings/', base)))).toEqual([]);
  });
});

test('the pages that repeat the briefing’s words are in the index: a search for its quotes finds the quotes’ index too', async () => {
  expect(queries.length).toBe(1 + analysis.quotes.length + fixtureParagraphs().length);
  const all = new Set((await Promise.all(analysis.quotes.map(({ exact }) => ranked(words(exact, 5))))).flat());
  expect(all).toContain(servedPath(`${ROUTES.quotes}/index.html`, base));
});
