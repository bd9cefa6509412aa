/**
 * Where quotation marks open and close, and where sentences end, in one paragraph. A full stop
 * inside «…» ends no sentence of the article: it belongs to the quote, so quoted spans are
 * skipped when looking for the end of a sentence.
 */
import type { Span } from '../selectors';

/** A quoted span: the marks included (`start`, `end`) and the words inside (`inner`). */
export interface Quoted extends Span {
  inner: Span;
  /** The opening mark: « or " or “. */
  mark: string;
}

const CLOSING: Record<string, string> = { '«': '»', '“': '”', '"': '"' };

/**
 * The quoted spans of a paragraph, outermost only: «…» (nesting counted), “…” and "…" pairs.
 * A mark with no partner is ignored.
 */
export function quotedSpans(paragraph: string): Quoted[] {
  const found: Quoted[] = [];
  let at = 0;
  while (at < paragraph.length) {
    const char = paragraph[at] as string;
    const closing = CLOSING[char];
    if (closing === undefined) {
      at++;
      continue;
    }
    let depth = 1;
    let end = -1;
    for (let scan = at + 1; scan < paragraph.length; scan++) {
      const next = paragraph[scan];
      if (next === closing && (closing !== char || depth === 1)) {
        depth--;
        if (depth === 0) {
          end = scan + 1;
          break;
        }
      } else if (next === char && closing !== char) {
        depth++;
      }
    }
    if (end === -1) {
      at++;
      continue;
    }
    found.push({ start: at, end, inner: { start: at + 1, end: end - 1 }, mark: char });
    at = end;
  }
  return found;
}

const inside = (spans: Span[], at: number): Span | undefined => spans.find((span) => span.start <= at && at < span.end);

/**
 * True when the character at `at` ends a sentence: `؟ ? !`, or a full stop that is not part of
 * `...` nor of a number like `2.5`.
 */
export function endsSentence(paragraph: string, at: number): boolean {
  const char = paragraph[at];
  if (char === '؟' || char === '?' || char === '!') return true;
  if (char !== '.') return false;
  const before = paragraph[at - 1] ?? '';
  const after = paragraph[at + 1] ?? '';
  if (before === '.' || after === '.') return false;
  return !(/\d/u.test(before) && /\d/u.test(after));
}

/** The offset of the end of the sentence that `from` is in: its terminator, or the paragraph's end. */
export function sentenceEnd(paragraph: string, from: number, quoted: Span[] = quotedSpans(paragraph)): number {
  for (let at = from; at < paragraph.length; at++) {
    const skip = inside(quoted, at);
    if (skip) {
      at = skip.end - 1;
      continue;
    }
    if (endsSentence(paragraph, at)) return at;
  }
  return paragraph.length;
}

/** The offset where the sentence holding `at` starts: after the previous terminator and its spaces. */
export function sentenceStart(paragraph: string, at: number, quoted: Span[] = quotedSpans(paragraph)): number {
  for (let scan = at - 1; scan >= 0; scan--) {
    const skip = inside(quoted, scan);
    if (skip) {
      scan = skip.start;
      continue;
    }
    if (endsSentence(paragraph, scan)) {
      let start = scan + 1;
      while (start < at && /\s/u.test(paragraph[start] as string)) start++;
      return start;
    }
  }
  return 0;
}

/** `span` without the whitespace and the given punctuation at either end. */
export function trimSpan(paragraph: string, span: Span, punctuation = /[\s،,؛;:.\-–—]/u): Span {
  let { start, end } = span;
  while (start < end && punctuation.test(paragraph[start] as string)) start++;
  while (end > start && punctuation.test(paragraph[end - 1] as string)) end--;
  return { start, end };
}

/** The number of words in a span. */
export function wordsIn(paragraph: string, span: Span): number {
  return paragraph.slice(span.start, span.end).split(/[\s\u00A0]+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}
