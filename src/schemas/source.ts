import { z } from 'astro/zod';
import { calendarDateSchema } from './calendar-date';
import { oneOf, record, text } from './fields';

/** A published work that supports a context event: who published it, when, where. */
export const citationSchema = record({
  /** The publisher or author, as they name themselves. */
  publisher: text(),
  /** The title of the piece, if it has one worth quoting. */
  title: text().optional(),
  /** When it was published. */
  date: calendarDateSchema.optional(),
  /** Where it can be read. */
  url: z.url({ protocol: /^https?$/, error: 'is not a web address: write the full address, starting with https://, or remove the field' }).optional(),
});

/** The article's provenance: only what is known, and how it is known. */
export const sourceSchema = record({
  /** The publisher, or null when the text does not name one. */
  publisher: text().nullable(),
  /** When the article was published, stated by it or inferred by the analyst. */
  published: record({
    /** The date, or the first day of the range it may be. */
    date: calendarDateSchema,
    /** The last day of the range, when the date is only known to lie in one. */
    until: calendarDateSchema.optional(),
    /** `stated`: the source says so; `inferred`: the analyst worked it out (see `note`). */
    basis: oneOf(['stated', 'inferred']),
    /** How the date was found. */
    note: text(),
  }),
  /** The caption of the article's lead photo, kept as text: the photo itself was not supplied. */
  caption: text().optional(),
});

export type Citation = z.infer<typeof citationSchema>;
