import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { XMLValidator } from 'fast-xml-parser';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, test } from 'vitest';
import { SITE, UI } from '../../src/consts';
import { deploymentFrom } from '../../src/lib/deploy';
import { filesIn, linkProblem, pngSize, urlOf, type BuiltSite } from '../helpers/links';
import { analysisOf, DIST, fixtureParagraphs, SLUG } from '../helpers/site';

const analysis = analysisOf();
const built: BuiltSite = { dist: DIST, ...deploymentFrom(process.env) };
const home = new URL(built.base, built.site).href;
const briefingUrl = new URL(`briefings/${SLUG}/`, home).href;
const quoteUrl = (id: string) => new URL(`briefings/${SLUG}/quotes/${id}/`, home).href;
const pages = filesIn(DIST, '.html');

interface Actor {
  id: string;
  kind: string;
  name: { ar: string; en: string };
  wikidata?: string;
}
interface QuoteData {
  id: string;
  speaker: string;
  exact: string;
}
const actors = new Map<string, Actor>(
  (analysis.actors as Actor[]).map((actor) => [actor.id, actor]),
);
const quotes = analysis.quotes as QuoteData[];

type Json = Record<string, any>;

function page(file: string): Root {
  return fromHtml(readFileSync(`${DIST}${file}`, 'utf8'));
}

function meta(tree: Root, key: string): string | undefined {
  const element = select(`meta[property="${key}"], meta[name="${key}"]`, tree);
  return element ? String(element.properties.content) : undefined;
}

function jsonLd(file: string): Json[] {
  return selectAll('script[type="application/ld+json"]', page(file)).map(
    (script) => JSON.parse(toString(script)) as Json,
  );
}

/** The dist/ file an absolute URL of the site is, checked to exist. */
function fileOf(url: string): string {
  expect(linkProblem(url, home, built)).toBeUndefined();
  const path = decodeURIComponent(new URL(url).pathname).slice(built.base.length);
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}

describe('every page: canonical URL, Open Graph, feeds, favicon', () => {
  test('the pages are there: home, the briefing, one per quote, 404', () => {
    expect(pages).toEqual(
      expect.arrayContaining([
        'index.html',
        '404.html',
        `briefings/${SLUG}/index.html`,
        ...quotes.map(({ id }) => `briefings/${SLUG}/quotes/${id}/index.html`),
      ]),
    );
  });

  test.each(pages)('%s', (file) => {
    const tree = page(file);
    const canonical = select('link[rel="canonical"]', tree)?.properties.href;
    expect(canonical).toBe(urlOf(file, built));
    expect(meta(tree, 'og:url')).toBe(canonical);
    expect(meta(tree, 'og:title')).toBeTruthy();
    expect(meta(tree, 'og:description')).toBeTruthy();
    expect(meta(tree, 'og:locale')).toBe('ar_AR');
    expect(meta(tree, 'og:site_name')).toBe(SITE.name);
    expect(meta(tree, 'og:type')).toBe(file.startsWith('briefings/') ? 'article' : 'website');
    expect(meta(tree, 'og:image:alt')).toBeTruthy();
    expect(meta(tree, 'twitter:card')).toBe('summary_large_image');
    const image = meta(tree, 'og:image') ?? '';
    expect(pngSize(readFileSync(`${DIST}${fileOf(image)}`))).toEqual({ width: 1200, height: 630 });
    const feeds = selectAll('link[rel="alternate"][type="application/rss+xml"]', tree).map(
      (link) => new URL(String(link.properties.href), home).href,
    );
    expect(feeds).toEqual([new URL('rss.xml', home).href, new URL('quotes.xml', home).href]);
    const icon = select('link[rel="icon"]', tree);
    expect(icon?.properties.type).toBe('image/svg+xml');
    expect(existsSync(`${DIST}${fileOf(new URL(String(icon?.properties.href), home).href)}`)).toBe(
      true,
    );
  });

  test('a briefing and each quote have an image of their own', () => {
    const images = [
      `briefings/${SLUG}/index.html`,
      ...quotes.map(({ id }) => `briefings/${SLUG}/quotes/${id}/index.html`),
    ].map((file) => meta(page(file), 'og:image'));
    expect(new Set(images).size).toBe(images.length);
    expect(images).not.toContain(new URL('og.png', home).href);
  });

  test('the header and the footer link to both feeds', () => {
    const tree = page('index.html');
    expect(select('.site-header nav a[href$="rss.xml"]', tree)).toBeDefined();
    expect(
      selectAll('.site-footer a[type="application/rss+xml"]', tree).map((link) =>
        String(link.properties.href),
      ),
    ).toEqual([new URL('rss.xml', home).pathname, new URL('quotes.xml', home).pathname]);
  });

  test('the favicon is an SVG', () => {
    const svg = readFileSync(`${DIST}favicon.svg`, 'utf8');
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  });
});

