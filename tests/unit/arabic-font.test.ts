import { describe, expect, test } from 'vitest';
import {
  arabicFont,
  type ArabicFontWeight,
  BASE_CHARACTERS,
  characterSet,
  decodeCodeEscapes,
  FONT_FAMILY,
  fontFaceCss,
  headLength,
  htmlHeadTags,
  insertIntoHead,
  shortHash,
  shownTexts,
  underBase,
  xslHeadTags,
} from '../../src/integrations/arabic-font';

/** The characters of `text`, for comparing sets of characters. */
const characters = (text: string) => new Set(text);

describe('shownTexts', () => {
  test.each([
    { file: 'index.html', input: '<p>قال &laquo;نعم&raquo; &#x0627;&amp;</p>', shows: '«ا&', hides: '' },
    { file: 'index.html', input: '<img alt="صورة الرئيس"><input placeholder="ابحث">', shows: 'صثح', hides: '' },
    { file: 'index.html', input: '<!-- ڤ --><p>ب</p>', shows: 'ب', hides: 'ڤ' },
    { file: 'index.html', input: '<script>alert("\\u0646\\u0633\\u062e")</script>', shows: 'نسخ', hides: '' },
    { file: 'index.html', input: '<style>q::before{content:"\\00AB"}</style>', shows: '«', hides: '' },
    { file: 'rss.xml', input: '<description><![CDATA[<p>خبر &amp; ثم</p>]]></description>', shows: 'خبثم&', hides: '' },
    { file: 'rss.xml', input: '<description>&lt;p&gt;ظل &amp;#1594;&lt;/p&gt;</description>', shows: 'ظلغ', hides: '' },
    { file: 'rss.xml', input: '<!-- ڤ --><description><![CDATA[<p>خبر &laquo;</p>]]>&lt;p&gt;ظل &amp;#1594;&lt;/p&gt;</description>', shows: 'خبر«ظلغ', hides: 'ڤ' },
    { file: 'feed.xsl', input: '<xsl:template match="/"><h1>اشترك</h1></xsl:template>', shows: 'اشترك', hides: '' },
    { file: 'a.css', input: '.x::after{content:"\\061F"}', shows: '؟', hides: '' },
    { file: 'b.js', input: 'const label="\\u{645}\\u0648\\x41"', shows: 'موA', hides: '' },
  ])('$file: $input shows $shows', ({ file, input, shows, hides }) => {
    const text = characters(shownTexts(file, input).join(''));
    for (const character of shows) expect(text.has(character), character).toBe(true);
    for (const character of hides) expect(text.has(character), character).toBe(false);
  });
});

describe('decodeCodeEscapes', () => {
  test.each([
    ['\\u0627', 'ا'],
    ['\\u{1F600}', '😀'],
    ['\\0627 ب', 'اب'],
    ['\\ffffff', '\\ffffff'],
    ['\\ud800', '\\ud800'],
    ['plain', 'plain'],
  ])('%s → %s', (input, expected) => {
    expect(decodeCodeEscapes(input)).toBe(expected);
  });
});

describe('insertIntoHead', () => {
  const tags = '<link rel="stylesheet" href="/fonts/f.css">';
  test.each([
    {
      title: 'before the first stylesheet',
      input: '<html><head><title>t</title><link rel="stylesheet" href="/a.css"></head></html>',
      expected: `<html><head><title>t</title>${tags}<link rel="stylesheet" href="/a.css"></head></html>`,
    },
    {
      title: 'before the first <style>',
      input: '<head><meta charset="utf-8"><style>p{}</style></head>',
      expected: `<head><meta charset="utf-8">${tags}<style>p{}</style></head>`,
    },
    {
      title: 'after a CSP meta, even when a stylesheet comes before it',
      input: '<head><link rel=stylesheet href=/a.css><meta http-equiv="content-security-policy" content="x"><style>p{}</style></head>',
      expected: `<head><link rel=stylesheet href=/a.css><meta http-equiv="content-security-policy" content="x">${tags}<style>p{}</style></head>`,
    },
    {
      title: 'at the end of a head without stylesheets',
      input: '<head lang="ar"><title>t</title></head><body><style>p{}</style></body>',
      expected: `<head lang="ar"><title>t</title>${tags}</head><body><style>p{}</style></body>`,
    },
    { title: 'nowhere without a head', input: '<p>no head</p>', expected: undefined },
  ])('$title', ({ input, expected }) => {
    expect(insertIntoHead(input, tags)).toBe(expected);
  });
});

