import type { z } from 'astro/zod';
import { precisionMatches } from '../lib/dates';
import { calendarDateSchema } from './calendar-date';
import { list, oneOf, proposal, record, text } from './fields';
import { idSchema } from './id';
import { selectorSchema } from './selector';
import { citationSchema } from './source';

/**
 * An event on the annotated timeline. The `date` is written as precisely as it is known:
 * `day` → YYYY-MM-DD, `month` → YYYY-MM, `year` → YYYY; `approximate` → any of those, shown as
 * "about"; `open` → the earliest it can be, with no end the article gives.
 */
export const eventSchema = record({
    /** Ids this annotation was published under before a rename: each keeps resolving, as an extra anchor. */
    aliases: list(idSchema).default([]),
    /** Stable id, also the URL fragment of its first mention (`#date-<id>`). */
    id: idSchema,
    /** Present (true) on an annotation `npm run new` proposed and nobody has confirmed yet. */
    proposed: proposal(),
    /** The resolved date. */
    date: calendarDateSchema,
    /** How precisely the date is known. */
    precision: oneOf(['day', 'month', 'year', 'approximate', 'open']),
    /** `reported`: it happened; `scheduled`: it is to happen; `deadline`: it must happen by then; `context`: background the article does not state. */
    kind: oneOf(['reported', 'scheduled', 'deadline', 'context']),
    /** The event in a few Arabic words. */
    title: text(),
    /** The analyst's annotation: how the date was resolved and why it matters, in Arabic. */
    note: text(),
    /** Every phrase of the body that refers to this date; empty for context events. */
    mentions: list(selectorSchema).default([]),
    /** Public reporting the event rests on; required for context events. */
    sources: list(citationSchema).default([]),
  })
  .refine((event) => precisionMatches(event.precision, event.date), {
    path: ['precision'],
    message: 'contradicts the date: write a day as YYYY-MM-DD, a month as YYYY-MM, a year as YYYY, or use approximate',
  })
  .refine((event) => event.kind === 'context' || event.mentions.length > 0, {
    path: ['mentions'],
    message: 'is empty: anchor the phrase of the body that refers to this date, or make it a context event',
  })
  .refine((event) => event.kind !== 'context' || event.sources.length > 0, {
    path: ['sources'],
    message: 'is empty: add at least one source, since the article does not state a context event',
  });

export type TimelineEvent = z.infer<typeof eventSchema>;
