import { z } from 'astro/zod';
import { idSchema } from './id';
import { selectorSchema } from './selector';

/** Someone who acts, speaks or is spoken of in the article. */
export const actorSchema = z.strictObject({
  /** Stable id, also the actor's URL fragment (`#actor-<id>`). */
  id: idSchema,
  /** The name in Arabic (as the article spells it) and in English. */
  name: z.strictObject({ ar: z.string().min(1), en: z.string().min(1) }),
  /** What kind of actor this is. */
  kind: z.enum(['person', 'organization', 'state', 'group', 'media']),
  /** The actor's role at the time of the article, in Arabic. */
  role: z.string().min(1).optional(),
  /** The Wikidata item, e.g. `Q6279` — only where the identity is certain. */
  wikidata: z
    .string()
    .regex(/^Q[1-9][0-9]*$/, 'must be a Wikidata item id such as "Q6279"')
    .optional(),
  /** Every place the body names the actor. */
  mentions: z.array(selectorSchema).min(1, 'is empty: anchor at least one mention in the body'),
});

export type Actor = z.infer<typeof actorSchema>;
