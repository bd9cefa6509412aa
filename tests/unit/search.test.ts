import { describe, expect, test } from 'vitest';
import { DEFAULT_EXCLUDE, foldedBlocks, indexedPage, indexedText, pagefindInput, searchIndex, unindexed, weightedText } from '../../src/integrations/search-index';
import { excerptOf, FOLDED_ANCHOR, folded, foldedVariants } from '../../src/lib/search';

describe('folded', () => {
  test.each([
    { input: 'الأمريكية', expected: 'الامريكيه' },
    { input: 'إلى', expected: 'الي' },
    { input: 'آخر', expected: 'اخر' },
    { input: 'ٱلله', expected: 'الله' },
    { input: 'الكاظمى', expected: 'الكاظمي' },
    { input: 'فُؤاد', expected: 'فؤاد' },
    { input: 'عدديـاً', expected: 'عدديا' },
    { input: 'مسئولين ؤ ئ', expected: 'مسئولين ؤ ئ' },
    { input: 'Biden 2500', expected: 'Biden 2500' },
  ])('$input → $expected', ({ input, expected }) => {
    expect(folded(input)).toBe(expected);
  });
});

describe('foldedVariants', () => {
  test.each([
    { title: 'the changed words, folded', text: 'يلتقى الرئيس الأمريكى جو بايدن', expected: ['يلتقي', 'الامريكي'] },
    { title: 'each once, in order of first appearance', text: 'القوة ثم القوة ثم الأمن', expected: ['القوه', 'الامن'] },
    { title: 'punctuation is not part of a word', text: '«حقاً،، بل» (الإدارة)', expected: ['حقا', 'الاداره'] },
    { title: 'none when folding changes nothing', text: 'واشنطن بغداد 2500 Pentagon', expected: [] },
    { title: 'a word of diacritics alone leaves nothing', text: 'ـ ً', expected: [] },
  ])('$title', ({ text, expected }) => {
    expect(foldedVariants(text)).toEqual(expected);
  });
});

describe('excerptOf', () => {
  // Ten words of a page, then its folded variants (from word 10 on), as Pagefind's `content` holds them.
  const page = 'وقال المسؤول: «إنه توضيح وظيفي لما ستفعله القوة بما يتفق.';
  const content = `${page} القوه انه`;
  const words = (excerpt: ReturnType<typeof excerptOf>): string => excerpt.words.map(({ text, match }) => (match ? `[${text}]` : text)).join(' ');

  test('a match in the page is marked where it is', () => {
    expect(words(excerptOf(content, [7], 10, 30))).toBe('وقال المسؤول: «إنه توضيح وظيفي لما ستفعله [القوة] بما يتفق.');
  });

  test('a match among the variants marks the page’s words that fold to it, in the page’s spelling', () => {
    const excerpt = excerptOf(content, [10], 10, 30);
    expect(words(excerpt)).toBe('وقال المسؤول: «إنه توضيح وظيفي لما ستفعله [القوة] بما يتفق.');
    expect(excerpt.words.map(({ text }) => text)).not.toContain('القوه');
  });

  test('punctuation stuck to a word does not stop it matching', () => {
    expect(words(excerptOf(content, [11], 10, 30))).toBe('وقال المسؤول: [«إنه] توضيح وظيفي لما ستفعله القوة بما يتفق.');
  });

  test('the variants are never shown, whatever the length', () => {
    expect(excerptOf(content, [9], 10, 30).words).toHaveLength(10);
  });

  test('a page without variants is all page', () => {
    expect(excerptOf(page, [7], undefined, 30).words).toHaveLength(10);
  });

  test.each([
    { title: 'the window starts a third of its length before the first match', locations: [7], length: 3, expected: 'ستفعله [القوة] بما', before: true, after: true },
    { title: 'and stops at the end of the page', locations: [9], length: 3, expected: 'القوة بما [يتفق.]', before: true, after: false },
    { title: 'and at its start', locations: [0], length: 3, expected: '[وقال] المسؤول: «إنه', before: false, after: true },
    { title: 'with no match it is the start of the page', locations: [], length: 3, expected: 'وقال المسؤول: «إنه', before: false, after: true },
  ])('$title', ({ locations, length, expected, before, after }) => {
    const excerpt = excerptOf(content, locations, 10, length);
    expect(words(excerpt)).toBe(expected);
    expect({ before: excerpt.before, after: excerpt.after }).toEqual({ before, after });
  });
});

describe('indexedText', () => {
  test('the text of the data-pagefind-body elements, less what is ignored or excluded', () => {
    const html = `<html><body><header>الرأس</header><article data-pagefind-body><h1>العنوان</h1><dl><dt>المصدر</dt><dd>النص</dd></dl>
      <p class="mentions">الفقرة 2</p><div data-pagefind-ignore>مخفي</div><script>const x = "سكربت";</script></article>
      <article data-pagefind-body><p>الثاني</p></article><footer>الذيل</footer></body></html>`;
    const text = indexedText(html, unindexed(DEFAULT_EXCLUDE)) ?? '';
    expect(text.split(/\s+/).filter(Boolean)).toEqual(['العنوان', 'المصدر', 'النص', 'الثاني']);
  });

  test('excludes by tag, class, id and attribute, alone or joined', () => {
    const html = `<body><main data-pagefind-body><p class="note x">أ</p><p class="x">ب</p><span class="note">ج</span><b id="b">د</b><i data-x>ه</i><aside>و</aside>ز</main></body>`;
    expect(indexedText(html, unindexed(['p.note', '#b', '[data-x]', 'aside']))?.split(/\s+/).filter(Boolean)).toEqual(['ب', 'ج', 'ز']);
  });

  test('a selector it cannot match is refused when the site is configured, saying what it takes', () => {
    expect(() => searchIndex({ exclude: ['.mentions', 'nav a'] })).toThrow('`exclude` has "nav a", which this index cannot match. Use a tag (aside), a class (.mentions)');
  });

  test('undefined for a page without data-pagefind-body', () => {
    expect(indexedText('<html><body><main><p>نص</p></main></body></html>')).toBeUndefined();
  });
});

