import { describe, expect, test } from 'vitest';
import { findFigures } from '../../src/lib/scaffold/figures';
import { unitOf } from '../../src/lib/scaffold/unit-nouns';
import { parseNumber } from '../../src/lib/scaffold/numbers';

function figuresOf(paragraph: string) {
  return findFigures(paragraph).figures.map(({ span, value, approximate, unit, part }) => ({ text: paragraph.slice(span.start, span.end), value, approximate, unit, part }));
}

describe('findFigures: a number and the noun it counts', () => {
  test.each([
    { input: 'القوات الأمريكية البالغ عددها 2500 جندى، مع الحفاظ', expected: [{ text: '2500 جندى', value: 2500, approximate: false, unit: 'troops', part: false }] },
    { input: 'لا يزال هناك نحو 3500 جندى أجنبى على الأراضى العراقية', expected: [{ text: 'نحو 3500 جندى أجنبى', value: 3500, approximate: true, unit: 'troops', part: false }] },
    { input: 'على الأراضى العراقية، بينهم 2500 أمريكى، لكن', expected: [{ text: '2500 أمريكى', value: 2500, approximate: false, unit: undefined, part: true }] },
    { input: 'نشرت حوالي ١٥٠٠ جندي فى المنطقة', expected: [{ text: 'حوالي ١٥٠٠ جندي', value: 1500, approximate: true, unit: 'troops', part: false }] },
    { input: 'قرابة 3,500 جنود', expected: [{ text: 'قرابة 3,500 جنود', value: 3500, approximate: true, unit: 'troops', part: false }] },
    { input: 'خصصت زهاء 2.5 مليون دولار للمشروع', expected: [{ text: 'زهاء 2.5 مليون دولار', value: 2_500_000, approximate: true, unit: 'dollars', part: false }] },
    { input: 'بعد 3 جولات من الحوار', expected: [{ text: '3 جولات', value: 3, approximate: false, unit: 'round', part: false }] },
    { input: 'فى أطار الجولة الرابعة والأخيرة للحوار', expected: [{ text: 'الجولة الرابعة', value: 4, approximate: false, unit: 'round', part: false }] },
    { input: 'وعقدت بالجولة الثالثة عبر الفيديو', expected: [{ text: 'الجولة الثالثة', value: 3, approximate: false, unit: 'round', part: false }] },
    { input: 'مباحثات بدأت منذ نحو أسبوع مع الإدارة', expected: [{ text: 'نحو أسبوع', value: 1, approximate: true, unit: 'week', part: false }] },
    { input: 'وصلوا منذ أسبوعين', expected: [{ text: 'أسبوعين', value: 2, approximate: false, unit: 'week', part: false }] },
    { input: 'وقعت الاتفاقية عام 2008 فى بغداد', expected: [] },
    { input: 'وصل الوفد فى 26 يوليو', expected: [] },
    { input: 'ارتفعت النسبة إلى 40 فى المئة', expected: [{ text: '40 فى المئة', value: 40, approximate: false, unit: 'percent', part: false }] },
    { input: 'وبلغت نسبة المشاركة ٤٥٫٥٪ فقط', expected: [{ text: '٤٥٫٥٪', value: 45.5, approximate: false, unit: 'percent', part: false }] },
    { input: 'وتراجع الإنتاج 12 بالمائة', expected: [{ text: '12 بالمائة', value: 12, approximate: false, unit: 'percent', part: false }] },
    { input: 'قتل ما يقارب ٣٬٢٠٠ شخص', expected: [{ text: 'ما يقارب ٣٬٢٠٠ شخص', value: 3200, approximate: true, unit: 'people', part: false }] },
    { input: 'واعتقلت أكثر من ۱۲۰ عنصرا من التنظيم', expected: [{ text: 'أكثر من ۱۲۰ عنصرا', value: 120, approximate: true, unit: 'personnel', part: false }] },
    { input: 'سقط 15 قتيلا و40 جريحا', expected: [{ text: '15 قتيلا', value: 15, approximate: false, unit: 'killed', part: false }, { text: '40 جريحا', value: 40, approximate: false, unit: 'wounded', part: false }] },
    { input: 'تصدير 1,250,000 برميل يوميا', expected: [{ text: '1,250,000 برميل', value: 1_250_000, approximate: false, unit: 'barrels', part: false }] },
    { input: 'قرض بقيمة 1.5 مليار دولار', expected: [{ text: '1.5 مليار دولار', value: 1_500_000_000, approximate: false, unit: 'dollars', part: false }] },
    { input: 'ونشرت ثلاثة آلاف جندي', expected: [{ text: 'ثلاثة آلاف جندي', value: 3000, approximate: false, unit: 'troops', part: false }] },
    { input: 'ونشرت 3 آلاف جندي', expected: [{ text: '3 آلاف جندي', value: 3000, approximate: false, unit: 'troops', part: false }] },
    { input: 'وصل ألفا لاجئ، ثم ألفين نازح', expected: [{ text: 'ألفا لاجئ', value: 2000, approximate: false, unit: 'refugees', part: false }, { text: 'ألفين نازح', value: 2000, approximate: false, unit: 'refugees', part: false }] },
    { input: 'حصل على 438 ألفاً و954 صوتاً', expected: [{ text: '438 ألفاً و954 صوتاً', value: 438_954, approximate: false, unit: 'votes', part: false }] },
    { input: 'حصل على مليونين و438 ألفاً و954 صوتاً', expected: [{ text: 'مليونين و438 ألفاً و954 صوتاً', value: 2_438_954, approximate: false, unit: 'votes', part: false }] },
    { input: 'يبلغ عددهم نحو ألفين وخمسمائة جندى', expected: [{ text: 'نحو ألفين وخمسمائة جندى', value: 2500, approximate: true, unit: 'troops', part: false }] },
    { input: 'ونشرت 3 آلاف و500 جندي', expected: [{ text: '3 آلاف و500 جندي', value: 3500, approximate: false, unit: 'troops', part: false }] },
    { input: 'بين ١٫٠ و١٫١ مليون برميل يومياً', expected: [{ text: '١٫٠', value: 1_000_000, approximate: false, unit: 'barrels', part: false }, { text: '١٫١ مليون برميل', value: 1_100_000, approximate: false, unit: 'barrels', part: false }] },
    { input: 'بين 300 ألف و400 ألف لاجئ', expected: [{ text: '300 ألف', value: 300_000, approximate: false, unit: 'refugees', part: false }, { text: '400 ألف لاجئ', value: 400_000, approximate: false, unit: 'refugees', part: false }] },
    { input: 'بعد حصوله على 99 صوتاً من أصل 128 في الدورة الثانية', expected: [{ text: '99 صوتاً', value: 99, approximate: false, unit: 'votes', part: false }, { text: '128', value: 128, approximate: false, unit: 'votes', part: false }, { text: 'الدورة الثانية', value: 2, approximate: false, unit: 'round', part: false }] },
    { input: 'وتراجع السعر بنحو ٢٪', expected: [{ text: 'بنحو ٢٪', value: 2, approximate: true, unit: 'percent', part: false }] },
    { input: 'بدأ قبل أحد عشر يوماً', expected: [{ text: 'أحد عشر يوماً', value: 11, approximate: false, unit: 'day', part: false }] },
    { input: 'وقتل أحد الجنود', expected: [] },
    { input: 'استمر أكثر من عامين', expected: [{ text: 'أكثر من عامين', value: 2, approximate: true, unit: 'year', part: false }] },
    { input: 'وفر عشرات الآلاف من المدنيين', expected: [{ text: 'عشرات الآلاف', value: 10_000, approximate: true, unit: 'people', part: false }] },
    { input: 'قتل 40 مقاتلين', expected: [{ text: '40 مقاتلين', value: 40, approximate: false, unit: 'fighters', part: false }] },
    { input: 'خلال مقاتلين', expected: [] },
    { input: 'ويضم الوفد 15 عضواً', expected: [{ text: '15 عضواً', value: 15, approximate: false, unit: 'members', part: false }] },
    { input: 'ونزحت 150 عائلة', expected: [{ text: '150 عائلة', value: 150, approximate: false, unit: 'families', part: false }] },
    { input: 'وسقط عشرات القتلى', expected: [{ text: 'عشرات القتلى', value: 10, approximate: true, unit: 'killed', part: false }] },
    { input: 'وأصيب مئات المدنيين', expected: [{ text: 'مئات المدنيين', value: 100, approximate: true, unit: 'people', part: false }] },
    { input: 'بعد خمسة وعشرين يوما من القتال', expected: [{ text: 'خمسة وعشرين يوما', value: 25, approximate: false, unit: 'day', part: false }] },
    { input: 'لمدة ثلاثة عشر يوما', expected: [{ text: 'ثلاثة عشر يوما', value: 13, approximate: false, unit: 'day', part: false }] },
    { input: 'مساعدات بقيمة مليار ونصف يورو', expected: [{ text: 'مليار ونصف يورو', value: 1_500_000_000, approximate: false, unit: 'euros', part: false }] },
    { input: 'يمتد الخط 120 كلم تقريبا', expected: [{ text: '120 كلم', value: 120, approximate: true, unit: 'kilometres', part: false }] },
    { input: 'سيرتفع عدد القوات من 300 إلى نحو 800 جندي', expected: [{ text: '300', value: 300, approximate: false, unit: 'troops', part: false }, { text: 'نحو 800 جندي', value: 800, approximate: true, unit: 'troops', part: false }] },
    { input: 'يتراوح العدد بين ٣٠٠ و٨٠٠ مقاتل', expected: [{ text: '٣٠٠', value: 300, approximate: false, unit: 'fighters', part: false }, { text: '٨٠٠ مقاتل', value: 800, approximate: false, unit: 'fighters', part: false }] },
    { input: 'أسقطت 20-25 طائرة مسيرة', expected: [{ text: '20', value: 20, approximate: false, unit: 'aircraft', part: false }, { text: '25 طائرة', value: 25, approximate: false, unit: 'aircraft', part: false }] },
    { input: 'خلال يومين فقط', expected: [{ text: 'يومين', value: 2, approximate: false, unit: 'day', part: false }] },
    { input: 'احتفل المسلمون في ١٢ ربيع الأول ١٤٤٣هـ بالمولد', expected: [] },
    { input: 'وفي عام 1445 هـ صدر القرار', expected: [] },
    { input: 'بعد جولة من المحادثات', expected: [] },
    { input: 'منذ عام 2003', expected: [] },
    { input: 'في ست سنوات وسبع ليال', expected: [{ text: 'ست سنوات', value: 6, approximate: false, unit: 'year', part: false }] },
    { input: 'الأسبوع المقبل', expected: [] },
  ])('$input', ({ input, expected }) => {
    expect(figuresOf(input)).toEqual(expected);
  });

  test('what it leaves alone, it says why', () => {
    const paragraph = 'وقعت الاتفاقية عام 2008 ثم فى 26 يوليو و١٢ ربيع الأول ١٤٤٣هـ، وارتفعت إلى 40 ثم 1445 هـ';
    expect(findFigures(paragraph).skipped.map(({ span, reason }) => [paragraph.slice(span.start, span.end), reason])).toEqual([
      ['2008', 'a year: see the dates'],
      ['26', 'a day of the month: see the dates'],
      ['١٢', 'a day of the month: see the dates'],
      ['40', 'no noun after it says what it counts'],
      ['1445', 'a year: see the dates'],
    ]);
  });
});