describe('the briefing page’s JSON-LD', () => {
  const data = jsonLd(`briefings/${SLUG}/index.html`);
  const article = data.find((node) => node['@type'] === 'NewsArticle') ?? {};
  const tree = page(`briefings/${SLUG}/index.html`);

  test('one NewsArticle, serialized with < escaped', () => {
    expect(data).toHaveLength(1);
    expect(article['@context']).toBe('https://schema.org');
    const raw = toString(select('script[type="application/ld+json"]', tree) as Element);
    expect(raw).not.toContain('<');
  });

  test('headline, language, dates, page and image', () => {
    expect(article.headline).toBe(analysis.title);
    expect(article.description).toBe(analysis.summary);
    expect(article.inLanguage).toBe('ar');
    expect(article.datePublished).toBe(
      analysis.published instanceof Date
        ? analysis.published.toISOString().slice(0, 10)
        : String(analysis.published),
    );
    expect(article.dateModified).toBe(article.datePublished);
    expect(article.url).toBe(briefingUrl);
    expect(article.mainEntityOfPage['@id']).toBe(briefingUrl);
    expect(article.image.url).toBe(meta(tree, 'og:image'));
  });

  test('the site is publisher and author, with a name and a PNG logo', () => {
    for (const organization of [article.publisher, article.author]) {
      expect(organization['@type']).toBe('Organization');
      expect(organization.name).toBe(SITE.name);
      expect(organization.url).toBe(home);
      expect(pngSize(readFileSync(`${DIST}${fileOf(organization.logo.url)}`))).toEqual({
        width: 512,
        height: 512,
      });
    }
  });

  test('isBasedOn: the source article, its inferred date said in words and not claimed as datePublished', () => {
    const source = article.isBasedOn;
    expect(source['@type']).toBe('NewsArticle');
    expect(source.headline).toBe(analysis.title);
    expect(analysis.source.published.basis).toBe('inferred');
    expect(source).not.toHaveProperty('datePublished');
    expect(source).not.toHaveProperty('publisher');
    expect(source.description).toContain(UI.inferred);
    expect(source.description).toContain('25 يوليو 2021');
    expect(source.description).toContain('26 يوليو 2021');
  });

  test('mentions: every actor, typed by kind, with sameAs Wikidata where known', () => {
    const types: Record<string, string> = {
      person: 'Person',
      organization: 'Organization',
      state: 'Country',
      group: 'Organization',
      media: 'NewsMediaOrganization',
    };
    expect(article.mentions).toHaveLength(actors.size);
    for (const actor of actors.values()) {
      const thing = (article.mentions as Json[]).find(
        (candidate) => candidate.name === actor.name.ar,
      );
      expect(thing?.['@type'], actor.id).toBe(types[actor.kind]);
      expect(thing?.sameAs, actor.id).toBe(
        actor.wikidata ? `https://www.wikidata.org/wiki/${actor.wikidata}` : undefined,
      );
    }
  });

  test('every quote is a Quotation, part of the article, with who said it and its page', () => {
    expect(article.hasPart).toHaveLength(quotes.length);
    for (const quote of quotes) {
      const quotation = (article.hasPart as Json[]).find(
        (candidate) => candidate.url === quoteUrl(quote.id),
      );
      expect(quotation?.['@type'], quote.id).toBe('Quotation');
      expect(quotation?.text).toBe(quote.exact);
      expect(quotation?.isPartOf['@id']).toBe(article['@id']);
      const speaker = actors.get(quote.speaker);
      const who = quotation?.creator;
      expect(who?.name, quote.id).toBe(speaker?.name.ar);
      expect(who?.['@type']).toBe(speaker?.kind === 'person' ? 'Person' : 'Organization');
      expect(who?.['@id'], quote.id).toBe(`${new URL(quotation?.isPartOf.url).href}#actors-${quote.speaker}`);
      if (speaker?.kind === 'person') expect(quotation?.spokenByCharacter).toEqual(who);
      fileOf(quotation?.url);
    }
  });

  test('it passes structured-data-testing-tool’s Google NewsArticle preset', async () => {
    const require = createRequire(import.meta.url);
    const { structuredDataTest } = require('structured-data-testing-tool');
    const { Google } = require('structured-data-testing-tool/presets');
    const result = await structuredDataTest(readFileSync(`${DIST}briefings/${SLUG}/index.html`), {
      presets: [Google],
      schemas: ['NewsArticle'],
    }).catch((error: { res?: unknown }) => error.res ?? error);
    expect(
      result.failed.map(
        (failure: { test: string; error?: { message: string } }) =>
          `${failure.test}: ${failure.error?.message}`,
      ),
    ).toEqual([]);
    expect(result.passed.length).toBeGreaterThanOrEqual(12);
  });
});

