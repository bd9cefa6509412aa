import { readFileSync } from 'node:fs';
import { XMLValidator } from 'fast-xml-parser';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import Parser from 'rss-parser';
import { describe, expect, test } from 'vitest';
import { UI } from '../../src/consts';
import { deploymentFrom } from '../../src/lib/deploy';
import { readFeed, urlsOfFeed } from '../helpers/feeds';
import { linkProblem, type BuiltSite } from '../helpers/links';
import { analysisOf, DIST, fixtureParagraphs, ROOT, SLUG } from '../helpers/site';

const analysis = analysisOf();
// The site under test is built with the environment the tests run in (see tests/helpers/global-setup.ts).
const built: BuiltSite = { dist: DIST, ...deploymentFrom(process.env) };
const home = new URL(built.base, built.site).href;

/** RFC 822 as RSS 2.0 wants it, with a four-digit year (RFC 1123): `Sun, 29 Nov 2026 00:00:00 GMT`. */
const RFC_822 =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} (GMT|[+-]\d{4})$/;

describe.each([
  { file: 'rss.xml', title: UI.feedBriefingsTitle },
  { file: 'quotes.xml', title: UI.feedQuotesTitle },
])('$file', ({ file, title }) => {
  const xml = readFileSync(`${DIST}${file}`, 'utf8');
  const feed = readFeed(`${DIST}${file}`);
  const self = new URL(file, home).href;

  test('is well-formed XML', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
  });

  test('rss-parser reads it, with every item', async () => {
    const parsed = await new Parser().parseString(xml);
    expect(parsed.title).toBe(title);
    expect(parsed.items).toHaveLength(feed.items.length);
    expect(parsed.items.length).toBeGreaterThan(0);
  });

  test('the channel has what RSS 2.0 requires: Arabic title, link, description, language ar, and atom:link self', () => {
    expect(xml).toMatch(/<rss version="2.0"[^>]* xmlns:atom="http:\/\/www\.w3\.org\/2005\/Atom"/);
    expect(feed.title).toBe(title);
    expect(feed.title).toMatch(/[\u0600-\u06ff]/);
    expect(feed.description).toMatch(/[\u0600-\u06ff]/);
    expect(feed.link).toBe(home);
    expect(feed.language).toBe('ar');
    expect(feed.atomLinks.self).toBe(self);
  });

  test('each item has a title, a permalink guid equal to its link, and an RFC 822 pubDate', () => {
    for (const item of feed.items) {
      expect(item.title, JSON.stringify(item.title)).toBeTruthy();
      expect(item.link).toMatch(/^https?:\/\//);
      expect(item.guid).toBe(item.link);
      expect(item.isPermaLink).toBe('true');
      expect(item.pubDate).toMatch(RFC_822);
      expect(new Date(Date.parse(item.pubDate ?? '')).toUTCString()).toBe(item.pubDate);
    }
  });

  test('guids are unique', () => {
    const guids = feed.items.map((item) => item.guid);
    expect(new Set(guids).size).toBe(guids.length);
  });

  test('items are newest first', () => {
    const dates = feed.items.map((item) => Date.parse(item.pubDate ?? ''));
    expect(dates).toEqual(dates.toSorted((a, b) => b - a));
  });

  test('every item carries right-to-left Arabic HTML', () => {
    for (const item of feed.items) {
      const root = fromHtml(item.content ?? '', { fragment: true }).children[0] as
        Element | undefined;
      expect(root?.tagName).toBe('div');
      expect(root?.properties.dir).toBe('rtl');
      expect(root?.properties.lang).toBe('ar');
    }
  });

  test('every URL in the feed is absolute, on the site, and leads to a file (and its #fragment)', () => {
    // The stylesheet is the exception: a browser applies XSLT only from the feed's own origin, so it is a path.
    const urls = urlsOfFeed(feed).filter((url) => url !== feed.stylesheet);
    expect(urls.length).toBeGreaterThan(feed.items.length * 2);
    for (const url of urls) expect(url.startsWith(home), url).toBe(true);
    expect(
      [...urls, feed.stylesheet ?? ''].map((url) => linkProblem(url, self, built)).filter(Boolean),
    ).toEqual([]);
  });

  test('its stylesheet is generated XSL that shows the feed as an Arabic right-to-left page', () => {
    expect(feed.stylesheet).toBe(new URL('rss.xsl', home).pathname);
    const xsl = readFileSync(`${DIST}rss.xsl`, 'utf8');
    expect(XMLValidator.validate(xsl)).toBe(true);
    expect(xsl).toContain('<xsl:stylesheet version="1.0"');
    expect(xsl).toMatch(/<html lang="ar" dir="rtl">/);
    expect(xsl).toContain(UI.feedPreviewNote);
  });
});

