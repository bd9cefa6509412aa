/**
 * The invisible characters that change the order in which text is displayed: the embeddings and
 * overrides U+202A–U+202E and the isolates U+2066–U+2069. In the analysis they are a hazard — a
 * right-to-left override in a note silently reorders what a reader sees — so the frontmatter may
 * not hold them. A selector's `exact`, `prefix` and `suffix` copy the body as it is, so there
 * they follow the body; and in the body they are the source's own characters, evidence that
 * stays, which the build only points out.
 */
import type { Problem } from './content-error';
import { fieldPath } from './content-error';

const CONTROLS = /[\u202A-\u202E\u2066-\u2069]/gu;

const NAMES: Record<string, string> = {
  '\u202A': 'LEFT-TO-RIGHT EMBEDDING',
  '\u202B': 'RIGHT-TO-LEFT EMBEDDING',
  '\u202C': 'POP DIRECTIONAL FORMATTING',
  '\u202D': 'LEFT-TO-RIGHT OVERRIDE',
  '\u202E': 'RIGHT-TO-LEFT OVERRIDE',
  '\u2066': 'LEFT-TO-RIGHT ISOLATE',
  '\u2067': 'RIGHT-TO-LEFT ISOLATE',
  '\u2068': 'FIRST STRONG ISOLATE',
  '\u2069': 'POP DIRECTIONAL ISOLATE',
};

/** The fields that copy the body verbatim, and may hold what the body holds. */
const SELECTOR_FIELDS = new Set(['exact', 'prefix', 'suffix']);

/** Each direction control in `text`, as `U+202E (RIGHT-TO-LEFT OVERRIDE) at character 12`. */
export function describeControls(text: string): string[] {
  return [...text.matchAll(CONTROLS)].map((match) => {
    const char = match[0];
    const code = `U+${(char.codePointAt(0) as number).toString(16).toUpperCase()}`;
    return `${code} (${NAMES[char]}) at character ${[...text.slice(0, match.index)].length + 1}`;
  });
}

/** A problem for every frontmatter text, selectors' own fields aside, that holds a direction control. */
export function frontmatterControlProblems(frontmatter: unknown): Problem[] {
  const problems: Problem[] = [];
  const visit = (value: unknown, path: (string | number)[]): void => {
    if (typeof value === 'string') {
      const found = describeControls(value);
      if (found.length > 0) {
        problems.push({
          field: fieldPath(path),
          message: `holds the invisible direction control${found.length > 1 ? 's' : ''} ${found.join(', ')}: remove ${found.length > 1 ? 'them, since they reorder' : 'it, since it reorders'} the text a reader sees (the page isolates mixed-direction runs itself)`,
        });
      }
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => visit(item, [...path, index]));
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) if (!SELECTOR_FIELDS.has(key)) visit(item, [...path, key]);
    }
  };
  visit(frontmatter, []);
  return problems;
}

/** A warning for every body paragraph (counted as the page counts them, #p-1…) that holds a direction control. */
export function bodyControlWarnings(body: string): string[] {
  return body
    .trim()
    .split(/\n[ \t]*\n/u)
    .flatMap((paragraph, index) => {
      const found = describeControls(paragraph);
      return found.length === 0 ? [] : [`paragraph ${index + 1} (#p-${index + 1}) holds the invisible direction control${found.length > 1 ? 's' : ''} ${found.join(', ')}: kept, as the source's own text; check that the page reads as the source does`];
    });
}
