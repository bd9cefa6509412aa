import { describe, expect, test } from 'vitest';
import { findFigures, parseNumber, unitOf } from '../../src/lib/scaffold/figures';

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
    { input: 'خصصت زهاء 2.5 مليون دولار للمشروع', expected: [{ text: 'زهاء 2.5 مليون دولار', value: 2_500_000, approximate: true, unit: undefined, part: false }] },
    { input: 'بعد 3 جولات من الحوار', expected: [{ text: '3 جولات', value: 3, approximate: false, unit: 'round', part: false }] },
    { input: 'فى أطار الجولة الرابعة والأخيرة للحوار', expected: [{ text: 'الجولة الرابعة', value: 4, approximate: false, unit: 'round', part: false }] },
    { input: 'وعقدت بالجولة الثالثة عبر الفيديو', expected: [{ text: 'الجولة الثالثة', value: 3, approximate: false, unit: 'round', part: false }] },
    { input: 'مباحثات بدأت منذ نحو أسبوع مع الإدارة', expected: [{ text: 'نحو أسبوع', value: 1, approximate: true, unit: 'week', part: false }] },
    { input: 'وصلوا منذ أسبوعين', expected: [{ text: 'أسبوعين', value: 2, approximate: false, unit: 'week', part: false }] },
    { input: 'وقعت الاتفاقية عام 2008 فى بغداد', expected: [] },
    { input: 'وصل الوفد فى 26 يوليو', expected: [] },
    { input: 'ارتفعت النسبة إلى 40 فى المئة', expected: [] },
    { input: 'الأسبوع المقبل', expected: [] },
  ])('$input', ({ input, expected }) => {
    expect(figuresOf(input)).toEqual(expected);
  });

  test('what it leaves alone, it says why', () => {
    const paragraph = 'وقعت الاتفاقية عام 2008 ثم فى 26 يوليو، وارتفعت إلى 40 فى المئة';
    expect(findFigures(paragraph).skipped.map(({ span, reason }) => [paragraph.slice(span.start, span.end), reason])).toEqual([
      ['2008', 'a year: see the dates'],
      ['26', 'a day of the month: see the dates'],
      ['40', 'no noun after it says what it counts'],
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
    { input: 'دولار', expected: undefined },
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
