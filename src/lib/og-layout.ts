/**
 * Lays out Arabic text, right to left, for an SVG that resvg renders into a preview image.
 *
 * Why not one `<text>` per line: the typeface comes in two files, one with the Arabic letters and
 * one with the digits and Latin punctuation (« » … : .), and resvg shapes a run with one font;
 * its fallback gives up when the two fonts shape a line into different numbers of glyphs, which
 * Arabic ligatures always cause. And resvg lays every run out at the left-to-right paragraph
 * level whatever `direction` says: it neither moves a trailing «،» to the left of a word nor
 * mirrors « » ( ). So the bidirectional layout is done here, for the cases news text has:
 *
 *   logical:   «لسنا بحاجة» 2500 جندى،
 *   pieces:    [«→»][لسنا] [بحاجة][»→«] [2500] [جندى][،]       one font and one direction each
 *   placed:    ←──── right to left, each piece anchored at its right end (text-anchor="end") ────
 *
 * A piece of Arabic letters is shaped and ordered by resvg; a number keeps its digits left to
 * right (with the separators between them, as in 3,500); a run of punctuation is reversed and
 * its brackets mirrored, as the Unicode bidi algorithm would. Consecutive left-to-right words
 * (numbers, Latin names) keep their order. Every piece is measured by resvg itself (its ink), and
 * the lines are broken here too.
 */

/** Which font file has a character: Fontsource's `arabic` file, or its `latin` one. */
export type Face = 'arabic' | 'latin';

/** How a piece reads: Arabic letters right to left, numbers and Latin left to right, punctuation as its neighbours. */
export type Kind = 'rtl' | 'ltr' | 'neutral';

/** A run of text within a word, drawn with one font and read in one direction. */
export interface Piece {
  text: string;
  face: Face;
  kind: Kind;
}

/** The ink of a piece drawn anchored at x = 0 with `text-anchor="end"`: its extent, negative to the left. */
export interface Ink {
  left: number;
  right: number;
}

/** Measures a piece at a font size. */
export type Measure = (piece: Piece, size: number) => Ink;

/** A piece with the x of its anchor (its right end). */
export interface PlacedPiece extends Piece {
  x: number;
}

export interface TextBlock {
  /** The font size the text was set in. */
  size: number;
  /** Lines from top to bottom, each a list of pieces. */
  lines: PlacedPiece[][];
  /** True when the text did not fit and ends with an ellipsis. */
  truncated: boolean;
}

export interface BlockOptions {
  /** The x of the block's right edge. */
  right: number;
  maxWidth: number;
  /** How many lines fit at a font size: larger type, fewer lines. */
  maxLines: (size: number) => number;
  /** Font sizes to try, largest first: the first at which the whole text fits is taken. */
  sizes: readonly number[];
  measure: Measure;
}

/** The gap between words and between the pieces of a word, in em: ink is measured, not advance. */
const WORD_GAP = 0.28;
const PIECE_GAP = 0.06;
const ELLIPSIS: Piece = { text: '…', face: 'latin', kind: 'neutral' };

/**
 * The code points of Fontsource's `arabic` subset of Noto Naskh Arabic (its `unicode-range`,
 * without the ranges outside the Basic Multilingual Plane that news text never uses).
 */
const ARABIC_FACE =
  /[\u0600-\u06ff\u0750-\u077f\u0870-\u08ff\u200c-\u200e\u2010\u2011\u204f\u2e41\ufb50-\ufdff\ufe70-\ufefc]/u;
/** Digits (Western and Arabic-Indic) and Latin letters: strong left to right inside a right-to-left line. */
const LEFT_TO_RIGHT = /[0-9A-Za-z\u0660-\u0669\u06f0-\u06f9]/u;
/** Letters, marks, the Arabic question mark and semicolon, and the joiners: the Arabic run. */
const RIGHT_TO_LEFT = /[\p{L}\p{M}\u061b\u061f\u200c\u200d]/u;
/** Separators that stay inside a number when they stand between two digits (3,500; 2.5; 10:30). */
const NUMBER_SEPARATORS = new Set([',', '.', ':', '\u066b', '\u066c']);
/** Pairs the bidi algorithm mirrors in a right-to-left run. */
const MIRRORED: Record<string, string> = {
  '(': ')',
  ')': '(',
  '[': ']',
  ']': '[',
  '{': '}',
  '}': '{',
  '<': '>',
  '>': '<',
  '«': '»',
  '»': '«',
  '‹': '›',
  '›': '‹',
};

function faceOf(char: string): Face {
  return ARABIC_FACE.test(char) ? 'arabic' : 'latin';
}

function kindOf(chars: string[], index: number): Kind {
  const char = chars[index] ?? '';
  if (LEFT_TO_RIGHT.test(char)) return 'ltr';
  if (RIGHT_TO_LEFT.test(char)) return 'rtl';
  const between =
    NUMBER_SEPARATORS.has(char) &&
    LEFT_TO_RIGHT.test(chars[index - 1] ?? '') &&
    LEFT_TO_RIGHT.test(chars[index + 1] ?? '');
  return between ? 'ltr' : 'neutral';
}

/** Punctuation as a right-to-left run shows it: in reverse order, brackets and quotation marks mirrored. */
const mirrored = (text: string): string =>
  [...text]
    .reverse()
    .map((char) => MIRRORED[char] ?? char)
    .join('');

