import { describe, expect, test } from 'vitest';
import { fromHijri, hijriOf } from '../../src/lib/scaffold/calendar';
import { findDates, type DateFinding } from '../../src/lib/scaffold/dates';
import { resolveDate } from '../../src/lib/scaffold/resolve-dates';

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
    { input: 'وتبدأ المفاوضات فى كانون الثاني المقبل', expected: [{ text: 'كانون الثاني المقبل', id: 'next-january', kind: 'scheduled' }] },
    { input: 'مارس الضغط على الحكومة', expected: [] },
    { input: 'نشرت 2000 جندي فى المنطقة', expected: [] },
    { input: 'وأعلنت الوزارة أمس أن الاجتماع انتهى', expected: [{ text: 'أمس', id: 'yesterday', kind: 'reported' }] },
    { input: 'وقال الوزير أمس الأحد إن', expected: [{ text: 'أمس الأحد', id: 'yesterday', kind: 'reported' }] },
    { input: 'ويعقد المجلس جلسته اليوم في جنيف', expected: [{ text: 'اليوم', id: 'today', kind: 'scheduled' }] },
    { input: 'وفي اليوم التالي وصل الوفد', expected: [] },
    { input: 'وسيصل الوفد غداً إلى القاهرة', expected: [{ text: 'غداً', id: 'tomorrow', kind: 'scheduled' }] },
    { input: 'ويستأنف المفاوضون عملهم بعد غد', expected: [{ text: 'بعد غد', id: 'day-after-tomorrow', kind: 'scheduled' }] },
    { input: 'ووقع الانفجار أول أمس قرب الحدود', expected: [{ text: 'أول أمس', id: 'day-before-yesterday', kind: 'reported' }] },
    { input: 'وعقد المجلس جلسته الشهر الماضي', expected: [{ text: 'الشهر الماضي', id: 'last-month', kind: 'reported' }] },
    { input: 'وتنتهي المهلة بعد ثلاثة أيام', expected: [{ text: 'بعد ثلاثة أيام', id: 'in-3-days', kind: 'reported' }] },
    { input: 'وستنتهي المهلة بعد ثلاثة أيام من توقيع الاتفاق', expected: [] },
    { input: 'وكان قد زار العاصمة قبل أسابيع', expected: [{ text: 'قبل أسابيع', id: 'weeks-ago', kind: 'reported' }] },
    { input: 'وصل الوفد يوم الثلاثاء 14 مارس/آذار 2023، وسيغادر غدا', expected: [
      { text: 'يوم الثلاثاء', id: 'march-14-2023', kind: 'reported', stated: { date: '2023-03-14', precision: 'day' } },
      { text: '14 مارس/آذار 2023', id: 'march-14-2023', kind: 'reported', stated: { date: '2023-03-14', precision: 'day' } },
      { text: 'غدا', id: 'tomorrow', kind: 'scheduled' },
    ] },
    { input: 'ويبدأ العام الدراسي فى أكتوبر/تشرين الأول 2024م', expected: [{ text: 'أكتوبر/تشرين الأول 2024م', id: 'october-2024', kind: 'scheduled', stated: { date: '2024-10', precision: 'month' } }] },
    { input: 'وجرت الانتخابات في فبراير الماضى', expected: [{ text: 'فبراير الماضى', id: 'last-february', kind: 'reported' }] },
    { input: 'احتفل المسلمون في ٦ رجب ١٤٤٢هـ بالذكرى', expected: [{ text: '٦ رجب ١٤٤٢هـ', id: 'rajab-6-1442-ah', kind: 'reported', stated: { date: '2021-02-18', precision: 'day', how: expect.stringContaining('2021-02-18') } }] },
    { input: 'وأعيد افتتاح المسجد في 19 شوال 1441 هـ', expected: [{ text: '19 شوال 1441 هـ', id: 'shawwal-19-1441-ah', kind: 'reported', stated: { date: '2020-06-11', precision: 'day', how: expect.stringContaining('2020-06-11') } }] },
    { input: 'وصام المسلمون شهر رمضان 1445 هـ', expected: [{ text: 'شهر رمضان 1445 هـ', id: 'ramadan-1445-ah', kind: 'reported', stated: { date: '2024-03-11', precision: 'approximate', how: expect.stringContaining('2024-03-11') } }] },
    { input: 'والتقى رجب طيب أردوغان نظيره', expected: [] },
    { input: 'وفي الثالث من يونيو/حزيران 2023 وقع الطرفان اتفاقا', expected: [{ text: 'الثالث من يونيو/حزيران 2023', id: 'june-3-2023', kind: 'reported', stated: { date: '2023-06-03', precision: 'day' } }] },
    { input: 'في الخامس عشر من مايو 2022', expected: [{ text: 'الخامس عشر من مايو 2022', id: 'may-15-2022', kind: 'reported', stated: { date: '2022-05-15', precision: 'day' } }] },
    { input: 'وكان الأول من نوعه', expected: [] },
    { input: 'وأقرت الحكومة في 3/5/2024 خطة جديدة', expected: [{ text: '3/5/2024', id: 'day-2024-05-03', kind: 'reported', stated: { date: '2024-05-03', precision: 'day' } }] },
    { input: 'صدر القرار بتاريخ ٢٠٢٣/١١/٢٧', expected: [{ text: '٢٠٢٣/١١/٢٧', id: 'day-2023-11-27', kind: 'reported', stated: { date: '2023-11-27', precision: 'day' } }] },
    { input: 'ونتيجة المباراة 3/1', expected: [] },
    // No 31 February: only the year is read.
    { input: 'وفي 31/2/2024 لا شيء', expected: [{ text: '2024', id: 'year-2024', kind: 'reported', stated: { date: '2024', precision: 'year' } }] },

  ])('$input', ({ input, expected }) => {
    expect(datesOf(input)).toEqual(expected);
  });
});

