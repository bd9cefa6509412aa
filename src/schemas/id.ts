import { text } from './fields';

/** An annotation id: kebab-case ASCII. It becomes a public URL fragment, so it never changes. */
export const idSchema = text('an id in kebab-case ASCII, e.g. "foreign-minister"').regex(
  /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
  'is not kebab-case ASCII: rename it with a–z, 0–9 and single hyphens, e.g. "foreign-minister"',
);
