import { readFileSync } from 'node:fs';
import * as pagefind from 'pagefind';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ROUTES, UI } from '../../src/consts';
import { DEFAULT_EXCLUDE, indexedText } from '../../src/integrations/search-index';
import { folded } from '../../src/lib/search';
import { servedPath } from '../../src/lib/urls';
import { launchBrowser, newGuardedContext, type GuardedContext } from '../helpers/browser';
import { serveStatic, type StaticServer } from '../helpers/server';
import { analysisOf, SLUG } from '../helpers/site';
import { analyze, describeViolations } from './support/axe';
import { open } from './support/page';
import { builtPages, removeSnapshot, siteBase, snapshotDist } from './support/site';

// The search page in a browser that enforces the site's Content Security Policy: a search finds
// the briefing by the words of its text, and by spellings the text does not have (another form
// of alef, ى/ي, ة/ه, diacritics). A control index, built here by Pagefind from the same pages
// without the folded spellings, shows what Pagefind finds on its own.

const site = await snapshotDist();
const base = await siteBase();
const briefingPath = `briefings/${SLUG}/`;
const briefingUrl = servedPath(`${briefingPath}index.html`, base);
/** Where the control index goes, inside this test's private copy of dist/. */
const RAW_INDEX = 'pagefind-raw';

/** The words of the briefing's indexed text (its article: text, title, summary, analysis). */
const briefingWords = new Set((indexedText(readFileSync(`${site}${briefingPath}index.html`, 'utf8')) ?? '').split(/[^\p{L}\p{M}\p{N}]+/u));

/**
 * Spellings a reader may type that are not in the briefing, each with the briefing's own
 * spelling of the same words: the search must find the briefing, and mark the text's spelling.
 */
const VARIANTS = [
  { query: 'مصطفي', inText: 'مصطفى', change: 'final ي where the text has ى' },
  { query: 'سنبقى', inText: 'سنبقي', change: 'final ى where the text has ي' },
  { query: 'امريكيون', inText: 'أمريكيون', change: 'ا where the text has أ' },
  { query: 'القوه', inText: 'القوة', change: 'ه where the text has ة' },
  { query: 'القمه', inText: 'القمة', change: 'ه where the text has ة, again' },
  { query: 'وزاره الخارجيه', inText: 'وزارة الخارجية', change: 'two words, ه where the text has ة' },
  { query: 'فُؤاد', inText: 'فؤاد', change: 'a damma the text does not have' },
];

let server: StaticServer;
let browser: Browser;
let guarded: GuardedContext;
let page: Page;
const consoleMessages: string[] = [];

/** Runs in every document before its scripts: keeps each CSP violation it reports. */
function recordViolations(): void {
  const violations: string[] = [];
  Reflect.set(window, '__cspViolations', violations);
  document.addEventListener('securitypolicyviolation', (event) => {
    violations.push(`${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}`);
  });
}

/** The CSP violations the page recorded (a task later, so that queued reports have arrived), and the console's CSP messages. */
async function violations(): Promise<string[]> {
  await page.evaluate(() => new Promise((done) => setTimeout(done, 0)));
  const recorded = (await page.evaluate(() => Reflect.get(window, '__cspViolations'))) as string[] | undefined;
  if (recorded === undefined) throw new Error('the violation recorder did not run in the page');
  return [...recorded, ...consoleMessages.filter((message) => /content.security.policy/i.test(message))];
}

/**
 * Writes the control index: Pagefind over the same built pages, as they are, with the same
 * exclusions, but without the folded spellings the site's index adds.
 */
async function writeRawIndex(): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ excludeSelectors: DEFAULT_EXCLUDE });
  if (!index) throw new Error(`Pagefind did not start: ${errors.join('; ')}`);
  try {
    for (const path of builtPages(site)) {
      const file = path === '' || path.endsWith('/') ? `${path}index.html` : path;
      const content = readFileSync(`${site}${file}`, 'utf8');
      if (content.includes('data-pagefind-body')) await index.addHTMLFile({ url: servedPath(file, base), content });
    }
    const written = await index.writeFiles({ outputPath: `${site}${RAW_INDEX}` });
    if (written.errors.length > 0) throw new Error(written.errors.join('; '));
  } finally {
    await pagefind.close();
  }
}

interface Listed {
  href: string;
  title: string;
  /** The words the excerpt marks as matches. */
  marks: string[];
}

/** Types `query` into the search form, submits it, and returns the status it says and the results it lists. */
async function searchFor(query: string, submit: 'click' | 'enter' = 'click'): Promise<{ status: string; results: Listed[] }> {
  await page.fill('#search-query', query);
  if (submit === 'click') await page.click('#search-submit');
  else await page.press('#search-query', 'Enter');
  await page.waitForFunction((busy) => {
    const status = document.getElementById('search-status')?.textContent ?? '';
    return status !== '' && status !== busy;
  }, UI.searchBusy);
  return page.evaluate(() => ({
    status: document.getElementById('search-status')?.textContent ?? '',
    results: [...document.querySelectorAll('#search-results > li')].map((item) => ({
      href: item.querySelector('a')?.getAttribute('href') ?? '',
      title: item.querySelector('a')?.textContent ?? '',
      marks: [...item.querySelectorAll('mark')].map((mark) => mark.textContent ?? ''),
    })),
  }));
}

