import { describe, expect, test } from 'vitest';
import { absoluteLinks } from '../../src/lib/absolute-links';

const PAGE = 'https://example.org/mowjaz/briefings/x/';

describe('absoluteLinks: every link of a fragment of HTML resolved against the page it comes from', () => {
  test.each([
    {
      title: 'a fragment',
      html: '<a href="#event-a">الاثنين</a>',
      expected: '<a href="https://example.org/mowjaz/briefings/x/#event-a">الاثنين</a>',
    },
    {
      title: 'a root path',
      html: '<a href="/mowjaz/">موجز</a>',
      expected: '<a href="https://example.org/mowjaz/">موجز</a>',
    },
    {
      title: 'a relative path',
      html: '<img src="photo.png" alt="صورة">',
      expected: '<img src="https://example.org/mowjaz/briefings/x/photo.png" alt="صورة">',
    },
    {
      title: 'a parent path',
      html: '<a href="../y/#p-2">ف</a>',
      expected: '<a href="https://example.org/mowjaz/briefings/y/#p-2">ف</a>',
    },
    {
      title: 'a cite',
      html: '<q cite="#quote-a">ق</q>',
      expected: '<q cite="https://example.org/mowjaz/briefings/x/#quote-a">ق</q>',
    },
    {
      title: 'single quotes and no quotes',
      html: "<a href='#a' title=x>1</a><a href=#b>2</a>",
      expected:
        '<a href="https://example.org/mowjaz/briefings/x/#a" title=x>1</a><a href="https://example.org/mowjaz/briefings/x/#b">2</a>',
    },
    {
      title: 'an entity in the value, decoded then encoded again',
      html: '<a href="?a=1&#x26;b=2">س</a>',
      expected: '<a href="https://example.org/mowjaz/briefings/x/?a=1&amp;b=2">س</a>',
    },
    {
      title: 'a text directive',
      html: '<a href="#quote-a:~:text=%D8%A7">ت</a>',
      expected: '<a href="https://example.org/mowjaz/briefings/x/#quote-a:~:text=%D8%A7">ت</a>',
    },
  ])('$title', ({ html, expected }) => {
    expect(absoluteLinks(html, PAGE)).toBe(expected);
  });

  test.each([
    [
      'an absolute URL, kept exactly as written',
      '<a href="https://shafaq.com/en/Iraq-News/a?x=1&amp;y=2">شفق</a>',
    ],
    ['a mailto: link', '<a href="mailto:desk@example.org">بريد</a>'],
    [
      'other attributes, even with a URL-like name in them',
      '<span data-href="#x" class="href">نص</span>',
    ],
    ['text that looks like an attribute', '<p>كتب href="#x" في النص</p>'],
    ['an attribute value that holds one', `<abbr title='a href="#x"'>ا</abbr>`],
    [
      'Arabic text and ids around the links',
      '<p id="p-1">يلتقى <span id="actor-a" class="actor">جو بايدن</span></p>',
    ],
  ])('%s: unchanged', (_, html) => {
    expect(absoluteLinks(html, PAGE)).toBe(html);
  });
});
