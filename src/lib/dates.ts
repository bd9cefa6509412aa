/** Dates as the content model writes them: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, always real. */

const CALENDAR_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export type Precision = 'day' | 'month' | 'year' | 'approximate' | 'open';

/** The granularity a date string is written at. */
export function granularity(date: string): 'day' | 'month' | 'year' {
  return date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year';
}

/** True for `YYYY`, `YYYY-MM` or `YYYY-MM-DD` naming a day that exists (no 30 February). */
export function isCalendarDate(date: string): boolean {
  const match = CALENDAR_DATE.exec(date);
  if (!match) return false;
  const [, year, month = '01', day = '01'] = match;
  const utc = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return utc.toISOString().slice(0, 10) === `${year}-${month}-${day}`;
}

/** `day`, `month` and `year` say how the date is written; `approximate` and `open` fit any. */
export function precisionMatches(precision: Precision, date: string): boolean {
  return precision === 'approximate' || precision === 'open' || precision === granularity(date);
}
