import { z } from 'astro/zod';
import { isCalendarDate } from '../lib/dates';
import { text } from './fields';

/**
 * A calendar date as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. YAML reads an unquoted `2021-07-26` as a
 * timestamp, so a Date is taken back to its `YYYY-MM-DD` form first.
 */
export const calendarDateSchema = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  text().refine(isCalendarDate, 'is not a real calendar date: write YYYY, YYYY-MM or YYYY-MM-DD (and check the day exists)'),
);
