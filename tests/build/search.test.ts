import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import * as pagefind from 'pagefind';
import { describe, expect, test } from 'vitest';
import { ROUTES } from '../../src/consts';
import { DEFAULT_EXCLUDE, foldedBlocks, indexedPage, pagefindInput } from '../../src/integrations/search-index';
import { FOLDED_ANCHOR } from '../../src/lib/search';
import { deploymentFrom } from '../../src/lib/deploy';
import { searchScriptPath, servedPath } from '../../src/lib/urls';
import { filesIn } from '../helpers/links';
import { searchFragments } from '../helpers/search';
import { DIST, ROOT, SLUG } from '../helpers/site';

// The search index Pagefind writes after the build (src/integrations/search-index.ts), read as
// the browser would read it, and the pages around it: the briefing page loads none of it.

const { base } = deploymentFrom(process.env);
const INDEX = `${DIST}${ROUTES.searchIndex}/`;
const read = (file: string): string => readFileSync(`${DIST}${file}`, 'utf8');

/** Every HTML file of dist/ that asks to be indexed, as the URL it is served at. */
const indexable = filesIn(DIST, '.html')
  .filter((file) => !file.startsWith(`${ROUTES.searchIndex}/`) && read(file).includes('data-pagefind-body'))
  .map((file) => servedPath(file, base))
  .sort();

