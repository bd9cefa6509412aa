/**
 * A preview card as the threads draw it (src/lib/card-worker.ts): what lies under the text, as
 * SVG, and the text, piece by piece. Imported by the pages and by the threads, which Node runs as
 * they are: imports name their `.ts` files.
 */
import { escapeXml } from './xml.ts';

/** A piece of text on a card, anchored at its right end (`text-anchor="end"`). */
export interface CardText {
  x: number;
  y: number;
  family: string;
  size: number;
  weight: number;
  /** `#rrggbb`. */
  fill: string;
  text: string;
}

export interface CardDrawing {
  width: number;
  height: number;
  /** SVG content covering the whole card: the text is drawn on it. */
  background: string;
  texts: CardText[];
}

/** A piece as an SVG `<text>`, at its own place or at another. */
export const textElement = (piece: CardText, x = piece.x, y = piece.y): string =>
  `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" font-family="${piece.family}" font-size="${piece.size}" font-weight="${piece.weight}" text-anchor="end" fill="${piece.fill}">${escapeXml(piece.text)}</text>`;

/** An SVG document of `width`×`height` pixels showing `content` from (`left`, `top`) on. */
export const svgDocument = (width: number, height: number, content: string, left = 0, top = 0): string =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="${left} ${top} ${width} ${height}">${content}</svg>`;

/** The card as one SVG: what it looks like, and so the name it is kept under. */
export const drawingSvg = ({ width, height, background, texts }: CardDrawing): string =>
  svgDocument(width, height, background + texts.map((piece) => textElement(piece)).join(''));
