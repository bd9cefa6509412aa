import { describe, expect, test } from 'vitest';
import type { Span } from '../../src/lib/selectors';
import { findQuotes } from '../../src/lib/scaffold/quotes';
import { quotedSpans, sentenceEnd } from '../../src/lib/scaffold/sentences';

const at = (text: string, span: Span | undefined): string | undefined => span && text.slice(span.start, span.end);

/** A paragraph's quotes as text: what is quoted, its kind, who says it (the words after the verb) and via whom. */
function quotesOf(paragraph: string) {
  return findQuotes(paragraph).quotes.map((quote) => ({
    kind: quote.kind,
    exact: at(paragraph, quote.span),
    speaker: at(paragraph, quote.saying?.speaker),
    ...(quote.saying?.via && { via: at(paragraph, quote.saying.via) }),
  }));
}

describe('findQuotes: direct quotes, with the speaker from the verb of saying before them', () => {
  test.each([
    {
      title: 'the speaker after «وقال», the medium after «لصحيفة»',
      input: 'وقال وزير الخارجية العراقى فؤاد حسين لصحيفة «وول ستريت جورنال»: «لسنا بحاجة إلى المزيد من المقاتلين... ماذا نحتاج؟ نحن بحاجة إلى تعاون».',
      expected: [{ kind: 'direct', exact: '«لسنا بحاجة إلى المزيد من المقاتلين... ماذا نحتاج؟ نحن بحاجة إلى تعاون»', speaker: 'وزير الخارجية العراقى فؤاد حسين', via: 'وول ستريت جورنال' }],
    },
    {
      title: 'the speaker ends at the colon',
      input: 'وقال المسؤول: «إنه ليس تعديلاً عددياً حقاً،، بل هو توضيح وظيفى».',
      expected: [{ kind: 'direct', exact: '«إنه ليس تعديلاً عددياً حقاً،، بل هو توضيح وظيفى»', speaker: 'المسؤول' }],
    },
    {
      title: 'feminine verb and straight double quotes',
      input: 'وقالت المتحدثة: "نحن هنا من أجل السلام الدائم".',
      expected: [{ kind: 'direct', exact: '"نحن هنا من أجل السلام الدائم"', speaker: 'المتحدثة' }],
    },
    {
      title: 'a plural verb with ف',
      input: 'فأكدوا للصحفيين: «لن نغادر قبل انتهاء المهمة كلها»',
      expected: [{ kind: 'direct', exact: '«لن نغادر قبل انتهاء المهمة كلها»', speaker: undefined }],
    },
    {
      title: 'short names in guillemets are not quotes',
      input: 'فى معركتها ضد «داعش» كما نقلت «وول ستريت جورنال» عن « البنتاجون».',
      expected: [],
    },
    {
      title: 'a quote with no verb before it in its sentence has no saying of its own',
      input: 'وغادر الوزير القاعة. «نحن لن نتراجع عن هذا القرار»',
      expected: [{ kind: 'direct', exact: '«نحن لن نتراجع عن هذا القرار»', speaker: undefined }],
    },
  ])('$title', ({ input, expected }) => {
    expect(quotesOf(input)).toEqual(expected);
  });

  test('short names in guillemets are names; after «صحيفة» a medium', () => {
    const paragraph = 'ضد «داعش» كما نقلت صحيفة «وول ستريت جورنال» عن « البنتاجون».';
    expect(findQuotes(paragraph).names.map((name) => ({ name: at(paragraph, name.span), media: name.media }))).toEqual([
      { name: 'داعش', media: false },
      { name: 'وول ستريت جورنال', media: true },
      { name: 'البنتاجون', media: false },
    ]);
  });
});

