/**
 * `searchIndex()`: the site's search index, written by Pagefind once the site is built, and
 * searched in the reader's browser from static files (the search page, src/pages/search.astro).
 *
 *   astro build                                astro:build:generated, done (this file)
 *   ───────────                                ──────────────────────────────────────────────
 *   dist/**\/index.html with  ─── each page ─▶  the page as built, plus a hidden block of the
 *   data-pagefind-body                         folded spelling of its words (src/lib/search.ts)
 *                                                │ Pagefind's Node API (its binary, from npm)
 *                                                ▼
 *                                              dist/pagefind/  pagefind.js, wasm.ar.pagefind,
 *                                                              index/, fragment/, …
 *
 * What a page offers to the index is said in its markup, Pagefind's way: `data-pagefind-body` on
 * its content (a briefing, an actor's page, a page of the quotes' index), `data-pagefind-ignore`
 * on what is not content; pages without it (the other lists, a quote's own page, the search page,
 * 404) are not indexed. A quote's page repeats its briefing's words: indexed, a briefing's twelve
 * quotes would be twelve more results competing with it for its own text, and most of the index. The folded block
 * exists only in what Pagefind is given: dist/ keeps the pages exactly as Astro wrote them.
 *
 * The pages go to Pagefind as soon as Astro has written them, before the font integration runs;
 * the index is written while it does, in a folder it does not read (Pagefind's own JavaScript is no
 * text of the site's). Result URLs carry the site's `base`.
 */
import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Token } from 'parse5';
import * as pagefind from 'pagefind';
import { ROUTES } from '../consts';
import { type Span, tokenize, VOID_ELEMENTS } from '../lib/html-tokens';
import { FOLDED_ANCHOR, foldedVariants } from '../lib/search';
import { servedPath } from '../lib/urls';
import { builtFiles } from './built-files';

export interface SearchIndexOptions {
  /**
   * CSS selectors of what, inside a page's indexed content, is interface rather than content, on
   * top of `[data-pagefind-ignore]`. Default `DEFAULT_EXCLUDE`.
   */
  exclude?: readonly string[];
}

/**
 * The links beside each annotation ("مواضعه في النص: الفقرة 2"، "رابط · تظليل") and the copy
 * status: the same words on every page, which would match everywhere and crowd the excerpts.
 */
export const DEFAULT_EXCLUDE = ['.mentions', '.quote-links', '.copy-status'];

/** Never text a reader reads, whatever the options say (Pagefind skips them too). */
const NEVER_TEXT = ['[data-pagefind-ignore]', 'script', 'style', 'noscript', 'template'];

/**
 * Pagefind's ready-made search interfaces, which it writes beside the index: the search page is
 * the site's own, so these (about 430 KB) would be served for nothing.
 */
const UNUSED_BUNDLES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

/** An element as a selector sees it: its name and attributes. */
type Element = Pick<Token.TagToken, 'tagName' | 'attrs'>;