/** A word cut into pieces of one font and one direction each, in logical order. */
export function piecesOf(word: string): Piece[] {
  const chars = [...word];
  const pieces: Piece[] = [];
  chars.forEach((char, index) => {
    const face = faceOf(char);
    const kind = kindOf(chars, index);
    const last = pieces.at(-1);
    if (last?.face === face && last.kind === kind) last.text += char;
    else pieces.push({ text: char, face, kind });
  });
  return pieces;
}

/** A word with no Arabic letter and a digit or Latin letter (a number, a Latin name, a domain) reads left to right. */
const isLeftToRight = (word: Piece[]): boolean =>
  word.some((piece) => piece.kind === 'ltr') && word.every((piece) => piece.kind !== 'rtl');

/** A word's pieces from right to left as they are seen, punctuation in a right-to-left word reversed and mirrored. */
function visualPieces(word: Piece[]): Piece[] {
  if (isLeftToRight(word)) return word.toReversed();
  return word.map((piece) =>
    piece.kind === 'neutral' ? { ...piece, text: mirrored(piece.text) } : piece,
  );
}

/** Words from right to left as they are seen: logical order, except that runs of left-to-right words keep their own order. */
export function visualOrder(words: Piece[][]): Piece[][] {
  const ordered: Piece[][] = [];
  let run: Piece[][] = [];
  for (const word of words) {
    if (isLeftToRight(word)) {
      run.push(word);
      continue;
    }
    ordered.push(...run.reverse(), word);
    run = [];
  }
  return [...ordered, ...run.reverse()].map(visualPieces);
}

function wordWidth(word: Piece[], size: number, measure: Measure): number {
  const inks = visualPieces(word).reduce((sum, piece) => {
    const ink = measure(piece, size);
    return sum + (ink.right - ink.left);
  }, 0);
  return inks + PIECE_GAP * size * (word.length - 1);
}

/** Greedy line breaking of words (logical order) into lines no wider than `maxWidth`; a word wider than that gets a line of its own. */
function breakLines(
  words: Piece[][],
  size: number,
  maxWidth: number,
  measure: Measure,
): Piece[][][] {
  const lines: Piece[][][] = [];
  let line: Piece[][] = [];
  let width = 0;
  for (const word of words) {
    const own = wordWidth(word, size, measure);
    const needed = line.length === 0 ? own : width + WORD_GAP * size + own;
    if (line.length > 0 && needed > maxWidth) {
      lines.push(line);
      line = [word];
      width = own;
    } else {
      line.push(word);
      width = needed;
    }
  }
  if (line.length > 0) lines.push(line);
  return lines;
}

const lineWidth = (line: Piece[][], size: number, measure: Measure): number =>
  line.reduce((sum, word) => sum + wordWidth(word, size, measure), 0) +
  WORD_GAP * size * Math.max(0, line.length - 1);

/** The last line that fits with an ellipsis after it: words are dropped from its end until it does. */
function withEllipsis(
  line: Piece[][],
  size: number,
  maxWidth: number,
  measure: Measure,
): Piece[][] {
  const words = line.map((word) => [...word]);
  for (;;) {
    const last = words.at(-1);
    // The ellipsis ends the last word, or follows it as a word of its own after a number, which reads the other way.
    const candidate = !last
      ? [[ELLIPSIS]]
      : isLeftToRight(last)
        ? [...words, [ELLIPSIS]]
        : [...words.slice(0, -1), [...last, ELLIPSIS]];
    if (words.length <= 1 || lineWidth(candidate, size, measure) <= maxWidth) return candidate;
    words.pop();
  }
}

/** Places each word's pieces from `right` leftwards. */
function place(line: Piece[][], size: number, right: number, measure: Measure): PlacedPiece[] {
  const placed: PlacedPiece[] = [];
  let cursor = right;
  visualOrder(line).forEach((word, index) => {
    if (index > 0) cursor -= WORD_GAP * size;
    word.forEach((piece, pieceIndex) => {
      if (pieceIndex > 0) cursor -= PIECE_GAP * size;
      const ink = measure(piece, size);
      const x = cursor - ink.right;
      placed.push({ ...piece, x });
      cursor = x + ink.left;
    });
  });
  return placed;
}

/** `text` set right to left in at most `maxLines` lines, as large as it fits; cut with "…" if it fits at no size. */
export function layoutBlock(
  text: string,
  { right, maxWidth, maxLines, sizes, measure }: BlockOptions,
): TextBlock {
  const words = text.split(/\s+/).filter(Boolean).map(piecesOf);
  const smallest = sizes.at(-1);
  if (smallest === undefined)
    throw new Error('layoutBlock: `sizes` is empty; give at least one font size');
  for (const size of sizes) {
    const lines = breakLines(words, size, maxWidth, measure);
    if (lines.length <= maxLines(size))
      return {
        size,
        lines: lines.map((line) => place(line, size, right, measure)),
        truncated: false,
      };
  }
  const lines = breakLines(words, smallest, maxWidth, measure).slice(
    0,
    Math.max(1, maxLines(smallest)),
  );
  const kept = lines.map((line, index) =>
    index === lines.length - 1 ? withEllipsis(line, smallest, maxWidth, measure) : line,
  );
  return {
    size: smallest,
    lines: kept.map((line) => place(line, smallest, right, measure)),
    truncated: true,
  };
}
