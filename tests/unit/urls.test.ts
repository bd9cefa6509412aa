import { describe, expect, test } from 'vitest';
import {
  absoluteUrl,
  briefingPath,
  filePath,
  homePath,
  ogImagePath,
  quoteAnchorPath,
  quotePath,
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

  test('a quote in its briefing, and a page’s preview image in its folder', () => {
    expect(quoteAnchorPath('b', 'q', base)).toBe(`${briefing}#quote-q`);
    expect(ogImagePath(quote)).toBe(`${quote}og.png`);
    expect(ogImagePath(home)).toBe(`${home}og.png`);
  });
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