/** The most results the page lists (src/pages/search.astro). */
const LISTED = 20;

/** What the status says for `count` results, as the page words it (src/consts.ts, Arabic plural rules). */
function countMessage(count: number): string {
  const format = (n: number): string => new Intl.NumberFormat('ar-u-nu-latn').format(n);
  const category = new Intl.PluralRules('ar').select(count) as keyof typeof UI.searchCount;
  const said = UI.searchCount[category].replace('{n}', format(count));
  return count > LISTED ? `${said}، ${UI.searchShown.replace('{n}', format(LISTED))}` : said;
}

/** Searches the page's form for `query`, and checks the count against Pagefind's own for the folded query. */
async function searchChecked(query: string, submit: 'click' | 'enter' = 'click'): Promise<Listed[]> {
  const { status, results } = await searchFor(query, submit);
  const total = (await pagefindFinds(ROUTES.searchIndex, folded(query))).length;
  expect(results.length, 'results listed').toBe(Math.min(total, LISTED));
  expect(status, 'status').toBe(countMessage(total));
  return results;
}

/**
 * Pagefind's own API, in the page, on the index at `bundle` (a folder of dist/): the URLs of the
 * pages `term` finds, as given, with no folding. A string, not a function: vitest would rewrite
 * the `import()` of a function's source into its own loader, which the page does not have.
 */
function pagefindFinds(bundle: string, term: string): Promise<string[]> {
  const script = JSON.stringify(servedPath(`${bundle}/pagefind.js`, base));
  return page.evaluate(`(async () => {
    const { results } = await (await import(${script})).search(${JSON.stringify(term)});
    return Promise.all(results.map(async (result) => (await result.data()).url));
  })()`);
}

beforeAll(async () => {
  await writeRawIndex();
  server = await serveStatic({ root: site, base });
  browser = await launchBrowser();
  // bypassCSP: false, as for a reader: the policy governs the search page's script and Pagefind's.
  guarded = await newGuardedContext(browser, { bypassCSP: false, viewport: { width: 1280, height: 900 } });
  guarded.context.setDefaultTimeout(10_000);
  await guarded.context.addInitScript(recordViolations);
  page = await guarded.context.newPage();
  page.on('console', (message) => consoleMessages.push(`console ${message.type()}: ${message.text()}`));
  await open(page, server.urlOf(`${ROUTES.search}/`));
  // Set once: still there after every search if none of them reloaded the page.
  await page.evaluate(() => Reflect.set(window, '__sameDocument', true));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  removeSnapshot(site);
});

test('the build indexed the site: dist/ has the search page and Pagefind’s bundle', () => {
  expect(builtPages(site)).toContain(`${ROUTES.search}/`);
  expect(readFileSync(`${site}${ROUTES.searchIndex}/pagefind-entry.json`, 'utf8')).toContain('"ar"');
});

test('the form is enabled by its script, labelled, and a search landmark', async () => {
  const form = await page.evaluate(() => {
    const input = document.getElementById('search-query');
    return {
      role: document.querySelector('form')?.getAttribute('role'),
      label: input instanceof HTMLInputElement ? [...(input.labels ?? [])].map((label) => label.textContent) : [],
      type: input?.getAttribute('type'),
      disabled: input instanceof HTMLInputElement && input.disabled,
    };
  });
  expect(form).toEqual({ role: 'search', label: [UI.searchLabel], type: 'search', disabled: false });
});

test('an actor’s name as the briefing writes it finds the briefing, with the name marked in the excerpt', async () => {
  const results = await searchChecked('فؤاد حسين', 'enter');
  expect(results.map(({ href }) => href)).toContain(briefingUrl);
  const briefing = results.find(({ href }) => href === briefingUrl);
  expect(briefing?.title).toBe(analysisOf(SLUG).title);
  expect(briefing?.marks).toEqual(expect.arrayContaining(['فؤاد', 'حسين']));
  // The query is in the address, and the page was not reloaded.
  expect(new URL(page.url()).searchParams.get('q')).toBe('فؤاد حسين');
  expect(await page.evaluate(() => Reflect.get(window, '__sameDocument'))).toBe(true);
});

