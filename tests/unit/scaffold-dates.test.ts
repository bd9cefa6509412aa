import { describe, expect, test } from 'vitest';
import { findDates } from '../../src/lib/scaffold/dates';

function datesOf(paragraph: string) {
  return findDates(paragraph).map(({ span, id, kind, stated }) => ({ text: paragraph.slice(span.start, span.end), id, kind, ...(stated && { stated }) }));
}

describe('findDates: the phrases that name a time, and what kind of event they suggest', () => {
  test.each([
    { input: 'يلتقى الرئيس الأمريكى جو بايدن -الاثنين- برئيس الوزراء', expected: [{ text: 'الاثنين', id: 'monday', kind: 'scheduled' }] },
    { input: 'ومن المقرر أن يصدر البيان فى إطار زيارة الكاظمى الإثنين لواشنطن', expected: [{ text: 'الإثنين', id: 'monday', kind: 'scheduled' }] },
    { input: 'وكان الوفد قد التقى الوزير يوم الخميس الماضي', expected: [{ text: 'يوم الخميس الماضي', id: 'last-thursday', kind: 'reported' }] },
    { input: 'وصل الوزير السبت إلى بغداد', expected: [{ text: 'السبت', id: 'saturday', kind: 'reported' }] },
    { input: 'مغادرة العراق بحلول نهاية العام، لكنهم', expected: [{ text: 'بحلول نهاية العام', id: 'end-of-year', kind: 'deadline' }] },
    { input: 'ستنتهي المهمة مع نهاية العام الجاري', expected: [{ text: 'نهاية العام الجاري', id: 'end-of-year', kind: 'scheduled' }] },
    { input: 'مباحثات أجراها وفد عراقى بدأت منذ نحو أسبوع مع الإدارة', expected: [{ text: 'منذ نحو أسبوع', id: 'about-a-week-ago', kind: 'reported' }] },
    { input: 'وصلوا منذ أسبوع', expected: [{ text: 'منذ أسبوع', id: 'a-week-ago', kind: 'reported' }] },
    { input: 'بدأت الحرب منذ 3 سنوات', expected: [{ text: 'منذ 3 سنوات', id: '3-years-ago', kind: 'reported' }] },
    { input: 'وسيعقد الاجتماع الأسبوع المقبل فى بغداد', expected: [{ text: 'الأسبوع المقبل', id: 'next-week', kind: 'scheduled' }] },
    { input: 'وقعت الاتفاقية عام 2008 فى بغداد', expected: [{ text: 'عام 2008', id: 'year-2008', kind: 'reported', stated: { date: '2008', precision: 'year' } }] },
    { input: 'تشكل التحالف فى 2014', expected: [{ text: '2014', id: 'year-2014', kind: 'reported', stated: { date: '2014', precision: 'year' } }] },
    { input: 'التقى الرئيسان فى 26 يوليو/تموز 2021 بالبيت الأبيض', expected: [{ text: '26 يوليو/تموز 2021', id: 'july-26-2021', kind: 'reported', stated: { date: '2021-07-26', precision: 'day' } }] },
    { input: 'الجولة الثانية عقدت فى أغسطس 2020', expected: [{ text: 'أغسطس 2020', id: 'august-2020', kind: 'reported', stated: { date: '2020-08', precision: 'month' } }] },
    { input: 'وتبدأ المفاوضات فى كانون الثاني المقبل', expected: [{ text: 'كانون الثاني', id: 'january', kind: 'scheduled' }] },
    { input: 'مارس الضغط على الحكومة', expected: [] },
    { input: 'نشرت 2000 جندي فى المنطقة', expected: [] },
  ])('$input', ({ input, expected }) => {
    expect(datesOf(input)).toEqual(expected);
  });
});
