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

describe('findQuotes: attribution in the forms Arabic news uses', () => {
  test.each([
    {
      title: 'the speaker after the quote: «…»، قال X',
      input: '«سنواصل العمل حتى تعود الكهرباء إلى كل بيت»، قال وزير الطاقة محمود سليم للصحفيين.',
      expected: [{ kind: 'direct', exact: '«سنواصل العمل حتى تعود الكهرباء إلى كل بيت»', speaker: 'وزير الطاقة محمود سليم' }],
    },
    {
      title: 'the speaker after a quote in “…” that spans two sentences, with a present-tense verb',
      input: '“الطريق مغلق منذ الفجر. لا أحد يستطيع الخروج”، يقول سائق الشاحنة سمير داود.',
      expected: [{ kind: 'direct', exact: '“الطريق مغلق منذ الفجر. لا أحد يستطيع الخروج”', speaker: 'سائق الشاحنة سمير داود' }],
    },
    {
      title: 'a verb of writing, the account in between',
      input: 'وكتب رئيس البرلمان نبيل حداد على حسابه في منصة إكس: «الانتخابات ستجرى في موعدها المحدد».',
      expected: [{ kind: 'direct', exact: '«الانتخابات ستجرى في موعدها المحدد»', speaker: 'رئيس البرلمان نبيل حداد' }],
    },
    {
      title: 'a verb with shadda and a plural speaker',
      input: 'وغرّدت الناشطة ليلى منصور بأن السلطات اعتقلت عشرات الطلاب ليلة أمس.',
      expected: [{ kind: 'reported', exact: 'السلطات اعتقلت عشرات الطلاب ليلة أمس', speaker: 'الناشطة ليلى منصور' }],
    },
    {
      title: 'words between the speaker and «أن»: في بيان, commas',
      input: 'وقالت وزارة الزراعة، في بيان أصدرته مساء الثلاثاء، إن محصول القمح تضاعف هذا الموسم.',
      expected: [{ kind: 'reported', exact: 'محصول القمح تضاعف هذا الموسم', speaker: 'وزارة الزراعة' }],
    },
    {
      title: '«وكان X قد أكد … أن»',
      input: 'وكان محافظ البنك المركزي قد أكد الشهر الماضي أن الاحتياطي يكفي لستة أشهر.',
      expected: [{ kind: 'reported', exact: 'الاحتياطي يكفي لستة أشهر', speaker: 'محافظ البنك المركزي' }],
    },
    {
      title: '«نقلت الوكالة عن مسؤول قوله إن»: the speaker after «عن», the first name the medium',
      input: 'ونقلت وكالة الأنباء الرسمية عن مسؤول في الوزارة قوله إن المعبر سيفتح صباح الغد.',
      expected: [{ kind: 'reported', exact: 'المعبر سيفتح صباح الغد', speaker: 'مسؤول في الوزارة', via: 'وكالة الأنباء الرسمية' }],
    },
    {
      title: 'a source phrase at the end of the sentence: the claim before it',
      input: 'وارتفع عدد النازحين إلى نحو أربعين ألفا، بحسب مفوضية اللاجئين.',
      expected: [{ kind: 'reported', exact: 'وارتفع عدد النازحين إلى نحو أربعين ألفا', speaker: 'مفوضية اللاجئين' }],
    },
    {
      title: '«وفقاً لـ» at the start of the sentence, the ل written apart: the claim after it, without «فإن»',
      input: 'ووفقاً لـتقرير الهيئة، فإن معظم المدارس ما زالت مغلقة.',
      expected: [{ kind: 'reported', exact: 'معظم المدارس ما زالت مغلقة', speaker: 'تقرير الهيئة' }],
    },
    {
      title: 'a subject before its verb: «X، title، قال إن»',
      input: 'سلمى العبيدي، المتحدثة باسم البلدية، قالت إن أعمال الصيانة ستنتهي قريبا.',
      expected: [{ kind: 'reported', exact: 'أعمال الصيانة ستنتهي قريبا', speaker: 'سلمى العبيدي، المتحدثة باسم البلدية' }],
    },
    {
      title: 'a title, then a first name spelled like a particle, the name before a comma',
      input: 'وأكد الدكتور على حسنين، وزير الصحة، أن المستشفيات مستعدة تماما.',
      expected: [{ kind: 'reported', exact: 'المستشفيات مستعدة تماما', speaker: 'الدكتور على حسنين' }],
    },
    {
      title: '«بعد أن» opens no speech',
      input: 'وأعلن الجيش انسحابه من القرية بعد أن دمر الجسر الرئيسي فيها.',
      expected: [],
    },
    {
      title: 'the medium after «لـ» standing alone, a name in guillemets before «بأن»',
      input: 'وصرّح النائب كريم فاضل لـ«الصباح» بأن اللجنة سترفع تقريرها قريبا.',
      expected: [{ kind: 'reported', exact: 'اللجنة سترفع تقريرها قريبا', speaker: 'النائب كريم فاضل', via: 'الصباح' }],
    },
    {
      title: 'an unnamed speaker keeps where they work',
      input: 'وقال دبلوماسي في السفارة الفرنسية إن المحادثات ستستأنف بعد العيد.',
      expected: [{ kind: 'reported', exact: 'المحادثات ستستأنف بعد العيد', speaker: 'دبلوماسي في السفارة الفرنسية' }],
    },
    {
      title: 'an organization keeps its «لل…» name; «للصحفيين» is to whom',
      input: 'وقالت الهيئة العامة للأرصاد للصحفيين إن العاصفة ستضرب الساحل مساء الجمعة.',
      expected: [{ kind: 'reported', exact: 'العاصفة ستضرب الساحل مساء الجمعة', speaker: 'الهيئة العامة للأرصاد' }],
    },
    {
      title: '«، وأن …» starts a second clause of the same saying',
      input: 'وأكد الوزير أن المخزون يكفي حتى الصيف، وأن الأسعار لن ترتفع هذا العام.',
      expected: [
        { kind: 'reported', exact: 'المخزون يكفي حتى الصيف', speaker: 'الوزير' },
        { kind: 'reported', exact: 'الأسعار لن ترتفع هذا العام', speaker: 'الوزير' },
      ],
    },
    {
      title: 'a clause that is mostly one direct quote is left to the quote',
      input: 'وقال المتحدث إن "الطريق إلى الحل ما زال طويلا جدا".',
      expected: [{ kind: 'direct', exact: '"الطريق إلى الحل ما زال طويلا جدا"', speaker: 'المتحدث' }],
    },
    {
      title: 'an impersonal present attributes nothing',
      input: 'ويُتوقع أن ترتفع الصادرات خلال الربع المقبل.',
      expected: [],
    },
    {
      title: '«أن» after another clause («لكنهم») is not the saying\'s',
      input: 'ويدعو البيان الأطراف إلى الهدوء، لكنهم سيؤكدون أن الحوار مستمر بينهم.',
      expected: [],
    },
    {
      title: '«على أن» far from the verb is a condition, not speech',
      input: 'وأعلن الطرفان اتفاقهما على إنهاء المهمة، على أن تنتهي المرحلة الأولى في الخريف.',
      expected: [],
    },
    {
      title: '«وفقا لـ» something that cannot speak is no attribution',
      input: 'وسيحدد سعر الصرف يوميا وفقا لآليات العرض والطلب.',
      expected: [],
    },
    {
      title: 'a short part after the comma belongs to the claim before it',
      input: 'وهبط المؤشر إلى أدنى مستوى له منذ عامين، مقارنة بالشهر الماضي، بحسب بيانات البورصة.',
      expected: [{ kind: 'reported', exact: 'وهبط المؤشر إلى أدنى مستوى له منذ عامين، مقارنة بالشهر الماضي', speaker: 'بيانات البورصة' }],
    },
  ])('$title', ({ input, expected }) => {
    expect(quotesOf(input)).toEqual(expected);
  });

  test('a saying with no speaker of its own carries on the last one named in the paragraph', () => {
    const paragraph = 'وأعرب رئيس الاتحاد هشام بدر عن أسفه للقرار، مشيراً إلى أن الأندية لم تستشر فيه. وتابع: «سنطعن في القرار أمام المحكمة».';
    const { quotes } = findQuotes(paragraph);
    expect(quotes.map((quote) => at(paragraph, (quote.saying?.speaker ? quote.saying : quote.saying?.continues)?.speaker))).toEqual(['رئيس الاتحاد هشام بدر', 'رئيس الاتحاد هشام بدر']);
  });
});
