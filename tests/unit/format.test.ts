import { describe, expect, test } from 'vitest';
import { formatDayRange, formatGregorian, formatHijri, formatNumber, periodOf } from '../../src/lib/format';

describe('formatNumber: one format, Western digits as in the articles', () => {
  test.each([
    [2500, '2,500'],
    [3500, '3,500'],
    [4, '4'],
  ])('%d → %s', (value, expected) => {
    expect(formatNumber(value)).toBe(expected);
  });
});

describe('periodOf', () => {
  test.each([
    ['2021-07-26', '2021-07-26', '2021-07-26'],
    ['2021-02', '2021-02-01', '2021-02-28'],
    ['2020-02', '2020-02-01', '2020-02-29'],
    ['2008', '2008-01-01', '2008-12-31'],
  ])('%s → %s … %s', (date, first, last) => {
    const period = periodOf(date);
    expect(period.first.toISOString().slice(0, 10)).toBe(first);
    expect(period.last.toISOString().slice(0, 10)).toBe(last);
  });
});

describe('dates are shown exactly as precisely as they are known', () => {
  test.each([
    { date: '2021-07-26', precision: 'day', gregorian: 'الاثنين، 26 يوليو 2021', hijri: '16 ذو الحجة 1442 هـ' },
    { date: '2021-12-31', precision: 'day', gregorian: 'الجمعة، 31 ديسمبر 2021', hijri: '27 جمادى الأولى 1443 هـ' },
    { date: '2021-07-20', precision: 'approximate', gregorian: 'نحو 20 يوليو 2021', hijri: 'نحو 10 ذو الحجة 1442 هـ' },
    { date: '2020-08', precision: 'month', gregorian: 'أغسطس 2020', hijri: 'ذو الحجة 1441 – محرم 1442 هـ' },
    { date: '2008', precision: 'year', gregorian: '2008', hijri: '1428–1430 هـ' },
    { date: '2022', precision: 'open', gregorian: 'من 2022 فصاعدًا', hijri: 'من 1443–1444 هـ فصاعدًا' },
  ] as const)('$date ($precision) → $gregorian / $hijri', ({ date, precision, gregorian, hijri }) => {
    expect(formatGregorian(date, precision)).toBe(gregorian);
    expect(formatHijri(date, precision)).toBe(hijri);
  });
});

describe('formatDayRange: a day, or the days a date is known to lie between', () => {
  test.each([
    ['2021-07-25', undefined, 'الأحد، 25 يوليو 2021'],
    ['2021-07-25', '2021-07-26', 'الأحد، 25 يوليو 2021 – الاثنين، 26 يوليو 2021'],
  ])('%s … %s → %s', (from, until, expected) => {
    expect(formatDayRange(from, until)).toBe(expected);
  });
});

describe("a briefing's own digits: Arabic-Indic or Persian, through Intl", () => {
  test.each([
    [2500, 'arab', '٢٬٥٠٠'],
    [1500.5, 'arabext', '۱٬۵۰۰٫۵'],
    [2500, 'latn', '2,500'],
  ] as const)('%d in %s → %s', (value, digits, expected) => {
    expect(formatNumber(value, digits)).toBe(expected);
  });

  test('dates, Gregorian and Hijri', () => {
    expect(formatGregorian('2021-07-26', 'day', 'arab')).toBe('الاثنين، ٢٦ يوليو ٢٠٢١');
    expect(formatHijri('2021-07-26', 'day', 'arab')).toBe('١٦ ذو الحجة ١٤٤٢ هـ');
    expect(formatGregorian('2008', 'year', 'arab')).toBe('٢٠٠٨');
  });
});
