import { describe, expect, test } from 'vitest';
import {
  absoluteUrl,
  actorPath,
  actorsPath,
  briefingAnchorPath,
  briefingPath,
  filePath,
  homePath,
  indexPagePath,
  ogImagePath,
  pagedPath,
  quoteAnchorPath,
  quotePath,
  quotesPath,
  searchPath,
  searchScriptPath,
  servedPath,
  wikidataUrl,
} from '../../src/lib/urls';

describe.each([
  {
    base: '/',
    home: '/',
    briefing: '/briefings/b/',
    quote: '/briefings/b/quotes/q/',
    feed: '/rss.xml',
  },
  {
    base: '/mowjaz/',
    home: '/mowjaz/',
    briefing: '/mowjaz/briefings/b/',
    quote: '/mowjaz/briefings/b/quotes/q/',
    feed: '/mowjaz/rss.xml',
  },
  {
    base: '/mowjaz',
    home: '/mowjaz/',
    briefing: '/mowjaz/briefings/b/',
    quote: '/mowjaz/briefings/b/quotes/q/',
    feed: '/mowjaz/rss.xml',
  },
  {
    base: '/a/b/',
    home: '/a/b/',
    briefing: '/a/b/briefings/b/',
    quote: '/a/b/briefings/b/quotes/q/',
    feed: '/a/b/rss.xml',
  },
])('paths under the base $base', ({ base, home, briefing, quote, feed }) => {
  test('pages end with a slash, files do not', () => {
    expect(homePath(base)).toBe(home);
    expect(briefingPath('b', base)).toBe(briefing);
    expect(quotePath('b', 'q', base)).toBe(quote);
    expect(filePath('rss.xml', base)).toBe(feed);
  });

  test('the index’s pages: the first is the home page, the others under page/', () => {
    expect(indexPagePath(1, base)).toBe(home);
    expect(indexPagePath(2, base)).toBe(`${home}page/2/`);
    expect(indexPagePath(13, base)).toBe(`${home}page/13/`);
  });

  test('the pages that gather across briefings: every quote, every actor, one actor', () => {
    expect(quotesPath(base)).toBe(`${home}quotes/`);
    expect(actorsPath(base)).toBe(`${home}actors/`);
    expect(actorPath('joe-biden', base)).toBe(`${home}actors/joe-biden/`);
  });

  test('a list’s later pages sit under page/ in the list’s own path; its first has the list’s URL', () => {
    expect(pagedPath(quotesPath(base), 1)).toBe(`${home}quotes/`);
    expect(pagedPath(quotesPath(base), 2)).toBe(`${home}quotes/page/2/`);
    expect(pagedPath(actorPath('joe-biden', base), 3)).toBe(`${home}actors/joe-biden/page/3/`);
  });

  test('the search page, Pagefind’s script, and the path a built file is served at', () => {
    expect(searchPath(base)).toBe(`${home}search/`);
    expect(searchScriptPath(base)).toBe(`${home}pagefind/pagefind.js`);
    expect(servedPath('index.html', base)).toBe(home);
    expect(servedPath('briefings/b/quotes/q/index.html', base)).toBe(quote);
    expect(servedPath('404.html', base)).toBe(`${home}404.html`);
  });

  test('an anchor of a briefing, linked from another page', () => {
    expect(briefingAnchorPath('b', 'actor-x--2', base)).toBe(`${briefing}#actor-x--2`);
  });

  test('a quote in its briefing, and a page’s preview image in its folder', () => {
    expect(quoteAnchorPath('b', 'q', base)).toBe(`${briefing}#quote-q`);
    expect(ogImagePath(quote)).toBe(`${quote}og.png`);
    expect(ogImagePath(home)).toBe(`${home}og.png`);
  });
});

test('a Wikidata item’s page', () => {
  expect(wikidataUrl('Q6279')).toBe('https://www.wikidata.org/wiki/Q6279');
});

describe('absoluteUrl', () => {
  test.each([
    ['/mowjaz/briefings/b/', 'https://example.org', 'https://example.org/mowjaz/briefings/b/'],
    ['/', 'http://localhost:4321', 'http://localhost:4321/'],
    ['/rss.xml', 'https://example.org/', 'https://example.org/rss.xml'],
  ])('%s on %s → %s', (path, site, expected) => {
    expect(absoluteUrl(path, site)).toBe(expected);
  });

  test('without a site it says how to set one', () => {
    expect(() => absoluteUrl('/', '')).toThrow(/set SITE_URL/);
  });
});
