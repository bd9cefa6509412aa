import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { deploymentFrom } from '../../src/lib/deploy';
import { readFeed, urlsOfFeed } from '../helpers/feeds';
import {
  filesIn,
  isInternal,
  linkProblem,
  linksOfPage,
  sitemapLocations,
  urlOf,
  type BuiltSite,
} from '../helpers/links';
import { analysisOf, DIST, SLUG } from '../helpers/site';

// Every URL the built site writes, in its pages, feeds, sitemap and robots.txt: each internal one
// must lead to a file of dist/ and, with a #fragment, to an element with that id there (a text
// directive after `:~:` is checked by the browser tests; what comes before it is checked here).
// External URLs are listed, never fetched: the tests make no request off the machine.

const built: BuiltSite = { dist: DIST, ...deploymentFrom(process.env) };
const home = new URL(built.base, built.site).href;
const analysis = analysisOf();
const pages = filesIn(DIST, '.html');
const read = (file: string): string => readFileSync(`${DIST}${file}`, 'utf8');

/** A URL found in a file of the site: where, what kind of reference, and what it points at. */
interface Found {
  file: string;
  /** The file's own URL, which relative URLs in it resolve against. */
  from: string;
  kind: string;
  url: string;
}

const inPages: Found[] = pages.flatMap((file) =>
  linksOfPage(read(file)).map(({ tag, attribute, url }) => ({
    file,
    from: urlOf(file, built),
    kind: `${tag}[${attribute}]`,
    url,
  })),
);

const inFeeds: Found[] = ['rss.xml', 'quotes.xml'].flatMap((file) =>
  urlsOfFeed(readFeed(`${DIST}${file}`)).map((url) => ({
    file,
    from: new URL(file, home).href,
    kind: file,
    url,
  })),
);

// The feeds' stylesheet writes the font's <link>s into the page it makes; `{…}` are XSLT
// attribute value templates, filled in from the feed, which the feed tests check.
const inStylesheet: Found[] = linksOfPage(read('rss.xsl'))
  .filter(({ url }) => !url.includes('{'))
  .map(({ url }) => ({ file: 'rss.xsl', from: new URL('rss.xsl', home).href, kind: 'rss.xsl', url }));

const robotsSitemaps = [...read('robots.txt').matchAll(/^Sitemap:\s*(\S+)$/gm)].map(
  (match) => match[1] ?? '',
);
const inSitemaps: Found[] = [
  ...robotsSitemaps.map((url) => ({ file: 'robots.txt', from: home, kind: 'robots.txt', url })),
  ...filesIn(DIST, '.xml')
    .filter((file) => file.startsWith('sitemap'))
    .flatMap((file) =>
      sitemapLocations(read(file)).map((url) => ({ file, from: home, kind: 'sitemap', url })),
    ),
];

const everything = [...inPages, ...inFeeds, ...inStylesheet, ...inSitemaps];
const internal = everything.filter(({ url, from }) => isInternal(url, from, built));
const external = everything.filter(({ url, from }) => !isInternal(url, from, built));

const countBy = (found: Found[], key: (link: Found) => string): Record<string, number> =>
  found.reduce<Record<string, number>>((counts, link) => {
    counts[key(link)] = (counts[key(link)] ?? 0) + 1;
    return counts;
  }, {});

/**
 * The URLs of a page counted in its raw text, without a parser: what the checker must have
 * found. Astro writes every attribute value in double quotes.
 */
