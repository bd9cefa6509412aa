import { text } from './fields';

/** An annotation id: kebab-case ASCII. It becomes a public URL fragment, so it never changes. */
export const idSchema = text().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case ASCII (a–z, 0–9, single hyphens), e.g. "fuad-hussein"');