describe('rss.xml: the briefings, in full', () => {
  const feed = readFeed(`${DIST}rss.xml`);
  const item = feed.items.find(
    (candidate) => candidate.link === new URL(`briefings/${SLUG}/`, home).href,
  );

  test('one item per briefing, the briefing page as link', () => {
    expect(feed.items).toHaveLength(1);
    expect(item).toBeDefined();
    expect(item?.title).toBe(analysis.title);
    expect(item?.description).toBe(analysis.summary);
  });

  test('a category per actor, by Arabic name', () => {
    expect(item?.categories).toEqual(
      analysis.actors.map((actor: { name: { ar: string } }) => actor.name.ar),
    );
  });

  test('content:encoded has every paragraph of the article, character for character', () => {
    const paragraphs = selectAll('p', fromHtml(item?.content ?? '', { fragment: true })).map(
      (paragraph) => toString(paragraph),
    );
    expect(paragraphs).toEqual(fixtureParagraphs());
  });

  test('the article’s own links (#event-…) became absolute links to the briefing page', () => {
    const content = fromHtml(item?.content ?? '', { fragment: true });
    const links = selectAll('p a', content).map((link) => String(link.properties.href));
    expect(links.length).toBeGreaterThan(0);
    for (const link of links)
      expect(link.startsWith(new URL(`briefings/${SLUG}/#event-`, home).href), link).toBe(true);
  });
});

describe('rss.xml: the series a briefing adds values to', () => {
  const feed = readFeed(`${DIST}rss.xml`);
  const item = feed.items.find((candidate) => candidate.link === new URL(`briefings/${SLUG}/`, home).href);
  const series = JSON.parse(readFileSync(`${ROOT}content/series.json`, 'utf8')) as { id: string; label: string }[];
  const inSeries = (analysis.figures as { series?: string; value: number }[]).filter((figure) => figure.series !== undefined);

  test('after the article, the item links to each series page its figures are values of, with the value', () => {
    expect(inSeries.length).toBeGreaterThan(0);
    const listed = selectAll('section li', fromHtml(item?.content ?? '', { fragment: true }));
    expect(listed.map((entry) => String((select('a', entry) as Element).properties.href))).toEqual(inSeries.map((figure) => new URL(`figures/${figure.series}/`, home).href));
    listed.forEach((entry, index) => {
      const figure = inSeries[index] as { series: string; value: number };
      expect(toString(select('a', entry) as Element)).toBe(series.find(({ id }) => id === figure.series)?.label);
      expect(toString(entry).replace(/[,٬]/g, '')).toContain(String(figure.value));
    });
  });
});

describe('quotes.xml: every quote', () => {
  const feed = readFeed(`${DIST}quotes.xml`);
  const actors = new Map<string, { name: { ar: string } }>(
    analysis.actors.map((actor: { id: string }) => [actor.id, actor]),
  );

  test.each(analysis.quotes as { id: string; speaker: string; exact: string }[])(
    'quote $id: an item linking to its anchor, with speaker, words and briefing',
    ({ id, speaker, exact }) => {
      const link = new URL(`briefings/${SLUG}/#quote-${id}`, home).href;
      const found = feed.items.filter((item) => item.link === link);
      expect(found).toHaveLength(1);
      const [item] = found;
      const name = actors.get(speaker)?.name.ar ?? '';
      expect(item?.guid).toBe(link);
      expect(item?.title).toBe(`${name}: ${exact}`);
      expect(item?.categories).toEqual([name]);
      const content = fromHtml(item?.content ?? '', { fragment: true });
      expect(toString(select('blockquote', content) as Element).trim()).toBe(exact);
      expect(toString(content)).toContain(analysis.title);
    },
  );

  test('no other items', () => {
    expect(feed.items).toHaveLength(analysis.quotes.length);
  });
});
