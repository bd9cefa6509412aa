/**
 * The shortest TextQuoteSelector that lands on one span and nowhere else. Context is taken in
 * whole words, from within the span's paragraph: first nothing, then 1…MAX_CONTEXT_WORDS words
 * before, then after, then both. Each candidate is checked with `resolveSelector`, the resolver
 * the build uses, so a selector this returns is one the build resolves to the same span.
 */
import type { Selector } from '../../schemas/selector';
import { resolveSelector, type Span } from '../selectors';

/** The most words of context tried on either side. */
export const MAX_CONTEXT_WORDS = 6;

/** Offsets where a context of whole words may start before `span` (nearest first). */
function prefixStarts(text: string, span: Span, bounds: Span): number[] {
  const starts: number[] = [];
  for (let at = span.start - 1; at >= bounds.start && starts.length < MAX_CONTEXT_WORDS; at--) {
    const wordStart = at === bounds.start || /\s/u.test(text[at - 1] as string);
    if (wordStart && !/\s/u.test(text[at] as string)) starts.push(at);
  }
  return starts;
}

/** Offsets where a context of whole words may end after `span` (nearest first). */
function suffixEnds(text: string, span: Span, bounds: Span): number[] {
  const ends: number[] = [];
  for (let at = span.end + 1; at <= bounds.end && ends.length < MAX_CONTEXT_WORDS; at++) {
    const wordEnd = at === bounds.end || /\s/u.test(text[at] as string);
    if (wordEnd && !/\s/u.test(text[at - 1] as string)) ends.push(at);
  }
  return ends;
}

/**
 * A selector for `span` of `text` that resolves there alone, with context from within `bounds`
 * (the span's paragraph); undefined when even MAX_CONTEXT_WORDS words on both sides are not enough.
 */
export function uniqueSelector(text: string, span: Span, bounds: Span = { start: 0, end: text.length }): Selector | undefined {
  const exact = text.slice(span.start, span.end);
  const prefixes = prefixStarts(text, span, bounds).map((start) => text.slice(start, span.start));
  const suffixes = suffixEnds(text, span, bounds).map((end) => text.slice(span.end, end));
  const candidates: Selector[] = [
    { exact },
    ...prefixes.map((prefix) => ({ exact, prefix })),
    ...suffixes.map((suffix) => ({ exact, suffix })),
    ...prefixes.flatMap((prefix) => suffixes.map((suffix) => ({ exact, prefix, suffix }))),
  ];
  return candidates.find((candidate) => {
    const resolution = resolveSelector(text, candidate);
    return 'span' in resolution && resolution.span.start === span.start && resolution.span.end === span.end;
  });
}
