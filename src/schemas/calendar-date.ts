import { z } from 'astro/zod';
import { isCalendarDate } from '../lib/dates';
import { text } from './fields';

/** Back to `YYYY-MM-DD`, for a date YAML already read as a timestamp (see `briefing-file.ts`). */
const asWritten = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : value);

const REAL_DATE = 'is not a real calendar date: write YYYY, YYYY-MM or YYYY-MM-DD, and check that the day exists';

/**
 * A calendar date as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. The file check reads YAML without
 * timestamps, so `2021-02-30` reaches this as text and is refused; Astro's own reading turns
 * dates into Dates (rolling 30 February over to 2 March), which is why that check runs first.
 */
export const calendarDateSchema = z.preprocess(asWritten, text('a date, YYYY, YYYY-MM or YYYY-MM-DD').refine(isCalendarDate, REAL_DATE));

/** A day, `YYYY-MM-DD`, as a Date at midnight UTC. */
export const daySchema = z.preprocess(
  asWritten,
  text('a date, YYYY-MM-DD')
    .refine((date) => /^\d{4}-\d{2}-\d{2}$/.test(date) && isCalendarDate(date), REAL_DATE.replace('YYYY, YYYY-MM or YYYY-MM-DD', 'YYYY-MM-DD'))
    .transform((date) => new Date(`${date}T00:00:00Z`)),
);
