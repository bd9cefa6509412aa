import type { z } from 'astro/zod';
import { list, oneOf, proposal, record } from './fields';
import { idSchema } from './id';
import { selectorFields } from './selector';

/** Who said what: the quoted words in the body, anchored and linkable (`#quote-<id>`). */
export const quoteSchema = record({
  /** Stable id, also the quote's URL fragment. Never renamed once published. */
  id: idSchema,
  /** The actor id of who said it. */
  speaker: idSchema,
  /** The actor id of the medium that carried it, if the article names one. */
  via: idSchema.optional(),
  /** Present (true) on an annotation `npm run new` proposed and nobody has confirmed yet. */
  proposed: proposal(),
  /** `direct`: the speaker's words in quotation marks; `reported`: the article's paraphrase. */
  kind: oneOf(['direct', 'reported']),
  /** Ids this annotation was published under before a rename: each keeps resolving, as an extra anchor. */
  aliases: list(idSchema).default([]),
  ...selectorFields,
});

export type Quote = z.infer<typeof quoteSchema>;