describe('the quote pages', () => {
  test.each(quotes)('$id', ({ id, speaker, exact }) => {
    const file = `briefings/${SLUG}/quotes/${id}/index.html`;
    const tree = page(file);
    const name = actors.get(speaker)?.name.ar ?? '';
    expect(meta(tree, 'og:title')).toBe(`${name}: ${exact}`);
    expect(meta(tree, 'og:image')).toBe(new URL('og.png', quoteUrl(id)).href);
    expect(toString(select('blockquote', tree) as Element).trim()).toBe(exact);

    // The paragraph around the quote is the article's, with the quote marked in it.
    const context = select('.quote-page-context p', tree) as Element;
    expect(fixtureParagraphs()).toContain(toString(context));
    expect(toString(select('mark', context) as Element)).toBe(exact);

    const back = select(`a[href$="#quote-${id}"]`, tree);
    expect(linkProblem(String(back?.properties.href), quoteUrl(id), built)).toBeUndefined();

    const [quotation, ...others] = jsonLd(file);
    expect(others).toEqual([]);
    expect(quotation?.['@type']).toBe('Quotation');
    expect(quotation?.text).toBe(exact);
    expect(quotation?.url).toBe(quoteUrl(id));
    expect(quotation?.isPartOf.url).toBe(briefingUrl);
    expect(quotation?.image.url).toBe(meta(tree, 'og:image'));
    expect((quotation?.spokenByCharacter ?? quotation?.creator)?.name).toBe(name);
  });

  test('each quote card on the briefing page links to its quote page, next to its permalink and text-fragment links', () => {
    const tree = page(`briefings/${SLUG}/index.html`);
    for (const { id } of quotes) {
      const card = select(`[data-quote="${id}"]`, tree) as Element;
      expect(selectAll(`a.permalink[href="#quote-${id}"]`, card)).toHaveLength(1);
      expect(selectAll('a.text-fragment', card)).toHaveLength(1);
      const link = select('a.quote-page', card);
      expect(new URL(String(link?.properties.href), home).href).toBe(quoteUrl(id));
    }
  });
});

describe('crawlers and strays', () => {
  test('robots.txt points at the sitemap, which exists and lists the pages (not 404)', () => {
    const robots = readFileSync(`${DIST}robots.txt`, 'utf8');
    const sitemap = new URL('sitemap-index.xml', home).href;
    expect(robots).toContain(`Sitemap: ${sitemap}\n`);
    const index = readFileSync(`${DIST}${fileOf(sitemap)}`, 'utf8');
    const parts = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1] ?? '');
    const listed = parts.flatMap((part) =>
      [...readFileSync(`${DIST}${fileOf(part)}`, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
        (match) => match[1],
      ),
    );
    expect(listed.toSorted()).toEqual(
      pages
        .filter((file) => file !== '404.html')
        .map((file) => urlOf(file, built))
        .toSorted(),
    );
  });

  test('404.html is Arabic, not indexed, and leads home', () => {
    const tree = page('404.html');
    expect(select('html', tree)?.properties.lang).toBe('ar');
    expect(toString(select('h1', tree) as Element)).toBe(UI.notFoundTitle);
    expect(meta(tree, 'robots')).toBe('noindex');
    expect(select(`main a[href="${built.base}"]`, tree)).toBeDefined();
  });
});