describe(`dist/${ROUTES.searchIndex}/`, () => {
  test('holds Pagefind’s script, its worker, the Arabic index and one fragment per page', () => {
    for (const file of ['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json', 'wasm.ar.pagefind']) expect(existsSync(`${INDEX}${file}`), file).toBe(true);
    expect(readdirSync(`${INDEX}index`).filter((name) => name.endsWith('.pf_index')).length).toBeGreaterThan(0);
    const entry = JSON.parse(readFileSync(`${INDEX}pagefind-entry.json`, 'utf8')) as { version: string; languages: Record<string, { page_count: number }> };
    expect(entry.version).toBe('1.6.0');
    expect(Object.keys(entry.languages)).toEqual(['ar']);
    expect(entry.languages['ar']?.page_count).toBe(indexable.length);
  });

  test('leaves out Pagefind’s ready-made interfaces, which the site does not use', () => {
    expect(readdirSync(INDEX).filter((name) => /-ui\.|highlight/.test(name))).toEqual([]);
  });

  test('indexes every briefing, actor page and page of the quotes’ index, under the base, and no quote’s own page, other list, search or error page', () => {
    const urls = searchFragments(DIST).map(({ url }) => url).sort();
    expect(urls).toEqual(indexable);
    expect(urls).toContain(servedPath(`briefings/${SLUG}/index.html`, base));
    expect(urls).toContain(servedPath(`${ROUTES.quotes}/index.html`, base));
    expect(urls.some((url) => url.startsWith(servedPath(`${ROUTES.actors}/`, base)) && url !== servedPath(`${ROUTES.actors}/index.html`, base))).toBe(true);
    // Each figure series' page, with its values and their briefings, but not the list of series.
    for (const { id } of JSON.parse(readFileSync(`${ROOT}content/series.json`, 'utf8')) as { id: string }[]) expect(urls).toContain(servedPath(`${ROUTES.figures}/${id}/index.html`, base));
    expect(urls).not.toContain(servedPath(`${ROUTES.figures}/index.html`, base));
    for (const url of urls) expect(url.startsWith(base), url).toBe(true);
    const quotePages = filesIn(DIST, '.html').filter((file) => /^briefings\/[^/]+\/quotes\//.test(file));
    expect(quotePages.length).toBeGreaterThan(0);
    for (const page of ['index.html', `${ROUTES.search}/index.html`, ROUTES.notFound, `${ROUTES.actors}/index.html`, ...quotePages]) {
      expect(urls, page).not.toContain(servedPath(page, base));
    }
  });

  test('what Pagefind is given leaves out only what it skips: given the pages whole, it writes the same index, byte for byte', async () => {
    const pages = indexable.map((url) => filesIn(DIST, '.html').find((file) => servedPath(file, base) === url) ?? '');
    const written = async (skipping: boolean): Promise<Map<string, Buffer>> => {
      const { index } = await pagefind.createIndex({ excludeSelectors: [...DEFAULT_EXCLUDE] });
      for (const file of pages) {
        const html = read(file);
        const { texts, skippedSpans } = indexedPage(html);
        await index?.addHTMLFile({ url: servedPath(file, base), content: pagefindInput(html, skipping ? skippedSpans : [], foldedBlocks(texts ?? new Map())) });
      }
      const outputPath = mkdtempSync(join(tmpdir(), 'mowjaz-index-'));
      await index?.writeFiles({ outputPath });
      const files = new Map(filesIn(`${outputPath}/`, '').map((file) => [file, readFileSync(join(outputPath, file))]));
      rmSync(outputPath, { recursive: true, force: true });
      return files;
    };
    try {
      const [whole, skipped] = [await written(false), await written(true)];
      expect([...skipped.keys()].sort()).toEqual([...whole.keys()].sort());
      for (const [file, bytes] of skipped) expect(bytes.equals(whole.get(file) as Buffer), file).toBe(true);
      expect(whole.size).toBeGreaterThan(pages.length);
    } finally {
      await pagefind.close();
    }
  });

  test('the briefing’s entry: its title, its text as published, then the folded spellings after the anchor', () => {
    const briefing = searchFragments(DIST).find(({ url }) => url === servedPath(`briefings/${SLUG}/index.html`, base));
    const page = fromHtml(read(`briefings/${SLUG}/index.html`));
    expect(briefing?.meta.title).toBe(toString(select('h1', page) as Element));
    const anchor = briefing?.anchors.find(({ id }) => id === FOLDED_ANCHOR);
    expect(anchor, `the ${FOLDED_ANCHOR} anchor`).toBeDefined();
    const words = (briefing?.content ?? '').split(/\s+/);
    const published = words.slice(0, anchor?.location).join(' ');
    const variants = words.slice(anchor?.location).join(' ');
    // The article's own spellings stay on the page's side; their folded forms are on the other.
    expect(published).toContain('الكاظمى');
    expect(published).toContain('القوة');
    expect(published).not.toMatch(/(^|\s)القوه(\s|$)/);
    expect(variants).toMatch(/(^|\s)القوه(\s|$)/);
    expect(variants).not.toContain('ى');
    // Interface words beside the annotations are not indexed.
    expect(published).not.toContain('مواضعه في النص');
  });
});

describe('the pages', () => {
  test('dist/ keeps the pages as Astro wrote them: the folded spellings are only in the index', () => {
    for (const file of filesIn(DIST, '.html')) expect(read(file), file).not.toContain(`id="${FOLDED_ANCHOR}"`);
  });

  test('the briefing page loads no search script: its JavaScript is the one small module it had', () => {
    const page = fromHtml(read(`briefings/${SLUG}/index.html`));
    const scripts = selectAll('script:not([type="application/ld+json"])', page);
    expect(scripts.filter((script) => script.properties.src !== undefined), 'scripts from files').toEqual([]);
    const code = scripts.map((script) => toString(script)).join('\n');
    expect(code).not.toMatch(/pagefind|search/i);
    expect(Buffer.byteLength(code), 'bytes of JavaScript').toBeLessThanOrEqual(2048);
    expect(selectAll('link[rel="modulepreload"]', page)).toEqual([]);
  });

  test('the search page: a labelled search form that imports Pagefind from under the base, and a live status', () => {
    const page = fromHtml(read(`${ROUTES.search}/index.html`));
    const form = select('form[role="search"]', page);
    expect(form?.properties['dataPagefind']).toBe(searchScriptPath(base));
    expect(existsSync(`${DIST}${ROUTES.searchIndex}/pagefind.js`)).toBe(true);
    const input = select('input[type="search"]', page);
    expect(select(`label[for="${String(input?.properties.id)}"]`, page)).toBeDefined();
    expect(select('button[type="submit"]', form ?? page)).toBeDefined();
    expect(select('[role="status"]', page)).toBeDefined();
    expect(select('noscript', page)).toBeDefined();
  });

  test('every page’s header links to the search page', () => {
    for (const file of filesIn(DIST, '.html').filter((file) => !file.startsWith(`${ROUTES.searchIndex}/`))) {
      const links = selectAll('header nav a', fromHtml(read(file))).map((link) => link.properties.href);
      expect(links, file).toContain(servedPath(`${ROUTES.search}/index.html`, base));
    }
  });
});
