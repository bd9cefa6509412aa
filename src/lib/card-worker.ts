/**
 * A thread that draws preview cards (src/lib/og-image.ts): an SVG in, a PNG out, with the fonts
 * the pool was started with. Run by Node itself, not bundled: imports name their `.ts` files.
 *
 * A card's pixels are 3 MB: drawn on the thread that renders pages, every card made that thread's
 * garbage collector walk a heap as large as the site's content, and on a site of thousands of
 * cards that, with the PNG encoding, was most of a cold build.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { encodePng } from './png.ts';

/** What the pool sends: a card to draw, numbered so that its answer finds its way back. */
export interface CardRequest {
  id: number;
  svg: string;
}

/** What the thread answers: the card's PNG, or why it could not be drawn. */
export type CardAnswer = { id: number; png: Uint8Array } | { id: number; error: string };

const { options } = workerData as { options: ResvgRenderOptions };

function draw({ id, svg }: CardRequest): CardAnswer {
  try {
    const image = new Resvg(svg, options).render();
    return { id, png: encodePng(image.pixels, image.width, image.height) };
  } catch (error) {
    return { id, error: error instanceof Error ? error.message : String(error) };
  }
}

// One card a turn of the event loop. What resvg allocates for a card (its pixels, its fonts) is
// freed by finalizers that run between turns; cards drawn back to back, as fast as they arrive,
// kept every one of them until the thread had nothing left to do: gigabytes on a large site.
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