describe('findQuotes: reported speech after «<verb> <speaker> أن/إن/بأن»', () => {
  test.each([
    {
      title: 'وصرحت … أن …, to the end of the sentence',
      input: 'وصرحت جين ساكي المتحدثة بالبيت الأبيض أن الحكومة العراقيّة ترغب فى أن تواصل الولايات المتحدة تدريب جيشها، وتقديم الدعم.',
      expected: [{ kind: 'reported', exact: 'الحكومة العراقيّة ترغب فى أن تواصل الولايات المتحدة تدريب جيشها، وتقديم الدعم', speaker: 'جين ساكي المتحدثة بالبيت الأبيض' }],
    },
    {
      title: 'وأفاد … بأن …',
      input: 'وأفاد مسئول أمريكى بأن واشنطن تخطط للوفاء ببنود البيان.',
      expected: [{ kind: 'reported', exact: 'واشنطن تخطط للوفاء ببنود البيان', speaker: 'مسئول أمريكى' }],
    },
    {
      title: 'وقال … إن …, a quote inside the clause (nested), a full stop inside the quote',
      input: 'وقال مسئولون حاليون وسابقون إن الخطة «تسير ببطء. لكنها تسير» كما يجب. وغادروا.',
      expected: [
        { kind: 'reported', exact: 'الخطة «تسير ببطء. لكنها تسير» كما يجب', speaker: 'مسئولون حاليون وسابقون' },
        { kind: 'direct', exact: '«تسير ببطء. لكنها تسير»', speaker: 'مسئولون حاليون وسابقون' },
      ],
    },
    {
      title: '«، ومضيفا ان» ends one clause and starts the next, with the same speaker',
      input: 'وأكد مصدر بالبنتاجون ان الإدارة الأمريكية تبحث خيارات عديدة، ومضيفا ان الواقع فى العراق هو ان القادة بحاجة إلى الدعم.',
      expected: [
        { kind: 'reported', exact: 'الإدارة الأمريكية تبحث خيارات عديدة', speaker: 'مصدر بالبنتاجون' },
        { kind: 'reported', exact: 'الواقع فى العراق هو ان القادة بحاجة إلى الدعم', speaker: undefined },
      ],
    },
    {
      title: 'a following sentence that starts with «كما» carries the speech on',
      input: 'وأوضح المصدر أن المحادثات ستبحث عددا من المواضيع. كما ستناقش المرحلة الانتقالية للقوات.',
      expected: [
        { kind: 'reported', exact: 'المحادثات ستبحث عددا من المواضيع', speaker: 'المصدر' },
        { kind: 'reported', exact: 'ستناقش المرحلة الانتقالية للقوات', speaker: 'المصدر' },
      ],
    },
    {
      title: '«أشار إلى أن»',
      input: 'وأشار الوزير إلى أن المفاوضات ستستأنف قريبا جدا.',
      expected: [{ kind: 'reported', exact: 'المفاوضات ستستأنف قريبا جدا', speaker: 'الوزير' }],
    },
    {
      title: 'a clause too short to be speech is left out',
      input: 'وقال إن ذلك صحيح.',
      expected: [],
    },
    {
      title: 'no verb of saying, no quote: «من المقرر أن»',
      input: 'ومن المقرر أن يصدر البيان فى إطار زيارة رئيس الوزراء.',
      expected: [],
    },
  ])('$title', ({ input, expected }) => {
    expect(quotesOf(input)).toEqual(expected);
  });
});

describe('quoted spans and sentence ends', () => {
  test.each([
    { input: 'قال: «أ. ب» ثم مضى. وعاد', from: 0, expected: 'قال: «أ. ب» ثم مضى' },
    { input: 'لدينا مقاتلين... ماذا نحتاج؟ نحن', from: 0, expected: 'لدينا مقاتلين... ماذا نحتاج' },
    { input: 'بلغت النسبة 2.5 فى المئة. ثم', from: 0, expected: 'بلغت النسبة 2.5 فى المئة' },
  ])('$input → "$expected"', ({ input, from, expected }) => {
    expect(input.slice(from, sentenceEnd(input, from))).toBe(expected);
  });

  test('nested guillemets are one quote; an unpaired mark is ignored', () => {
    const text = 'قال «هذا «مهم» جدا» ثم « وحده';
    expect(quotedSpans(text).map((span) => text.slice(span.start, span.end))).toEqual(['«هذا «مهم» جدا»']);
  });
});
