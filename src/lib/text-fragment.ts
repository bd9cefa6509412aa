import type { Span } from './selectors';

/** Quotes of up to this many words are spelled out whole; longer ones as `start,end`. */
const WHOLE_WORDS = 6;
/** Words taken from each end of a longer quote. */
const END_WORDS = 3;
/** The most context words tried before giving up. */
const MAX_CONTEXT_WORDS = 6;

const words = (text: string): string[] => text.split(/\s+/).filter(Boolean);
const isLetter = (char: string | undefined): boolean => char !== undefined && /[\p{L}\p{N}\p{M}]/u.test(char);

/** A block's text with whitespace runs folded to one space, and where each character came from. */
interface Collapsed {
  text: string;
  origin: number[];
}

function collapse(text: string): Collapsed {
  let folded = '';
  const origin: number[] = [];
  for (const match of text.matchAll(/\s+|[^\s]/gu)) {
    folded += /\s/.test(match[0]) ? ' ' : match[0];
    origin.push(match.index);
  }
  return { text: folded, origin };
}

/** Parts of a text directive: `prefix-,start,end,-suffix`. */
export interface TextDirective {
  prefix?: string;
  start: string;
  end?: string;
  suffix?: string;
}

/** Every offset where `needle` stands as whole words in `haystack`. */
function wordOccurrences(haystack: string, needle: string, from = 0): number[] {
  const found: number[] = [];
  for (let at = haystack.indexOf(needle, from); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    if (!isLetter(haystack[at - 1]) && !isLetter(haystack[at + needle.length])) found.push(at);
  }
  return found;
}

/**
 * Where a text directive lands in each block, as browsers match it (whole words, whitespace
 * folded, within one block): the spans, in offsets of the original block text.
 */
export function directiveMatches(blocks: readonly string[], directive: TextDirective): { block: number; span: Span }[] {
  return matchesIn(blocks.map(collapse), directive);
}

/** `directiveMatches` in blocks already collapsed: a quote's directive tries a dozen candidates on the same blocks. */
function matchesIn(collapsed: readonly Collapsed[], directive: TextDirective): { block: number; span: Span }[] {
  const matches: { block: number; span: Span }[] = [];
  collapsed.forEach(({ text, origin }, block) => {
    const lead = directive.prefix ? `${directive.prefix} ` : '';
    for (const at of wordOccurrences(text, `${lead}${directive.start}`)) {
      const start = at + lead.length;
      let end = start + directive.start.length;
      if (directive.end) {
        const [endAt] = wordOccurrences(text, directive.end, end);
        if (endAt === undefined) continue;
        end = endAt + directive.end.length;
      }
      if (directive.suffix && !text.startsWith(` ${directive.suffix}`, end)) continue;
      if (directive.suffix && isLetter(text[end + 1 + directive.suffix.length])) continue;
      matches.push({ block, span: { start: origin[start] as number, end: (origin[end - 1] as number) + 1 } });
    }
  });
  return matches;
}

/**
 * Finds, for a span of one of `blocks`, the shortest text directive that lands on it and nowhere
 * else: the quote itself (or its first and last words), with as few words of context before it —
 * or, failing that, after it — as make it unique; undefined when no such directive exists. The
 * blocks are collapsed once, for every span asked about: each span tries a dozen candidates on
 * all of them, and a briefing's quotes are all in the same blocks.
 */
export function directiveFinder(blocks: readonly string[]): (block: number, span: Span) => TextDirective | undefined {
  const collapsed = blocks.map(collapse);
  return (block, span) => {
    const text = blocks[block] as string;
    const quote = words(text.slice(span.start, span.end));
    const target: TextDirective =
      quote.length <= WHOLE_WORDS ? { start: quote.join(' ') } : { start: quote.slice(0, END_WORDS).join(' '), end: quote.slice(-END_WORDS).join(' ') };
    const before = words(text.slice(0, span.start));
    const after = words(text.slice(span.end));
    const candidates: TextDirective[] = [target];
    for (let count = 1; count <= MAX_CONTEXT_WORDS; count++) {
      if (count <= before.length) candidates.push({ ...target, prefix: before.slice(-count).join(' ') });
    }
    for (let count = 1; count <= MAX_CONTEXT_WORDS; count++) {
      if (count <= after.length) candidates.push({ ...target, suffix: after.slice(0, count).join(' ') });
    }
    const trimmed = { start: span.start + (text.slice(span.start, span.end).length - text.slice(span.start, span.end).trimStart().length), end: span.start + text.slice(span.start, span.end).trimEnd().length };
    return candidates.find((candidate) => {
      const found = matchesIn(collapsed, candidate);
      return found.length === 1 && found[0]?.block === block && found[0].span.start === trimmed.start && found[0].span.end === trimmed.end;
    });
  };
}

/**
 * Percent-encodes a directive part, `-`, `,` and `&` included (the directive's own syntax), and
 * every space, mark of punctuation or invisible character; letters, marks and digits outside
 * ASCII stay as they are, which a URL's fragment allows (the browser encodes them when it follows
 * the link): «الحكومة%20العراقية» is a third of the length of its encoding.
 */
const encode = (part: string): string => part.replace(/[^\p{L}\p{M}\p{N}]|[\p{ASCII}]/gu, (character) => encodeURIComponent(character).replace(/-/g, '%2D'));

/** `text=prefix-,start,end,-suffix`, ready to follow `:~:` in a URL fragment. */
export function formatDirective({ prefix, start, end, suffix }: TextDirective): string {
  return `text=${prefix ? `${encode(prefix)}-,` : ''}${encode(start)}${end ? `,${encode(end)}` : ''}${suffix ? `,-${encode(suffix)}` : ''}`;
}