describe('units and numbers', () => {
  test.each([
    { input: 'جندى', expected: 'troops' },
    { input: 'جنود', expected: 'troops' },
    { input: 'عسكري', expected: 'troops' },
    { input: 'جولة', expected: 'round' },
    { input: 'جولات', expected: 'round' },
    { input: 'أسبوع', expected: 'week' },
    { input: 'أسابيع', expected: 'week' },
    { input: 'دولار', expected: 'dollars' },
    { input: 'بالمئة', expected: 'percent' },
    { input: 'والقتلى', expected: 'killed' },
    { input: 'فرد', expected: 'personnel' },
    { input: 'قرص', expected: undefined },
    { input: 'أمريكى', expected: undefined },
  ])('unitOf($input) → $expected', ({ input, expected }) => {
    expect(unitOf(input)).toBe(expected);
  });

  test.each([
    { input: '2500', expected: 2500 },
    { input: '3,500', expected: 3500 },
    { input: '٣٥٠٠', expected: 3500 },
    { input: '۲۵۰۰', expected: 2500 },
    { input: '2.5', expected: 2.5 },
    { input: '٢٫٥', expected: 2.5 },
    { input: '3٬500', expected: 3500 },
  ])('parseNumber($input) → $expected', ({ input, expected }) => {
    expect(parseNumber(input)).toBe(expected);
  });
});
