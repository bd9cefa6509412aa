import { describe, expect, test } from 'vitest';
import { channelOptions, feedHtml } from '../../src/lib/feeds';

describe('feeds', () => {
  test('the channel is Arabic and names its own address, escaped for XML', () => {
    const options = channelOptions({
      title: 'ت',
      description: 'و',
      home: 'https://example.org/',
      self: 'https://example.org/rss.xml?a=1&b=2',
      stylesheet: '/rss.xsl',
    });
    expect(options.customData).toBe(
      '<language>ar</language><atom:link href="https://example.org/rss.xml?a=1&amp;b=2" rel="self" type="application/rss+xml"/>',
    );
    expect(options.xmlns).toEqual({ atom: 'http://www.w3.org/2005/Atom' });
    expect(options.stylesheet).toBe('/rss.xsl');
  });

  test('item HTML is wrapped right to left, its links absolute', () => {
    expect(feedHtml('<p><a href="#x">ا</a></p>', 'https://example.org/b/')).toBe(
      '<div dir="rtl" lang="ar"><p><a href="https://example.org/b/#x">ا</a></p></div>',
    );
  });
});