describe('headLength', () => {
  test.each([
    { title: 'Arabic in the head: an offset in bytes, not in characters', head: '<html><head><title>موجز «خبر»</title></head  >', rest: '<body><p>نص</p></head></body></html>' },
    { title: 'an end tag in capitals', head: '<HTML><HEAD><TITLE>t</TITLE></HEAD>', rest: '<BODY></BODY></HTML>' },
  ])('$title', ({ head, rest }) => {
    const bytes = Buffer.from(head + rest);
    const length = headLength(bytes);
    expect(length).toBe(Buffer.byteLength(head));
    expect(bytes.toString('utf8', 0, length)).toBe(head);
  });

  test('undefined without a head', () => {
    expect(headLength(Buffer.from('<p>لا رأس</p>'))).toBeUndefined();
  });
});

describe('URLs and the stylesheet', () => {
  test.each([
    ['/', 'fonts/a.woff2', '/fonts/a.woff2'],
    ['/mowjaz', 'fonts/a.woff2', '/mowjaz/fonts/a.woff2'],
    ['/mowjaz/', 'fonts/a.woff2', '/mowjaz/fonts/a.woff2'],
  ])('base %s, %s → %s', (base, path, expected) => {
    expect(underBase(base, path)).toBe(expected);
  });

  test('one @font-face per weight, swap, no weight range, and the synthesis rule', () => {
    const css = fontFaceCss([
      { weight: 400, url: '/m/fonts/r.woff2' },
      { weight: 700, url: '/m/fonts/b.woff2' },
    ]);
    expect(css.match(/@font-face/g)).toHaveLength(2);
    expect(css).toContain(`font-family:'${FONT_FAMILY}';font-style:normal;font-weight:400;font-display:swap;src:url("/m/fonts/r.woff2") format('woff2')`);
    expect(css).toContain('font-weight:700;font-display:swap;src:url("/m/fonts/b.woff2")');
    expect(css).toContain(':where(:root){font-synthesis:weight}');
  });

  test('a page gets the preload first, with crossorigin, then the rules inline; without a regular face no preload', () => {
    expect(htmlHeadTags('@font-face{}', '/r.woff2')).toBe('<link rel="preload" href="/r.woff2" as="font" type="font/woff2" crossorigin><style>@font-face{}</style>');
    expect(htmlHeadTags('@font-face{}', undefined)).toBe('<style>@font-face{}</style>');
  });

  test('an XSL stylesheet gets the preload and a link to the rules, as well-formed XML', () => {
    expect(xslHeadTags('/f.css', '/r.woff2')).toBe(
      '<link rel="preload" href="/r.woff2" as="font" type="font/woff2" crossorigin="anonymous"/><link rel="stylesheet" href="/f.css"/>',
    );
    expect(xslHeadTags('/f.css', undefined)).toBe('<link rel="stylesheet" href="/f.css"/>');
  });
});

describe('the character set', () => {
  test('the base set has every letter of Arabic, the Latin digits, «»،؛؟ and the no-break space; no Arabic-Indic digit unless shown', () => {
    const base = characters(BASE_CHARACTERS);
    for (const letter of 'ءآأؤإئابةتثجحخدذرزسشصضطظعغـفقكلمنهوىي') expect(base.has(letter), letter).toBe(true);
    for (const character of '0123456789«»،؛؟-.:()\u00a0 ') expect(base.has(character), character).toBe(true);
    for (const character of '٠١٢٣٤٥٦٧٨٩٪٫٬ػؼؽؾؿ') expect(base.has(character), character).toBe(false);
  });

  test('distinct characters are sorted by code point, so the subset and its hash are stable', () => {
    const set = characterSet();
    set.add('بابa😀');
    set.add('ا😀b');
    expect(set.characters()).toBe('abاب😀');
    expect(shortHash('x')).toMatch(/^[0-9a-f]{8}$/);
  });
});

describe('arabicFont()', () => {
  test.each([[[]], [[300]]])('refuses weights %j, and says how to fix it', (weights) => {
    expect(() => arabicFont({ weights: weights as ArabicFontWeight[] })).toThrow(/List at least one of 400, 500, 600, 700/);
  });
});