describe('resolveDate: a phrase resolved against the article\'s date, Tuesday 14 March 2023', () => {
  const published = '2023-03-14';
  const resolved = (paragraph: string) =>
    findDates(paragraph).map((finding) => {
      // As npm run new does: what the text states, or else what the article's date resolves.
      const found = finding.stated ?? resolveDate(finding.meaning, finding.kind, published);
      return { text: paragraph.slice(finding.span.start, finding.span.end), date: found?.date, precision: found?.precision };
    });

  test.each([
    { input: 'وأعلنت الوزارة أمس', expected: [{ text: 'أمس', date: '2023-03-13', precision: 'day' }] },
    { input: 'وتعقد الجلسة اليوم', expected: [{ text: 'اليوم', date: '2023-03-14', precision: 'day' }] },
    { input: 'ويصل الوفد غدا', expected: [{ text: 'غدا', date: '2023-03-15', precision: 'day' }] },
    { input: 'ويستأنف المفاوضون عملهم بعد غد', expected: [{ text: 'بعد غد', date: '2023-03-16', precision: 'day' }] },
    { input: 'والتقى الوزير نظيره الأحد', expected: [{ text: 'الأحد', date: '2023-03-12', precision: 'day' }] },
    { input: 'وسيلتقي الوزير نظيره الأحد', expected: [{ text: 'الأحد', date: '2023-03-19', precision: 'day' }] },
    { input: 'ومن المقرر أن يلتقيا الخميس', expected: [{ text: 'الخميس', date: '2023-03-16', precision: 'day' }] },
    { input: 'وقال إنه يعتزم السفر الثلاثاء', expected: [{ text: 'الثلاثاء', date: '2023-03-14', precision: 'day' }] },
    { input: 'ويعقد اجتماع آخر الثلاثاء المقبل', expected: [{ text: 'الثلاثاء المقبل', date: '2023-03-21', precision: 'day' }] },
    { input: 'وكان الاجتماع الثلاثاء الماضي', expected: [{ text: 'الثلاثاء الماضي', date: '2023-03-07', precision: 'day' }] },
    { input: 'وعقد المجلس جلسته الشهر الماضي', expected: [{ text: 'الشهر الماضي', date: '2023-02', precision: 'month' }] },
    { input: 'وتبدأ المحادثات الشهر المقبل', expected: [{ text: 'الشهر المقبل', date: '2023-04', precision: 'month' }] },
    { input: 'وزار الرئيس البلاد العام الماضي', expected: [{ text: 'العام الماضي', date: '2022', precision: 'year' }] },
    { input: 'وجرت الجولة الأولى الأسبوع الماضي', expected: [{ text: 'الأسبوع الماضي', date: '2023-03-06', precision: 'approximate' }] },
    { input: 'ويغادر الجنود بحلول نهاية العام', expected: [{ text: 'بحلول نهاية العام', date: '2023-12-31', precision: 'day' }] },
    { input: 'وتسلم المواقع نهاية الشهر', expected: [{ text: 'نهاية الشهر', date: '2023-03-31', precision: 'day' }] },
    { input: 'وتنتهي المهلة بعد ثلاثة أيام', expected: [{ text: 'بعد ثلاثة أيام', date: '2023-03-17', precision: 'day' }] },
    { input: 'بدأت المباحثات منذ نحو أسبوع', expected: [{ text: 'منذ نحو أسبوع', date: '2023-03-07', precision: 'approximate' }] },
    { input: 'وكان قد زار العاصمة قبل أسابيع', expected: [{ text: 'قبل أسابيع', date: '2023-02', precision: 'approximate' }] },
    { input: 'وقع الاتفاق قبل شهرين', expected: [{ text: 'قبل شهرين', date: '2023-01', precision: 'month' }] },
    { input: 'بدأت الحرب منذ 3 سنوات', expected: [{ text: 'منذ 3 سنوات', date: '2020', precision: 'year' }] },
    { input: 'ونزح الآلاف منذ أكثر من سبعة أشهر', expected: [{ text: 'منذ أكثر من سبعة أشهر', date: '2022-08', precision: 'approximate' }] },
    { input: 'وجرت الانتخابات في فبراير', expected: [{ text: 'فبراير', date: '2023-02', precision: 'month' }] },
    { input: 'وستجري الانتخابات في فبراير', expected: [{ text: 'فبراير', date: '2024-02', precision: 'month' }] },
    { input: 'وجرت الانتخابات في نوفمبر', expected: [{ text: 'نوفمبر', date: '2022-11', precision: 'month' }] },
    { input: 'وتعقد القمة في أكتوبر/تشرين الأول المقبل', expected: [{ text: 'أكتوبر/تشرين الأول المقبل', date: '2023-10', precision: 'month' }] },
    { input: 'ووصل في 2 مارس', expected: [{ text: '2 مارس', date: '2023-03-02', precision: 'day' }] },
    { input: 'ويبدأ شهر رمضان المقبل', expected: [{ text: 'شهر رمضان المقبل', date: '2023-03-23', precision: 'approximate' }] },
    { input: 'ويعود السفير إلى عمله الأسبوع المقبل', expected: [{ text: 'الأسبوع المقبل', date: '2023-03-20', precision: 'approximate' }] },
    { input: 'وسافر الوفد قبل أشهر', expected: [{ text: 'قبل أشهر', date: '2022-09', precision: 'approximate' }] },
    { input: 'ويكتمل المشروع منتصف عام ٢٠٢٦', expected: [{ text: 'منتصف عام ٢٠٢٦', date: '2026-07', precision: 'approximate' }] },
    { input: 'وتنسحب القوات بحلول نهاية 2024', expected: [{ text: 'بحلول نهاية 2024', date: '2024-12-31', precision: 'day' }] },
    { input: 'ومنح نسخة ٢٠٣٠ لملف مشترك', expected: [{ text: '٢٠٣٠', date: '2030', precision: 'year' }] },
    { input: 'وقتل المئات منذ السابع من أكتوبر', expected: [{ text: 'السابع من أكتوبر', date: '2022-10-07', precision: 'day' }] },
    { input: 'ويبدأ الموسم منتصف أبريل المقبل', expected: [{ text: 'منتصف أبريل المقبل', date: '2023-04-15', precision: 'approximate' }] },
    { input: 'ويسلم التقرير نهاية مارس 2024', expected: [{ text: 'نهاية مارس 2024', date: '2024-03-31', precision: 'day' }] },
    { input: 'ووقع الطرفان الاتفاق في الحادي والثلاثين من ديسمبر 2021', expected: [{ text: 'الحادي والثلاثين من ديسمبر 2021', date: '2021-12-31', precision: 'day' }] },
    { input: 'وكان ذلك في 2008', expected: [{ text: '2008', date: '2008', precision: 'year' }] },
  ])('$input', ({ input, expected }) => {
    expect(resolved(input)).toEqual(expected);
  });

  test('every resolution says how, from the article\'s date', () => {
    const [finding] = findDates('وسيلتقي الوزير نظيره الأحد');
    const found = resolveDate((finding as DateFinding).meaning, (finding as DateFinding).kind, published);
    expect(found?.how).toContain('2023-03-14');
    expect(found?.how).toContain('2023-03-19');
    expect(found?.how).toContain('المستقبل');
  });
});

describe('the Hijri calendar (Umm al-Qura, through Intl)', () => {
  test.each([
    [1442, 7, 6, '2021-02-18'],
    [1441, 10, 19, '2020-06-11'],
    [1445, 9, 1, '2024-03-11'],
    [1444, 9, 1, '2023-03-23'],
    [1446, 1, 1, '2024-07-07'],
  ])('%i-%i-%i → %s', (year, month, day, expected) => {
    expect(fromHijri(year, month, day)).toBe(expected);
    expect(hijriOf(expected)).toEqual({ year, month, day });
  });

  test('a day the month does not have is no date', () => {
    expect(fromHijri(1445, 9, 31)).toBeUndefined();
  });
});