function rawUrlCount(html: string): number {
  const attributes = html.match(/\s(?:href|src|cite)="|="url\(#/g) ?? [];
  const metas = html.match(/<meta property="og:(?:url|image)" content="/g) ?? [];
  const candidates = [...html.matchAll(/\ssrcset="([^"]*)"/g)].map((match) => (match[1] ?? '').split(',').length);
  return attributes.length + metas.length + candidates.reduce((sum, count) => sum + count, 0);
}

/** How many mentions in the text the analysis gives its actors, figures or dates. */
const mentionCount = (key: 'actors' | 'figures' | 'dates'): number =>
  (analysis[key] as { mentions?: unknown[] }[]).reduce((sum, { mentions = [] }) => sum + mentions.length, 0);

test('the checker reports a missing file, a missing #fragment and a missing fragment before a text directive (control)', () => {
  const page = new URL(`briefings/${SLUG}/`, home).href;
  expect(linkProblem(`${page}#p-1`, home, built)).toBeUndefined();
  expect(linkProblem(`${page}#p-1:~:text=x`, home, built)).toBeUndefined();
  expect(linkProblem(new URL('briefings/no-such-briefing/', home).href, home, built)).toMatch(/leads to no file/);
  expect(linkProblem('#no-such-id', page, built)).toMatch(/has no element with id "no-such-id"/);
  expect(linkProblem('#no-such-id:~:text=x', page, built)).toMatch(/has no element with id "no-such-id"/);
});

test('dist/ has pages to check: home, 404, the briefing and its quote pages', () => {
  expect(pages).toEqual(
    expect.arrayContaining(['index.html', '404.html', `briefings/${SLUG}/index.html`]),
  );
  expect(pages.length).toBeGreaterThanOrEqual(3 + analysis.quotes.length);
});

test.each([
  { what: 'the HTML pages', group: inPages },
  { what: 'the feeds', group: inFeeds },
  { what: 'the feeds’ stylesheet', group: inStylesheet },
  { what: 'robots.txt and the sitemaps', group: inSitemaps },
])('every internal URL of $what leads to a file of dist/, and to its #fragment', ({ group }) => {
  const problems = group
    .filter(({ url, from }) => isInternal(url, from, built))
    .flatMap(({ file, kind, url, from }) => {
      const problem = linkProblem(url, from, built);
      return problem ? [`${file} ${kind}: ${problem}`] : [];
    });
  expect(problems).toEqual([]);
});

describe('how many URLs were checked', () => {
  test.each(pages)('%s: every URL attribute the raw HTML has, and its meta tags', (file) => {
    const found = inPages.filter((link) => link.file === file);
    expect(found.length).toBe(rawUrlCount(read(file)));
    // canonical, favicon, two feeds, font preload and the font's stylesheet, og:url, og:image, the
    // skip link, the site name, the navigation and the footer's feed links.
    expect(found.length).toBeGreaterThanOrEqual(15);
  });

  test('the briefing page: a #fragment link for every mention, quote link and date the analysis promises', () => {
    const html = read(`briefings/${SLUG}/index.html`);
    const fragments = inPages.filter(
      ({ file, kind, url }) => file === `briefings/${SLUG}/index.html` && kind === 'a[href]' && url.startsWith('#'),
    );
    expect(fragments.length).toBe(html.match(/<a [^>]*href="#/g)?.length);
    // Per quote a permalink and a text-fragment link; per mention a link to it; per date
    // mention also the link from the text back to its timeline entry; and the skip link.
    const promised = 2 * analysis.quotes.length + mentionCount('actors') + mentionCount('figures') + 2 * mentionCount('dates') + 1;
    expect(promised).toBeGreaterThan(100);
    expect(fragments.length).toBeGreaterThanOrEqual(promised);
  });

  test('the feeds: the stylesheet, channel and self links, and per item its link, guid and content links', () => {
    const rss = readFeed(`${DIST}rss.xml`);
    const quotes = readFeed(`${DIST}quotes.xml`);
    const counts = countBy(inFeeds, ({ kind }) => kind);
    // rss.xml carries the article, whose dates link to the timeline; quotes.xml cites each quote.
    expect(counts['rss.xml']).toBeGreaterThanOrEqual(3 + 2 * rss.items.length + mentionCount('dates'));
    expect(counts['quotes.xml']).toBeGreaterThanOrEqual(3 + 3 * analysis.quotes.length);
    expect(quotes.items).toHaveLength(analysis.quotes.length);
  });

  test('the sitemap lists every page but 404, and robots.txt the sitemap index', () => {
    expect(robotsSitemaps).toEqual([new URL('sitemap-index.xml', home).href]);
    const pageUrls = inSitemaps.filter(({ file }) => file !== 'robots.txt' && file !== 'sitemap-index.xml').map(({ url }) => url);
    expect(pageUrls.toSorted()).toEqual(pages.filter((file) => file !== '404.html').map((file) => urlOf(file, built)).toSorted());
  });

  test('in total, by kind', () => {
    const byKind = countBy(internal, ({ kind }) => kind);
    console.info(`links checked: ${internal.length} internal (${JSON.stringify(byKind)}), ${external.length} external, not fetched`);
    expect(internal.length + external.length).toBe(everything.length);
    expect(byKind['a[href]']).toBeGreaterThan(pages.length * 5);
    // canonical, favicon, two feeds and the font's preload (the stylesheets are inline).
    expect(byKind['link[href]']).toBeGreaterThanOrEqual(pages.length * 5);
    expect(byKind['meta[og:url]']).toBe(pages.length);
    expect(byKind['meta[og:image]']).toBe(pages.length);
    expect(byKind['blockquote[cite]']).toBe(analysis.quotes.length);
    expect(internal.length).toBeGreaterThan(pages.length * 15 + 100);
  });
});

test('external URLs are listed, not fetched: all http(s), and on the briefing page exactly the sources its analysis cites', () => {
  console.info(`external URLs (listed, not fetched):\n${[...new Set(external.map(({ file, url }) => `${file}: ${url}`))].join('\n')}`);
  expect(external.filter(({ url }) => !/^https?:\/\//.test(url))).toEqual([]);
  const sources = (analysis.dates as { sources?: { url?: string }[] }[]).flatMap(({ sources = [] }) =>
    sources.flatMap(({ url }) => (url ? [url] : [])),
  );
  expect(sources.length).toBeGreaterThan(0);
  const onBriefing = external.filter(({ file }) => file === `briefings/${SLUG}/index.html`);
  expect(onBriefing.map(({ kind }) => kind)).toEqual(sources.map(() => 'a[href]'));
  expect(onBriefing.map(({ url }) => url).toSorted()).toEqual(sources.toSorted());
});