describe('weightedText and foldedBlocks', () => {
  const html = '<body><article data-pagefind-body><h1>القوة</h1><section data-pagefind-weight="0.1"><p>القوة مصطفى</p><p data-pagefind-weight="2">أمن</p></section><p>فؤاد</p></article></body>';

  test('text by the weight of the nearest data-pagefind-weight around it, 1 without one', () => {
    expect(weightedText(html)).toEqual(new Map([[1, 'القوة فؤاد'], [0.1, 'القوة مصطفى'], [2, 'أمن']]));
    expect(indexedText(html)?.split(' ').sort()).toEqual(['أمن', 'القوة', 'القوة', 'فؤاد', 'مصطفى'].sort());
  });

  test('each variant once, in the heaviest block whose text has it', () => {
    expect(foldedBlocks(weightedText(html) ?? new Map())).toEqual([
      { weight: 2, variants: ['امن'] },
      { weight: 1, variants: ['القوه'] },
      { weight: 0.1, variants: ['مصطفي'] },
    ]);
  });
});

describe('pagefindInput', () => {
  test('the variants go in a hidden, indexed block at the end of <body>, marked by the anchor', () => {
    expect(pagefindInput('<body><article data-pagefind-body><p>القوة</p></article></body>', [], [{ weight: 1, variants: ['القوه'] }])).toBe(
      `<body><article data-pagefind-body><p>القوة</p></article><div hidden data-pagefind-body><p id="${FOLDED_ANCHOR}">القوه</p></div></body>`,
    );
  });

  test('no block when there are no variants', () => {
    expect(pagefindInput('<body><p>واشنطن</p></body>', [], [])).toBe('<body><p>واشنطن</p></body>');
  });

  test('variants of text of another weight go in a block of that weight, after the anchored one', () => {
    expect(pagefindInput('<body><p>نص</p></body>', [], [{ weight: 1, variants: ['القوه'] }, { weight: 0.1, variants: ['مصطفي'] }])).toBe(
      `<body><p>نص</p><div hidden data-pagefind-body><p id="${FOLDED_ANCHOR}">القوه</p></div><div hidden data-pagefind-body data-pagefind-weight="0.1"><p>مصطفي</p></div></body>`,
    );
  });

  test.each([
    { title: 'a space between an element and the next', input: '<dt>المصدر</dt><dd>النص</dd>', expected: '<dt>المصدر</dt> <dd>النص</dd>' },
    { title: 'between inline elements too', input: '<span>أمريكي</span><span class="tag">كلام</span>', expected: '<span>أمريكي</span> <span class="tag">كلام</span>' },
    { title: 'no space inside a word: the tags of an element in a word are left out', input: 'ال<b>قوة</b>ال<i>أمن</i>', expected: 'القوةالأمن' },
    {
      title: 'a prefix before a span, a suffix after one: the text stays, the element goes',
      input: '<p>و<span id="a" class="actor">التحالف</span> <span>قوة</span>ها و<q>نعم</q></p>',
      expected: '<p>والتحالف قوةها ونعم</p>',
    },
    { title: 'an element between words keeps its tags', input: '<p>قال <span id="a">بايدن</span> إن</p>', expected: '<p>قال <span id="a">بايدن</span> إن</p>' },
    { title: 'nested: only the element in the word goes', input: '<p><q>قال و<span>هو</span></q></p>', expected: '<p><q>قال وهو</q></p>' },
    { title: 'not between an element and the end of its parent', input: '<p><q>نعم</q></p>', expected: '<p><q>نعم</q></p>' },
    {
      title: 'no scripts or styles, whatever their attributes: a space in their place',
      input: '<head><style>q{quotes:"«" "»"}</style><script type="application/ld+json">{"headline":"خبر"}</script></head><p>نص<SCRIPT src="/a.js"></SCRIPT></p>',
      expected: '<head>  </head> <p>نص </p>',
    },
    {
      title: 'nothing Pagefind ignores, or is told to exclude: a space in their place',
      input: '<main data-pagefind-body><p>قال<span data-pagefind-ignore>مخفي<b>جدا</b></span>بايدن</p><p class="mentions">الفقرة 2</p><img data-pagefind-ignore src="a.png" alt="صورة"></main>',
      expected: '<main data-pagefind-body><p>قال بايدن</p>  </main>',
    },
    {
      title: 'an ignored element left open ends where its parent does, the parent’s end tag kept',
      input: '<div data-pagefind-body><p>أ<span data-pagefind-ignore>ب</div><p>ج</p>',
      expected: '<div data-pagefind-body><p>أ </div> <p>ج</p>',
    },
  ])('$title', ({ input, expected }) => {
    expect(pagefindInput(input, indexedPage(input).skippedSpans, [])).toBe(expected);
  });
});
