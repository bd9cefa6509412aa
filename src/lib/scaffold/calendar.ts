/**
 * Day arithmetic for the scaffold's dates, in UTC so that no time zone moves a day: the Hijri
 * calendar through Intl's islamic-umalqura (which formats but never parses, so a Hijri date is
 * found by estimating its day and searching around it), and days, weeks, months and years
 * counted from an article's publication date.
 */

/** A Gregorian day as `YYYY-MM-DD`. */
export type Day = string;

const HIJRI = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });

const toDate = (day: Day): Date => new Date(`${day}T00:00:00Z`);
const toDay = (date: Date): Day => date.toISOString().slice(0, 10);

/** `day` moved by `days` (negative: back). */
export const addDays = (day: Day, days: number): Day => toDay(new Date(toDate(day).getTime() + days * 86_400_000));

/** The month `months` after (or before) the month of `day`, as `YYYY-MM`. */
export function addMonths(day: Day, months: number): string {
  const date = toDate(day);
  const shifted = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
  return toDay(shifted).slice(0, 7);
}

/** The last day of a month `YYYY-MM`. */
export const lastDayOf = (month: string): Day => addDays(`${addMonths(`${month}-01`, 1)}-01`, -1);

/** 0 for Sunday … 6 for Saturday. */
export const weekdayOf = (day: Day): number => toDate(day).getUTCDay();

/** The Hijri year, month and day of a Gregorian day (Umm al-Qura). */
export function hijriOf(day: Day): { year: number; month: number; day: number } {
  const parts = Object.fromEntries(HIJRI.formatToParts(toDate(day)).map((part) => [part.type, part.value]));
  return { year: Number(parts['year']), month: Number(parts['month']), day: Number(parts['day']) };
}

/** The Gregorian day of a Hijri date (Umm al-Qura), or undefined when that day does not exist (30 of a 29-day month). */
export function fromHijri(year: number, month: number, day = 1): Day | undefined {
  // 16 July 622 (Julian) is 19 July 622 in the proleptic Gregorian calendar Date counts in.
  const estimate = Date.UTC(622, 6, 19) + Math.round((year - 1) * 354.367 + (month - 1) * 29.53 + (day - 1)) * 86_400_000;
  for (let offset = 0; offset <= 5; offset++) {
    for (const sign of offset === 0 ? [1] : [-1, 1]) {
      const candidate = toDay(new Date(estimate + sign * offset * 86_400_000));
      const found = hijriOf(candidate);
      if (found.year === year && found.month === month && found.day === day) return candidate;
    }
  }
  return undefined;
}

/** The first and last Gregorian days of a Hijri month. */
export function hijriMonthSpan(year: number, month: number): { first: Day; last: Day } | undefined {
  const first = fromHijri(year, month, 1);
  const next = month === 12 ? fromHijri(year + 1, 1, 1) : fromHijri(year, month + 1, 1);
  return first && next ? { first, last: addDays(next, -1) } : undefined;
}
