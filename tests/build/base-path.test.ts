import { readFileSync, rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readFeed, urlsOfFeed } from '../helpers/feeds';
import {
  filesIn,
  isInternal,
  linkProblem,
  linksOfPage,
  urlOf,
  type BuiltSite,
} from '../helpers/links';
import { searchFragments } from '../helpers/search';
import { buildSite, projectCopy, ROOT, SLUG } from '../helpers/site';

const SITE_URL = 'https://example.org';
const BASE_PATH = '/mowjaz/';
const home = `${SITE_URL}${BASE_PATH}`;

describe(`a build deployed under ${home}`, () => {
  let root = '';
  let built: BuiltSite;

  beforeAll(() => {
    root = projectCopy({
      [`${SLUG}.md`]: readFileSync(`${ROOT}content/briefings/${SLUG}.md`, 'utf8'),
    });
    const { status, output } = buildSite(root, { SITE_URL, BASE_PATH });
    if (status !== 0)
      throw new Error(
        `the build with SITE_URL=${SITE_URL} BASE_PATH=${BASE_PATH} failed:\n${output}`,
      );
    built = { dist: `${root}/dist/`, site: SITE_URL, base: BASE_PATH };
  });

  afterAll(() => {
    if (root) rmSync(root, { recursive: true, force: true });
  });

  test('every internal href and src of every page carries the base and leads to a file (and its #fragment)', () => {
    const pages = filesIn(built.dist, '.html');
    expect(pages.length).toBeGreaterThan(10);
    const problems: string[] = [];
    let checked = 0;
    for (const file of pages) {
      const from = urlOf(file, built);
      for (const { tag, url } of linksOfPage(readFileSync(`${built.dist}${file}`, 'utf8'))) {
        if (!isInternal(url, from, built)) continue;
        checked += 1;
        if (!url.startsWith('#') && !url.startsWith(BASE_PATH) && !url.startsWith(home))
          problems.push(`${file}: <${tag}> ${url} does not carry ${BASE_PATH}`);
        const problem = linkProblem(url, from, built);
        if (problem) problems.push(`${file}: <${tag}> ${problem}`);
      }
    }
    expect(problems).toEqual([]);
    // Links, stylesheets, fonts, the favicon and the feeds, on every page.
    expect(checked).toBeGreaterThan(pages.length * 8);
  });

  test('Open Graph and canonical URLs are absolute under the deployed URL', () => {
    for (const file of filesIn(built.dist, '.html')) {
      const html = readFileSync(`${built.dist}${file}`, 'utf8');
      const urls = [
        ...html.matchAll(
          /<meta property="og:(?:url|image)" content="([^"]+)"|<link rel="canonical" href="([^"]+)"/g,
        ),
      ].map((match) => match[1] ?? match[2] ?? '');
      expect(urls, file).toHaveLength(3);
      for (const url of urls) {
        expect(url.startsWith(home), `${file}: ${url}`).toBe(true);
        expect(linkProblem(url, home, built)).toBeUndefined();
      }
    }
  });

  test.each(['rss.xml', 'quotes.xml'])(
    '%s: every link starts with the deployed URL and leads to a file',
    (file) => {
      const feed = readFeed(`${built.dist}${file}`);
      expect(feed.stylesheet).toBe(`${BASE_PATH}rss.xsl`);
      expect(feed.link).toBe(home);
      expect(feed.atomLinks.self).toBe(`${home}${file}`);
      const urls = urlsOfFeed(feed).filter((url) => url !== feed.stylesheet);
      expect(urls.length).toBeGreaterThan(feed.items.length * 2);
      for (const url of urls) expect(url.startsWith(home), url).toBe(true);
      expect(
        urlsOfFeed(feed)
          .map((url) => linkProblem(url, `${home}${file}`, built))
          .filter(Boolean),
      ).toEqual([]);
    },
  );

  test('robots.txt points at the sitemap under the deployed URL, and the sitemap lists pages there', () => {
    const robots = readFileSync(`${built.dist}robots.txt`, 'utf8');
    expect(robots).toContain(`Sitemap: ${home}sitemap-index.xml\n`);
    const sitemap = readFileSync(`${built.dist}sitemap-0.xml`, 'utf8');
    const locations = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1] ?? '');
    expect(locations).toContain(`${home}briefings/${SLUG}/`);
    for (const location of locations) expect(linkProblem(location, home, built)).toBeUndefined();
  });

  test('structured data points under the deployed URL', () => {
    const html = readFileSync(`${built.dist}briefings/${SLUG}/index.html`, 'utf8');
    const data: unknown = JSON.parse(
      /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? 'null',
    );
    // Every URL-valued field but `@id`, which names a node (`…#article`) rather than pointing at a document.
    const urls: string[] = [];
    const walk = (node: unknown, key = ''): void => {
      if (
        typeof node === 'string' &&
        /^https?:\/\//.test(node) &&
        key !== '@id' &&
        key !== '@context' &&
        key !== 'sameAs'
      )
        urls.push(node);
      else if (Array.isArray(node)) node.forEach((item) => walk(item, key));
      else if (node && typeof node === 'object')
        for (const [name, value] of Object.entries(node)) walk(value, name);
    };
    walk(data);
    expect(urls.length).toBeGreaterThan(10);
    for (const url of urls) {
      expect(url.startsWith(home), url).toBe(true);
      expect(linkProblem(url, home, built), url).toBeUndefined();
    }
  });

  test('the search page imports Pagefind from under the base, and every search result leads to a page there', () => {
    const script = /<form[^>]*\bdata-pagefind="([^"]+)"/.exec(readFileSync(`${built.dist}search/index.html`, 'utf8'))?.[1] ?? '';
    expect(script).toBe(`${BASE_PATH}pagefind/pagefind.js`);
    expect(linkProblem(script, home, built)).toBeUndefined();
    const urls = searchFragments(built.dist).map(({ url }) => url);
    expect(urls).toContain(`${BASE_PATH}briefings/${SLUG}/`);
    for (const url of urls) expect(linkProblem(url, home, built), url).toBeUndefined();
  });
});
