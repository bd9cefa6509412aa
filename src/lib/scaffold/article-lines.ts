/**
 * How `npm run new` reads a raw article file: which line is the headline, which the caption,
 * which are paragraphs and which are page-scrape residue. The rules, in order:
 *
 *   1. A line that is empty, or holds only whitespace (spaces, tabs, NO-BREAK SPACE, zero-width
 *      and direction marks), is not text: empty lines separate, the others are residue, dropped.
 *   2. The first line with text is the headline (the briefing's `title`).
 *   3. Right after the headline (blank and residue lines between allowed), a run of short lines —
 *      at most CAPTION_MAX_WORDS words and not ending like a sentence (. ! ? ؟ … :) — is the
 *      caption of a lead photo: the first is kept once as `source.caption`, exact repeats of it
 *      are dropped. A different short line in that run is not dropped: it stays a paragraph and
 *      is flagged.
 *   4. Every other line with text is one paragraph, kept verbatim — every character, trailing
 *      NO-BREAK SPACEs included. (The source puts one paragraph on each line.)
 */

/** The most words a caption line may have. */
export const CAPTION_MAX_WORDS = 8;

/** Whitespace a page scrape leaves behind: `\s` covers spaces, tabs and NBSP; add the invisible marks. */
const BLANK = /^[\s\u200B-\u200F\u2060\uFEFF]*$/u;

/** A line that ends the way a sentence ends is never a caption. */
const SENTENCE_END = /[.!?؟…:]$/u;

export type LineKind = 'headline' | 'caption' | 'caption-repeat' | 'paragraph' | 'blank' | 'residue';

export interface ClassifiedLine {
  /** 0-based line number in the file. */
  line: number;
  kind: LineKind;
  text: string;
  /** Why a line is flagged for the author, if it is. */
  flag?: string;
}

export interface ArticleLayout {
  headline: string;
  caption?: string;
  /** The body, in order, verbatim. */
  paragraphs: string[];
  /** The 0-based line of each paragraph. */
  paragraphLines: number[];
  lines: ClassifiedLine[];
}

const wordCount = (text: string): number => text.trim().split(/\s+/u).filter(Boolean).length;

/** True for a line that could be a caption: short, and not a sentence. */
export function isCaptionLike(text: string): boolean {
  const trimmed = text.trim();
  return trimmed !== '' && wordCount(trimmed) <= CAPTION_MAX_WORDS && !SENTENCE_END.test(trimmed);
}

/** Splits a raw article (already decoded) into headline, caption and paragraphs, line by line. */
export function classifyArticle(source: string): ArticleLayout {
  const raw = source.replace(/^\uFEFF/u, '').split(/\r?\n/u);
  const lines: ClassifiedLine[] = [];
  let headline: string | undefined;
  let caption: string | undefined;
  /** True while the lines after the headline may still be caption lines. */
  let inCaptionRun = false;

  raw.forEach((text, line) => {
    if (BLANK.test(text)) {
      lines.push({ line, kind: text === '' ? 'blank' : 'residue', text });
      return;
    }
    if (headline === undefined) {
      headline = text.trim();
      lines.push({ line, kind: 'headline', text });
      inCaptionRun = true;
      return;
    }
    if (inCaptionRun && isCaptionLike(text)) {
      if (caption === undefined) {
        caption = text.trim();
        lines.push({ line, kind: 'caption', text });
        return;
      }
      if (text.trim() === caption) {
        lines.push({ line, kind: 'caption-repeat', text });
        return;
      }
      lines.push({ line, kind: 'paragraph', text, flag: 'a short line right after the caption: kept as a paragraph, check whether it is a byline or a second caption' });
      return;
    }
    inCaptionRun = false;
    lines.push({ line, kind: 'paragraph', text });
  });

  const body = lines.filter((entry) => entry.kind === 'paragraph');
  return {
    headline: headline ?? '',
    ...(caption !== undefined && { caption }),
    paragraphs: body.map((entry) => entry.text),
    paragraphLines: body.map((entry) => entry.line),
    lines,
  };
}
