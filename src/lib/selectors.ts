import type { Selector } from '../schemas/selector';
import { foldArabic } from './arabic';

/** A half-open range of UTF-16 offsets into a text. */
export interface Span {
  start: number;
  end: number;
}

export type Resolution = { span: Span } | { problem: string };

/**
 * How a body's blocks are joined into the one text that selectors resolve against: a span that
 * contains it runs from one paragraph into the next.
 */
export const BLOCK_SEPARATOR = '\n\n';

/** True when two spans overlap without one holding the other: nesting is fine, crossing is not. */
export function crosses(a: Span, b: Span): boolean {
  return (a.start < b.start && b.start < a.end && a.end < b.end) || (b.start < a.start && a.start < b.end && b.end < a.end);
}

/** Every offset at which `exact` starts in `text`, overlapping occurrences included. */
function occurrences(text: string, exact: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) found.push(at);
  return found;
}

/** The text around a span, for messages: `"…before[span]after…"`. */
export function excerpt(text: string, span: Span, context = 12): string {
  const before = text.slice(Math.max(0, span.start - context), span.start);
  const after = text.slice(span.end, span.end + context);
  // A paragraph break shows as ¶, so that a message stays on one line.
  return `"…${before}[${text.slice(span.start, span.end)}]${after}…"`.replace(/\n+/g, ' ¶ ');
}

/**
 * Resolves a W3C TextQuoteSelector against `text`: the one place where `exact` occurs with
 * `prefix` right before it and `suffix` right after. Anything else — no place, several places —
 * is a problem described for the author, with the nearest text found.
 */
export function resolveSelector(text: string, selector: Selector): Resolution {
  const { exact, prefix = '', suffix = '' } = selector;
  const all = occurrences(text, exact);
  const matching = all.filter(
    (start) =>
      text.slice(start - prefix.length, start) === prefix &&
      text.startsWith(suffix, start + exact.length),
  );
  const spans = matching.map((start) => ({ start, end: start + exact.length }));
  if (spans.length === 1) return { span: spans[0] as Span };

  if (spans.length > 1) {
    const places = spans.map((span) => excerpt(text, span)).join(' and ');
    return { problem: `"${exact}" occurs ${spans.length} times (${places}): add a prefix or suffix, the text right before or after it, to pick one` };
  }
  if (all.length > 0) {
    const places = all.map((start) => excerpt(text, { start, end: start + exact.length })).join(' and ');
    return { problem: `"${exact}" occurs (${places}) but never with prefix "${prefix}" and suffix "${suffix}": copy them from the text right before and after the span` };
  }
  const variant = variantMatch(text, exact);
  if (variant) {
    return { problem: `"${exact}" is not in the body, but "${text.slice(variant.start, variant.end)}" is: they differ only by Arabic letter variants (ى/ي, أ/إ/آ/ا, ة/ه) or diacritics. Copy the body's spelling: it is the source's, and is not corrected` };
  }
  const closest = closestSpan(text, exact);
  return { problem: `"${exact}" is not in the body; the closest text is "${text.slice(closest.start, closest.end)}". Copy the span from the body exactly` };
}

/** Where `exact` occurs once letter variants and diacritics are folded, if it does. */
function variantMatch(text: string, exact: string): Span | undefined {
  const haystack = foldArabic(text);
  const needle = foldArabic(exact).text;
  const at = needle ? haystack.text.indexOf(needle) : -1;
  if (at === -1) return undefined;
  const last = haystack.origin[at + needle.length - 1] as number;
  return { start: haystack.origin[at] as number, end: last + 1 };
}

/**
 * The substring of `text` with the least edit distance to `pattern` (Sellers' algorithm): each
 * cell carries the cost of the best alignment ending there and the offset where it starts.
 */
export function closestSpan(text: string, pattern: string): Span {
  let cost = Array.from({ length: text.length + 1 }, () => 0);
  let from = Array.from({ length: text.length + 1 }, (_, j) => j);
  for (let i = 1; i <= pattern.length; i++) {
    const nextCost = [i];
    const nextFrom = [0];
    for (let j = 1; j <= text.length; j++) {
      const substitute = (cost[j - 1] as number) + (pattern[i - 1] === text[j - 1] ? 0 : 1);
      const skipPattern = (cost[j] as number) + 1;
      const skipText = (nextCost[j - 1] as number) + 1;
      const best = Math.min(substitute, skipPattern, skipText);
      nextCost.push(best);
      nextFrom.push(best === substitute ? (from[j - 1] as number) : best === skipPattern ? (from[j] as number) : (nextFrom[j - 1] as number));
    }
    cost = nextCost;
    from = nextFrom;
  }
  // Least cost first; between equals, the length nearest the pattern's.
  const score = (j: number) => (cost[j] as number) * (pattern.length + 1) + Math.abs(j - (from[j] as number) - pattern.length);
  let end = 0;
  for (let j = 1; j <= text.length; j++) if (score(j) < score(end)) end = j;
  return { start: from[end] as number, end };
}