describe.each(VARIANTS)('$query ($change)', ({ query, inText }) => {
  test('is not the briefing’s spelling, and folds to it', () => {
    for (const word of query.split(' ')) expect(briefingWords.has(word), `${word} in the briefing`).toBe(false);
    for (const word of inText.split(' ')) expect(briefingWords.has(word), `${word} in the briefing`).toBe(true);
    expect(folded(query)).toBe(folded(inText));
  });

  test('finds the briefing, and the excerpt marks the text’s own spelling', async () => {
    const results = await searchChecked(query);
    expect(results.map(({ href }) => href)).toContain(briefingUrl);
    // What Pagefind matched (its stemmer also matches «الأمريكية» for «امريكيون»), always as the text spells it.
    const marks = results.find(({ href }) => href === briefingUrl)?.marks.map((mark) => mark.replace(/[^\p{L}\p{M}\p{N}]+/gu, '')) ?? [];
    expect(marks, 'marked words').not.toEqual([]);
    expect(marks.filter((mark) => !briefingWords.has(mark)), 'marked words the briefing does not have').toEqual([]);
  });
});

test('a word in no page finds nothing, and says so', async () => {
  const { status, results } = await searchFor('غثخضظ');
  expect(results).toEqual([]);
  expect(status).toBe(UI.searchCount.zero);
});

describe('the folding is what finds them (controls)', () => {
  test('index side: Pagefind alone, on the same pages, does not find «القوه» or «القمه» in the briefing, folded or not', async () => {
    const alone: Record<string, boolean> = {};
    for (const { query } of VARIANTS) {
      alone[query] = (await pagefindFinds(RAW_INDEX, query)).includes(briefingUrl);
      alone[`${query} (folded)`] = (await pagefindFinds(RAW_INDEX, folded(query))).includes(briefingUrl);
    }
    // Not asserted beyond the two cases below: the rest is Pagefind's stemmer, worth seeing in the log.
    const { version } = JSON.parse(readFileSync(`${site}${RAW_INDEX}/pagefind-entry.json`, 'utf8')) as { version: string };
    console.info(`Pagefind ${version} alone finds the briefing for: ${JSON.stringify(alone)}`);
    for (const query of ['القوه', 'القمه']) {
      expect(alone[query], `${query} in the control index`).toBe(false);
      expect(alone[`${query} (folded)`], `${query}, folded, in the control index`).toBe(false);
    }
    // And the control index does work: the text's own spelling finds the briefing.
    expect(await pagefindFinds(RAW_INDEX, 'القوة')).toContain(briefingUrl);
  });

  test('query side: the site’s own index, asked through Pagefind’s API without folding the query, does not find «سنبقى»', async () => {
    expect(await pagefindFinds(ROUTES.searchIndex, 'سنبقى')).not.toContain(briefingUrl);
    expect(await pagefindFinds(ROUTES.searchIndex, folded('سنبقى'))).toContain(briefingUrl);
  });
});

test('the search page works under the policy: no violation', async () => {
  expect(await violations()).toEqual([]);
});

test('a search in the address (?q=) runs when the page opens', async () => {
  const fresh = await guarded.context.newPage();
  try {
    await open(fresh, `${server.urlOf(`${ROUTES.search}/`)}?q=${encodeURIComponent('الكاظمى')}`);
    await fresh.waitForFunction(() => document.querySelectorAll('#search-results > li').length > 0);
    expect(await fresh.inputValue('#search-query')).toBe('الكاظمى');
    expect(await fresh.locator('#search-results a').evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toContain(briefingUrl);
  } finally {
    await fresh.close();
  }
});

test.each(['light', 'dark'] as const)('with results and marks listed (%s): no axe violation, and nothing wider than 320 px', async (colorScheme) => {
  // A context of its own that bypasses the policy, as axe must be injected (tests/e2e/accessibility.test.ts).
  const audit = await newGuardedContext(browser, { colorScheme, viewport: { width: 320, height: 900 } });
  try {
    const tab = await audit.context.newPage();
    await open(tab, `${server.urlOf(`${ROUTES.search}/`)}?q=${encodeURIComponent('القوه')}`);
    await tab.waitForFunction(() => document.querySelectorAll('#search-results mark').length > 0);
    expect(await tab.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), 'pixels wider than the viewport').toBeLessThanOrEqual(0);
    expect(describeViolations(await analyze(tab)), `axe violations (${colorScheme})`).toBe('');
    expect(audit.outsideRequests).toEqual([]);
  } finally {
    await audit.context.close();
  }
});

test('without JavaScript, the form is disabled and the page says search needs it', async () => {
  const { context, outsideRequests } = await newGuardedContext(browser, { bypassCSP: false, javaScriptEnabled: false });
  try {
    const noScript = await context.newPage();
    await open(noScript, server.urlOf(`${ROUTES.search}/`));
    expect(await noScript.locator('#search-query').isDisabled()).toBe(true);
    expect(await noScript.locator('#search-submit').isDisabled()).toBe(true);
    await expect.poll(() => noScript.locator('.search-noscript').isVisible()).toBe(true);
    expect(await noScript.locator('.search-noscript').textContent()).toBe(UI.searchNeedsJavaScript);
    expect(outsideRequests).toEqual([]);
  } finally {
    await context.close();
  }
});

test('no request left 127.0.0.1', () => {
  expect(guarded.outsideRequests).toEqual([]);
});
