/**
 * A thread that draws preview cards (src/lib/og-image.ts): a drawing in, a PNG out, with the fonts
 * the pool was started with. Run by Node itself, not bundled: imports name their `.ts` files.
 *
 * resvg draws the card's background once, and each piece of text once, in a box around its ink;
 * a card is then composed here, in rows ready for the PNG encoder, by laying each piece's coverage
 * over the background in the piece's colour, which is what resvg does when it draws the whole
 * card (source-over), up to a rounding. Drawn whole, each card cost a fresh 3 MB of pixels from
 * resvg and as many again for their copy, and on these machines a page of memory the process has
 * not touched yet costs about 8 µs: most of what a card cost. The texts a site's cards share (its
 * name, a briefing's title under each of its quotes, a speaker's name, common words) are drawn once.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { svgDocument as svg, textElement, type CardDrawing, type CardText } from './card-drawing.ts';
import { encodePng, opaqueRows, PIXEL_BYTES, rowLength } from './png.ts';

/** What the pool sends: a card to draw, numbered so that its answer finds its way back. */
export interface CardRequest {
  id: number;
  drawing: CardDrawing;
}

/** What the thread answers: the card's PNG, or why it could not be drawn. */
export type CardAnswer = { id: number; png: Uint8Array } | { id: number; error: string };

const { options } = workerData as { options: ResvgRenderOptions };

/** Values kept while they fit in `budget` bytes, the least recently used let go first. */
function recent<T extends { byteLength: number }>(budget: number) {
  const kept = new Map<string, T>();
  let bytes = 0;
  return (key: string, make: () => T): T => {
    const known = kept.get(key);
    if (known) {
      kept.delete(key);
      kept.set(key, known);
      return known;
    }
    const value = make();
    kept.set(key, value);
    bytes += value.byteLength;
    for (const [oldest, old] of kept) {
      if (bytes <= budget || oldest === key) break;
      kept.delete(oldest);
      bytes -= old.byteLength;
    }
    return value;
  };
}

/** A background's rows, each after its filter byte (0), in RGB: a card starts as a copy of them. */
const backgrounds = recent<Buffer>(16 << 20);

function background({ width, height, background: content }: CardDrawing): Buffer {
  return backgrounds(`${width} ${height} ${content}`, () => {
    const { pixels } = new Resvg(svg(width, height, content), options).render();
    try {
      return opaqueRows(pixels, width, height);
    } catch (error) {
      throw new Error(`a card's background must cover the whole card: ${error instanceof Error ? error.message : String(error)}`);
    }
  });
}

/**
 * A piece's coverage (the alpha resvg draws it with) in a box around its ink, placed from the
 * pixel its anchor lies in. The same text at the same size, weight and fraction of a pixel covers
 * the same pixels wherever it lies, in whatever colour.
 */
interface Coverage {
  left: number;
  top: number;
  width: number;
  height: number;
  alpha: Uint8Array;
  byteLength: number;
}

const coverages = recent<Coverage>(32 << 20);

function coverage(piece: CardText): Coverage {
  const dx = piece.x - Math.floor(piece.x);
  const dy = piece.y - Math.floor(piece.y);
  const element = textElement(piece, dx, dy);
  return coverages(`${piece.family} ${piece.size} ${piece.weight} ${dx.toFixed(1)} ${dy.toFixed(1)} ${piece.text}`, () => {
    const ink = new Resvg(svg(1, 1, element), options).getBBox();
    if (!ink) return { left: 0, top: 0, width: 0, height: 0, alpha: new Uint8Array(), byteLength: 0 };
    // A pixel more on each side: what anti-aliasing touches beyond the ink.
    const left = Math.floor(ink.x) - 1;
    const top = Math.floor(ink.y) - 1;
    const width = Math.ceil(ink.x + ink.width) + 1 - left;
    const height = Math.ceil(ink.y + ink.height) + 1 - top;
    const { pixels } = new Resvg(svg(width, height, element, left, top), options).render();
    const alpha = new Uint8Array(width * height);
    for (let at = 0; at < alpha.length; at += 1) alpha[at] = pixels[at * 4 + 3] as number;
    return { left, top, width, height, alpha, byteLength: alpha.length };
  });
}

function rgb(fill: string): [number, number, number] {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(fill);
  if (!hex) throw new Error(`a card's text is drawn in a colour written #rrggbb, not "${fill}"`);
  return [parseInt(hex[1] as string, 16), parseInt(hex[2] as string, 16), parseInt(hex[3] as string, 16)];
}

/** The rows a card is composed in, kept from card to card: memory already touched. */
let rows = Buffer.alloc(0);

function compose(drawing: CardDrawing): Uint8Array {
  const { width, height } = drawing;
  const base = background(drawing);
  if (rows.length !== base.length) rows = Buffer.alloc(base.length);
  base.copy(rows);
  const stride = rowLength(width);
  for (const piece of drawing.texts) {
    const box = coverage(piece);
    const color = rgb(piece.fill);
    const x0 = Math.floor(piece.x) + box.left;
    const y0 = Math.floor(piece.y) + box.top;
    for (let row = Math.max(0, -y0); row < Math.min(box.height, height - y0); row += 1) {
      for (let column = Math.max(0, -x0); column < Math.min(box.width, width - x0); column += 1) {
        const a = box.alpha[row * box.width + column] as number;
        if (a === 0) continue;
        const pixel = (y0 + row) * stride + 1 + (x0 + column) * PIXEL_BYTES;
        for (let channel = 0; channel < PIXEL_BYTES; channel += 1) {
          rows[pixel + channel] = Math.round(((color[channel] as number) * a + (rows[pixel + channel] as number) * (255 - a)) / 255);
        }
      }
    }
  }
  return encodePng(rows, width, height);
}

function draw({ id, drawing }: CardRequest): CardAnswer {
  try {
    return { id, png: compose(drawing) };
  } catch (error) {
    return { id, error: error instanceof Error ? error.message : String(error) };
  }
}

// One card a turn of the event loop. What resvg allocates (its pixels, its fonts) is freed by
// finalizers that run between turns; cards drawn back to back, as fast as they arrive, kept every
// one of them until the thread had nothing left to do: gigabytes on a large site.
const waiting: CardRequest[] = [];
const next = (): void => {
  const request = waiting.shift();
  if (!request) return;
  parentPort?.postMessage(draw(request));
  if (waiting.length > 0) setImmediate(next);
};
parentPort?.on('message', (request: CardRequest) => {
  waiting.push(request);
  if (waiting.length === 1) setImmediate(next);
});
