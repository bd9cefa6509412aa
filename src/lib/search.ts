/**
 * Arabic-tolerant search over Pagefind's index: the pure parts, shared by the integration that
 * writes the index (src/integrations/search-index.ts) and the search page's script, so that both
 * sides fold text with the one `foldArabic`.
 *
 * Pagefind's own Arabic handling (a Snowball stemmer) equates some spellings and not others: it
 * finds «القوة» for «القوة» but not for «القوه», and «سنبقي» but not «سنبقى». So the index gets,
 * besides each page's own text, the folded spelling of every word that folding changes, and the
 * query is folded before it is searched: whatever letter variants or diacritics the reader
 * types, the folded query meets the folded words.
 *
 *   what Pagefind indexes for a page            what `content` holds, word by word
 *   ─────────────────────────────────            ─────────────────────────────────────────────
 *   <article data-pagefind-body>…</article>      0 … n-1   the page's own words, as published
 *   <div hidden data-pagefind-body>              n …       the folded variants, from the anchor
 *     <p id="search-folded">القوه سنبقي…</p>               FOLDED_ANCHOR (whose location is n)
 *
 * Excerpts are cut from words 0 … n-1 only, so a reader always sees the article's own spelling.
 */
import { foldArabic } from './arabic';

/**
 * The id of the element that holds a page's folded variants in what Pagefind indexes (never in
 * the built page). Pagefind reports it among the page's anchors, with the word it starts at.
 */
export const FOLDED_ANCHOR = 'search-folded';

/**
 * Pagefind's ranking on this site (`options({ ranking })`): the length of a page weighs little.
 * With Pagefind's default (0.75) a short list that quotes a sentence of a briefing, such as an
 * actor's page, outranks the briefing itself, whose article, timeline and analysis make it long;
 * a search for a briefing's own words must list the briefing first (tests/e2e/search-ranking.test.ts).
 */
export const SEARCH_RANKING = { pageLength: 0.1 } as const;

/** A word: a run of letters (tatweel is one), combining marks (harakat) and digits. */
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** How Pagefind splits a page's `content` into the words its `locations` count (its `word_separators`). */
const SEPARATORS = /[^\S\uFEFF]+/;

/** Anything that is not a letter or a digit: punctuation that sticks to a word in `content`. */
const NOT_LETTERS = /[^\p{L}\p{N}]+/gu;

/** Text folded the way the index is: letter variants merged, diacritics and tatweel dropped. */
export function folded(text: string): string {
  return foldArabic(text).text;
}

/**
 * The folded spelling of every word of `text` that folding changes, each once, in the order
 * they first appear. Words that folding leaves alone are already in the index as they are.
 */
export function foldedVariants(text: string): string[] {
  const variants = new Set<string>();
  for (const [word] of text.matchAll(WORD)) {
    const variant = folded(word);
    if (variant !== word && variant !== '') variants.add(variant);
  }
  return [...variants];
}

/** A word of an excerpt, and whether it is one the search matched. */
export interface ExcerptWord {
  text: string;
  match: boolean;
}

export interface Excerpt {
  words: ExcerptWord[];
  /** Words of the page come before the excerpt. */
  before: boolean;
  /** Words of the page come after it. */
  after: boolean;
}

/**
 * The part of a page to show under its search result: `length` words of the page's own text
 * around its first match, with every matched word marked.
 *
 * `content` and `locations` are Pagefind's (the page's text, then its folded variants; the
 * positions of the words that matched), `foldedFrom` the position where the folded variants
 * start (undefined when the page has none). A match among the variants stands for every word of
 * the page that folds to it: those are the words marked.
 */
export function excerptOf(content: string, locations: readonly number[], foldedFrom: number | undefined, length = 30): Excerpt {
  // Split exactly as Pagefind does, so that its locations index these words.
  const all = content.split(SEPARATORS);
  const end = Math.min(foldedFrom ?? all.length, all.length);
  const words = all.slice(0, end);
  const bare = (word: string): string => folded(word).replace(NOT_LETTERS, '');
  const matched = new Set(locations.filter((location) => location < end));
  const viaVariants = new Set(locations.filter((location) => location >= end).map((location) => bare(all[location] ?? '')));
  viaVariants.delete('');
  if (viaVariants.size > 0) words.forEach((word, index) => viaVariants.has(bare(word)) && matched.add(index));
  const first = matched.size > 0 ? Math.min(...matched) : 0;
  // The first match a third of the way in: enough before it to read it in its sentence.
  const start = Math.max(0, Math.min(first - Math.floor(length / 3), words.length - length));
  const shown = words.slice(start, start + length);
  return {
    words: shown.map((text, index) => ({ text, match: matched.has(start + index) })),
    before: start > 0,
    after: start + shown.length < words.length,
  };
}
