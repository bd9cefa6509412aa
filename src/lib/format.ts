import { NUMBERING_SYSTEM, SITE, UNIT_LABELS } from '../consts';
import { granularity, type Precision } from './dates';
import type { Digits } from './digits';

/** One formatter per numbering system, made the first time it is asked for. */
function perDigits<Formats>(make: (digits: Digits) => Formats): (digits: Digits) => Formats {
  const made = new Map<Digits, Formats>();
  return (digits) => made.get(digits) ?? (made.set(digits, make(digits)), made.get(digits) as Formats);
}

/** One number format for the whole site: figures, counts and chart labels alike, in a briefing's own digits. */
const numbers = perDigits((digits) => new Intl.NumberFormat(SITE.locale, { numberingSystem: digits }));

export function formatNumber(value: number, digits: Digits = NUMBERING_SYSTEM): string {
  return numbers(digits).format(value);
}

const utc = { timeZone: 'UTC' } as const;

/** Gregorian formats by how precisely the date is written. */
const GREGORIAN = perDigits((numberingSystem) => ({
  day: new Intl.DateTimeFormat(SITE.locale, { ...utc, numberingSystem, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }),
  month: new Intl.DateTimeFormat(SITE.locale, { ...utc, numberingSystem, month: 'long', year: 'numeric' }),
  year: new Intl.DateTimeFormat(SITE.locale, { ...utc, numberingSystem, year: 'numeric' }),
  /** A day without its weekday: "about Tuesday" would claim more than is known, and a label on an axis names a day, not an event. */
  plainDay: new Intl.DateTimeFormat(SITE.locale, { ...utc, numberingSystem, day: 'numeric', month: 'long', year: 'numeric' }),
}));

/** Hijri (Umm al-Qura) formats: a Gregorian month or year spans parts of two Hijri ones. */
const HIJRI = perDigits((numberingSystem) => ({
  day: new Intl.DateTimeFormat(SITE.locale, { ...utc, numberingSystem, calendar: 'islamic-umalqura', day: 'numeric', month: 'long', year: 'numeric' }),
  month: new Intl.DateTimeFormat(SITE.locale, { ...utc, numberingSystem, calendar: 'islamic-umalqura', month: 'long', year: 'numeric' }),
  year: new Intl.DateTimeFormat(SITE.locale, { ...utc, numberingSystem, calendar: 'islamic-umalqura', year: 'numeric' }),
}));

/** The first and last day that a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` date covers. */
export function periodOf(date: string): { first: Date; last: Date } {
  const [year, month, day] = date.split('-').map(Number) as [number, number?, number?];
  const first = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
  const last = day !== undefined ? first : month !== undefined ? new Date(Date.UTC(year, month, 0)) : new Date(Date.UTC(year, 11, 31));
  return { first, last };
}

/** The Gregorian date in Arabic, as precisely as it is known and no more. */
export function formatGregorian(date: string, precision: Precision, digits: Digits = NUMBERING_SYSTEM): string {
  const { first } = periodOf(date);
  if (precision === 'approximate') return `نحو ${formatPlainDate(date, digits)}`;
  const written = GREGORIAN(digits)[granularity(date)].format(first);
  if (precision === 'open') return `من ${written} فصاعدًا`;
  return written;
}

/** The Gregorian date as written, with nothing added: no weekday, no "about", no "onward". */
export function formatPlainDate(date: string, digits: Digits = NUMBERING_SYSTEM): string {
  const formats = GREGORIAN(digits);
  return (granularity(date) === 'day' ? formats.plainDay : formats[granularity(date)]).format(periodOf(date).first);
}

/** The same period in the Hijri calendar: one day, or the range a month or year spans. */
export function formatHijri(date: string, precision: Precision, digits: Digits = NUMBERING_SYSTEM): string {
  const { first, last } = periodOf(date);
  const format = HIJRI(digits)[granularity(date)];
  const written = first.getTime() === last.getTime() ? format.format(first) : format.formatRange(first, last);
  if (precision === 'approximate') return `نحو ${written}`;
  if (precision === 'open') return `من ${written} فصاعدًا`;
  return written;
}

/** A site date (a briefing's publication) in Arabic. */
export function formatDay(date: Date): string {
  return GREGORIAN(NUMBERING_SYSTEM).day.format(date);
}

/** A source's publication date: a day, month or year as precisely as it is written, or a range when only that much is known. */
export function formatDayRange(from: string, until?: string): string {
  const written = (date: string) => formatGregorian(date, granularity(date));
  return until ? `${written(from)} – ${written(until)}` : written(from);
}

/** A unit in Arabic words; a unit the site has no word for yet is shown by its id. */
export function unitLabel(unit: string): string {
  return (UNIT_LABELS as Record<string, string>)[unit] ?? unit;
}

/** A figure in words: "نحو 2,500 جندي" for an approximate one, "2,500 جندي" for an exact one. */
export function formatFigure({ value, approximate, unit }: { value: number; approximate: boolean; unit: string }): string {
  return `${approximate ? 'نحو ' : ''}${formatNumber(value)} ${unitLabel(unit)}`;
}

/** A month and year, short: the labels of a chart's date axis. */
const MONTH = new Intl.DateTimeFormat(SITE.locale, { ...utc, month: 'short', year: 'numeric' });

export function formatMonth(date: Date): string {
  return MONTH.format(date);
}

/** A change between two values, always signed (+500, −500), zero as 0. */
const changes = new Intl.NumberFormat(SITE.locale, { numberingSystem: NUMBERING_SYSTEM, signDisplay: 'exceptZero' });

export function formatChange(value: number): string {
  return changes.format(value);
}
