import type { z } from 'astro/zod';
import { list, oneOf, proposal, record, text } from './fields';
import { idSchema } from './id';
import { selectorSchema } from './selector';

/** Someone who acts, speaks or is spoken of in the article. */
export const actorSchema = record({
  /** Stable id, also the actor's URL fragment (`#actor-<id>`). */
  id: idSchema,
  /** The name in Arabic (as the article spells it) and in English. */
  name: record({ ar: text(), en: text() }),
  /** What kind of actor this is. */
  kind: oneOf(['person', 'organization', 'state', 'group', 'media']),
  /** The actor's role at the time of the article, in Arabic. */
  role: text().optional(),
  /** The Wikidata item, e.g. `Q6279` — only where the identity is certain. */
  wikidata: text()
    .regex(/^Q[1-9][0-9]*$/, 'is not a Wikidata item id: copy the id from the item\'s Wikidata page, e.g. "Q6279", or remove the field')
    .optional(),
  /** Present (true) on an annotation `npm run new` proposed and nobody has confirmed yet. */
  proposed: proposal(),
  /** Every place the body names the actor. */
  mentions: list(selectorSchema).min(1, 'is empty: anchor at least one mention in the body'),
});

export type Actor = z.infer<typeof actorSchema>;
