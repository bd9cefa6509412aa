import { z } from 'astro/zod';

/**
 * Field constructors whose errors tell a content author what to write. Zod's own messages
 * ("expected string, received undefined") say what the parser saw; these say what to do.
 */

type Issue = { code: string; input?: unknown; keys?: string[] };

const describe = (input: unknown): string => (Array.isArray(input) ? 'a list' : input === null ? 'empty (null)' : typeof input === 'object' ? 'a mapping' : `${JSON.stringify(input)}`);

/** An error function: a missing field is "missing", a wrong one says what it should be. */
function expecting(what: string) {
  return (issue: Issue): string => (issue.input === undefined ? `is missing: add it (${what})` : `is ${describe(issue.input)}: write ${what}`);
}

/** How `npm run new` starts the values an author must write over; such a value never builds. */
export const PLACEHOLDER_PREFIX = 'TODO:';
export const PLACEHOLDER_MESSAGE = 'is a placeholder left by npm run new: write the real value over it';

/** Text that is not empty, nor a placeholder; `what` says what kind of text, for the messages. */
export const text = (what = 'text') =>
  z
    .string({ error: expecting(what) })
    .min(1, 'is empty: write it, or remove the field if it is optional')
    .refine((value) => !value.startsWith(PLACEHOLDER_PREFIX), PLACEHOLDER_MESSAGE);

/** A number. */
export const number = () => z.number({ error: expecting('a number without quotes or digit separators, e.g. 2500') });

/** true or false. */
export const flag = () => z.boolean({ error: expecting('true or false') });

/** One of a fixed set of words. */
export function oneOf<const Values extends readonly [string, ...string[]]>(values: Values) {
  const allowed = values.join(', ');
  return z.enum(values, {
    error: (issue: Issue) => (issue.input === undefined ? `is missing: add one of ${allowed}` : `is ${describe(issue.input)}, which is not one of ${allowed}: use one of them`),
  });
}

/**
 * One of a set of words kept as content rather than code (such as the units): the set is only
 * known when the file is read, and a word outside it says how to add one.
 */
export function vocabulary(values: readonly string[], howToAdd: string) {
  const allowed = values.join(', ');
  return z
    .string({ error: (issue: Issue) => (issue.input === undefined ? `is missing: add one of ${allowed}` : `is ${describe(issue.input)}, which is not one of ${allowed}: use one of them`) })
    .refine((value) => values.includes(value), { error: (issue: Issue) => `is ${describe(issue.input)}, which is not one of ${allowed}: use one of them, or ${howToAdd}` });
}

/** A list, one `- item` per line in YAML. */
export const list = <Item extends z.ZodType>(item: Item) => z.array(item, { error: expecting('a list, one "- item" per line') });

/** A mapping with exactly these fields: a misspelt or unknown field is an error, never ignored. */
export function record<Shape extends z.ZodRawShape>(shape: Shape) {
  const allowed = Object.keys(shape).join(', ');
  return z.strictObject(shape, {
    error: (issue: Issue) =>
      issue.code === 'unrecognized_keys'
        ? `has the unknown field${issue.keys && issue.keys.length > 1 ? 's' : ''} ${issue.keys?.map((key) => `"${key}"`).join(', ')}: remove it or fix its spelling (the fields are ${allowed})`
        : expecting(`a mapping with the fields ${allowed}`)(issue),
  });
}

/**
 * The mark `npm run new` puts on every annotation it proposes. An author confirms a proposal by
 * deleting the line; a briefing with a proposal left in it does not build.
 */
export const proposal = () => z.literal(true, { error: 'can only be true, on a proposal: delete the line to confirm it' }).optional();