/** The selectors `exclude` may hold: a tag, a class, an id or an attribute, alone or joined (`p.note`). */
const SIMPLE_SELECTOR = /^([a-z][a-z0-9-]*)?((?:\.[\w-]+|#[\w-]+|\[[\w-]+\])*)$/i;

const attribute = (element: Element, name: string): string | undefined => element.attrs.find((attr) => attr.name === name)?.value;

/**
 * Whether an element matches one of `selectors`. Simple selectors only: the pages are read as a
 * stream of tags (src/lib/html-tokens.ts), which on a site of thousands of pages is many times
 * faster than a full selector engine over a tree.
 */
function matcher(selectors: readonly string[]): (element: Element) => boolean {
  const tests = selectors.map((selector) => {
    const [, tag, compound = ''] = SIMPLE_SELECTOR.exec(selector.trim()) ?? [];
    if ((tag ?? compound) === '') {
      throw new Error(`searchIndex(): \`exclude\` has "${selector}", which this index cannot match. Use a tag (aside), a class (.mentions), an id (#notes) or an attribute ([data-note]), alone or joined (p.note); combinators such as "nav a" or "ul > li" are not supported`);
    }
    const parts = compound.match(/\.[\w-]+|#[\w-]+|\[[\w-]+\]/g) ?? [];
    return (element: Element) =>
      (tag === undefined || element.tagName === tag.toLowerCase()) &&
      parts.every((part) => {
        if (part.startsWith('.')) return (attribute(element, 'class') ?? '').split(/\s+/).includes(part.slice(1));
        if (part.startsWith('#')) return attribute(element, 'id') === part.slice(1);
        return attribute(element, part.slice(1, -1).toLowerCase()) !== undefined;
      });
  });
  return (element) => tests.some((test) => test(element));
}

/** What is left out of the indexed text: what is never text, and what `exclude` names. Made once per build, for every page. */
export function unindexed(exclude: readonly string[]): (element: Element) => boolean {
  return matcher([...NEVER_TEXT, ...exclude]);
}

/** Pagefind's weight of text that no `data-pagefind-weight` around it changes. */
const NORMAL_WEIGHT = 1;

/** A page as the index reads it. */
export interface IndexedPage {
  /**
   * The text Pagefind indexes, by the weight Pagefind gives it (the nearest `data-pagefind-weight`
   * around it, else 1), in the order of the page: its `data-pagefind-body` elements, less what is
   * skipped. Undefined when it has none.
   */
  texts: Map<number, string> | undefined;
  /** Where the skipped elements are, outermost only, in order: whatever is in them Pagefind would read only to drop. */
  skippedSpans: Span[];
}

/** A page's indexed text, and what of it is skipped: the elements `skipped` matches, with all they hold. */
export function indexedPage(html: string, skipped = unindexed(DEFAULT_EXCLUDE)): IndexedPage {
  const strings = new Map<number, string[]>();
  const skippedSpans: Span[] = [];
  let regions = 0;
  // The open elements, each with what it means for the text inside it; the document at the bottom, never closed.
  const documentNode = { tagName: '', inRegion: false, weight: NORMAL_WEIGHT, skipped: false };
  const open = [documentNode];
  let skippedFrom = 0;
  let text = '';
  // A tag ends a text node: every text node apart, so that two blocks' words (<dt>…</dt><dd>…</dd>) do not run together.
  const endText = (): void => {
    const within = open.at(-1) ?? documentNode;
    if (text !== '' && within.inRegion && !within.skipped) {
      if (!strings.has(within.weight)) strings.set(within.weight, []);
      strings.get(within.weight)?.push(text);
    }
    text = '';
  };
  tokenize(html, {
    startTag(tag, [start, end]) {
      endText();
      const parent = open.at(-1) ?? documentNode;
      const isSkipped = parent.skipped || skipped(tag);
      let inRegion = parent.inRegion;
      if (!isSkipped && !inRegion && attribute(tag, 'data-pagefind-body') !== undefined) {
        inRegion = true;
        regions += 1;
      }
      const stated = attribute(tag, 'data-pagefind-weight');
      // A void element has no content, and `/>` ends only foreign elements (SVG's): neither stays open.
      const isEmpty = VOID_ELEMENTS.has(tag.tagName) || tag.selfClosing;
      if (isSkipped && !parent.skipped) {
        if (isEmpty) skippedSpans.push([start, end]);
        else skippedFrom = start;
      }
      if (isEmpty) return;
      open.push({ tagName: tag.tagName, inRegion, weight: stated === undefined ? parent.weight : Number(stated), skipped: isSkipped });
    },
    endTag(tagName, [start, end]) {
      endText();
      const at = open.findLastIndex((element) => element.tagName === tagName);
      if (at <= 0) return;
      // The end of the outermost skipped element (with its end tag), or of an element around it, which closes it too (without).
      if (open.at(-1)?.skipped && !open[at - 1]?.skipped) skippedSpans.push([skippedFrom, open[at]?.skipped ? end : start]);
      open.length = at;
    },
    text(chars) {
      text += chars;
    },
  });
  endText();
  if (open.at(-1)?.skipped) skippedSpans.push([skippedFrom, html.length]);
  return { texts: regions === 0 ? undefined : new Map([...strings].map(([weight, texts]) => [weight, texts.join(' ')])), skippedSpans };
}

/** The text of a page that Pagefind indexes, by weight (see `IndexedPage`). Undefined when it has none. */
export function weightedText(html: string, skipped = unindexed(DEFAULT_EXCLUDE)): Map<number, string> | undefined {
  return indexedPage(html, skipped).texts;
}

/** The text of a page that Pagefind indexes, whatever its weight. Undefined when it has none. */
export function indexedText(html: string, skipped = unindexed(DEFAULT_EXCLUDE)): string | undefined {
  const texts = weightedText(html, skipped);
  return texts && [...texts.values()].join(' ');
}

/** The folded spellings of a page's words (`foldedVariants`), each at the highest weight its word has on the page. */
export interface FoldedBlock {
  weight: number;
  variants: string[];
}

/** The blocks of folded spellings for a page's weighted text, heaviest first; a variant found at several weights only in the heaviest. */
export function foldedBlocks(texts: ReadonlyMap<number, string>): FoldedBlock[] {
  const seen = new Set<string>();
  return [...texts]
    .sort(([a], [b]) => b - a)
    .map(([weight, text]) => ({ weight, variants: foldedVariants(text).filter((variant) => !seen.has(variant) && seen.add(variant)) }))
    .filter(({ variants }) => variants.length > 0);
}

/**
 * What Pagefind is given for a page: the page, with the folded variants of its words in hidden
 * blocks of their own at the end of <body>, the first marked by `FOLDED_ANCHOR`; each block weighs
 * what the words it folds weigh on the page, so that a folded spelling ranks a page no higher than
 * the page's own spelling would. Variants are letters, marks and digits only (see
 * `foldedVariants`): nothing in them needs escaping.
 *
 * And a space wherever an element ends right where the next begins (`</dt><dd>`,
 * `</span><span class="tag">`): Pagefind reads most elements as one run of text, and would make
 * one word of the last word of one and the first of the next («أمريكيكلام»), where the page's
 * CSS sets them apart.
 *
 * And the other way round, no break inside a word: Pagefind starts a new word where an inline
 * element starts or ends, so a span that marks part of a word («و<span>التحالف</span>», a prefix
 * outside an actor's mention) would be indexed as two words, and a search for the word as written
 * would miss the page. Such an element's tags are left out of what Pagefind reads (`joinedWords`).
 *
 * And without what it skips (`skippedSpans`: scripts, styles, `data-pagefind-ignore`, what
 * `exclude` names), which Pagefind would parse only to drop: on a briefing page, most of its bytes.
 * Each leaves a space, as an element's edge is a break between words to Pagefind.
 */
export function pagefindInput(html: string, skippedSpans: readonly Span[], blocks: readonly FoldedBlock[]): string {
  const spaced = joinedWords(without(html, skippedSpans, ' ')).replace(/(<\/[a-z][a-z0-9-]*\s*>)(?=<[a-z])/gi, '$1 ');
  if (blocks.length === 0) return spaced;
  const markup = blocks
    .map(({ weight, variants }, index) => {
      const weighed = weight === NORMAL_WEIGHT ? '' : ` data-pagefind-weight="${weight}"`;
      const anchor = index === 0 ? ` id="${FOLDED_ANCHOR}"` : '';
      return `<div hidden data-pagefind-body${weighed}><p${anchor}>${variants.join(' ')}</p></div>`;
    })
    .join('');
  const end = spaced.lastIndexOf('</body>');
  return end === -1 ? `${spaced}${markup}` : `${spaced.slice(0, end)}${markup}${spaced.slice(end)}`;
}

/** The inline elements whose tags may fall inside a word. */
const INLINE_TAG = /<(\/?)(a|abbr|b|bdi|cite|data|em|i|mark|q|small|span|strong|sub|sup|time)\b[^>]*>/gi;
const WORD_CHARACTER = /[\p{L}\p{M}\p{N}]/u;

/**
 * `html` without the tags of every inline element that starts or ends inside a word (a letter,
 * mark or digit right before its start tag or right after its end tag); its text stays.
 */
function joinedWords(html: string): string {
  const dropped: Span[] = [];
  const open: { name: string; at: Span; inWord: boolean }[] = [];
  const wordAt = (index: number): boolean => WORD_CHARACTER.test(html[index] ?? '');
  for (const match of html.matchAll(INLINE_TAG)) {
    const [tag, closing, name = ''] = match;
    const at: Span = [match.index, match.index + tag.length];
    if (!closing) {
      open.push({ name: name.toLowerCase(), at, inWord: wordAt(match.index - 1) });
      continue;
    }
    const index = open.findLastIndex((element) => element.name === name.toLowerCase());
    const [element] = index === -1 ? [] : open.splice(index);
    if (element && (element.inWord || wordAt(at[1]))) dropped.push(element.at, at);
  }
  return without(html, dropped.sort(([a], [b]) => a - b), '');
}

/** `text` with each of `spans` (in order, none inside another) put in place of by `filler`. */
function without(text: string, spans: readonly Span[], filler: string): string {
  let kept = '';
  let from = 0;
  for (const [start, end] of spans) {
    kept += text.slice(from, start) + filler;
    from = end;
  }
  return kept + text.slice(from);
}

/** How many pages may wait for Pagefind at once: enough to keep both processes busy, few enough to hold little memory. */
const PAGES_IN_FLIGHT = 32;

/** Throws, with what Pagefind said, when a step of the indexing reported errors. */
function check(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`searchIndex(): Pagefind could not ${step}:\n${errors.map((error) => `  - ${error}`).join('\n')}`);
}

/** A Pagefind index with every page of `outDir` that has `data-pagefind-body` added to it, not yet written. */
async function addPages(outDir: string, { exclude, skipped, base }: { exclude: readonly string[]; skipped: (element: Element) => boolean; base: string }) {
  // Pagefind runs as a child process (its binary, from the npm package for this platform).
  const { index, errors } = await pagefind.createIndex({ excludeSelectors: [...exclude] });
  check('start', errors);
  if (!index) throw new Error('searchIndex(): Pagefind started, but returned no index');
  let pages = 0;
  let variantCount = 0;
  // Pages are sent in order, but without waiting for each: Pagefind indexes one page while this
  // process reads and folds the next few.
  const inFlight: { file: string; added: Promise<{ errors: string[] }> }[] = [];
  const settleOldest = async (): Promise<void> => {
    const oldest = inFlight.shift();
    if (oldest) check(`index ${oldest.file}`, (await oldest.added).errors);
  };
  for (const file of (await builtFiles(outDir)).filter((name) => name.endsWith('.html'))) {
    // Read synchronously: nothing else in this process runs meanwhile (build:generated), and on
    // thousands of pages a promise for each file took longer than the rest of the indexing.
    // Read as bytes, and decoded only when indexed: most of a site's pages are not.
    const bytes = readFileSync(join(outDir, file));
    if (!bytes.includes('data-pagefind-body')) continue;
    const html = bytes.toString('utf8');
    const { texts, skippedSpans } = indexedPage(html, skipped);
    if (texts === undefined) continue;
    const blocks = foldedBlocks(texts);
    const added = index.addHTMLFile({ url: servedPath(file, base), content: pagefindInput(html, skippedSpans, blocks) });
    // Awaited in settleOldest; until then a failure must not count as unhandled.
    added.catch(() => undefined);
    inFlight.push({ file, added });
    if (inFlight.length >= PAGES_IN_FLIGHT) await settleOldest();
    pages += 1;
    variantCount += blocks.reduce((sum, { variants }) => sum + variants.length, 0);
  }
  while (inFlight.length > 0) await settleOldest();
  return { index, pages, variantCount };
}

/** The Astro integration. See the top of this file for what it does and why. */
export function searchIndex(options: SearchIndexOptions = {}): AstroIntegration {
  const exclude = options.exclude ?? DEFAULT_EXCLUDE;
  // Refuses a selector it cannot match now, in the config, rather than at the end of a build.
  const skipped = unindexed(exclude);
  let base = '/';
  let writing: Promise<{ outputPath: string; pages: number; variantCount: number }> | undefined;

  return {
    name: 'mowjaz:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },

      // The pages are given to Pagefind as soon as they are written, before the other
      // integrations' build:done hooks run: nothing else needs this process meanwhile, and
      // Pagefind, another process, indexes them on another core. What the font changes later (the
      // <head>'s preload, rules and policy) is nothing Pagefind reads. The index is written while
      // the font reads the site, which leaves the index's folder out (astro.config.ts).
      'astro:build:generated': async ({ dir }) => {
        const outDir = fileURLToPath(dir);
        try {
          const { index, pages, variantCount } = await addPages(outDir, { exclude, skipped, base });
          const outputPath = join(outDir, ROUTES.searchIndex);
          writing = index.writeFiles({ outputPath }).then(({ errors }) => {
            check('write the index', errors);
            return { outputPath, pages, variantCount };
          });
          // Awaited in build:done; until then a failure must not count as unhandled.
          writing.catch(() => undefined);
        } catch (error) {
          await pagefind.close();
          throw error;
        }
      },

      'astro:build:done': async ({ logger }) => {
        try {
          if (!writing) throw new Error('searchIndex(): the build generated no pages to index');
          const { outputPath, pages, variantCount } = await writing;
          if (pages === 0) logger.warn('no page has data-pagefind-body: the search index is empty');
          await Promise.all(UNUSED_BUNDLES.map((name) => rm(join(outputPath, name), { force: true })));
          logger.info(`${pages} pages indexed, with ${variantCount} folded spellings, into ${ROUTES.searchIndex}/`);
        } finally {
          writing = undefined;
          await pagefind.close();
        }
      },
    },
  };
}
