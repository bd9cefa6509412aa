/**
 * The site's preview images (Open Graph cards, 1200×630 PNG) and its mark (favicon, logo).
 *
 * Arabic must be shaped (letters joined) and laid out right to left, which satori cannot do; resvg
 * can, with a font file. resvg reads TrueType, not WOFF2, and only from files: so once per build
 * the Fontsource WOFF2 files are decompressed into TrueType (wawoff2, Google's woff2 decoder),
 * given distinct family names (see `sfnt.ts`) and written to a temporary folder that is removed
 * when the build ends. Doing it per card cost a folder and four conversions for each of thousands
 * of cards. Nothing is fetched and no system font is used, so every machine draws the same card.
 *
 * A card is a drawing (src/lib/card-drawing.ts): a background and positioned pieces of text. It is
 * composed on a thread of its own (src/lib/card-worker.ts), one per core, from a background and
 * pieces each drawn once by resvg, then compressed there, so that with `build.concurrency` above 1
 * (astro.config.ts) Astro renders other pages meanwhile. Cards and measurements are kept between
 * builds (src/lib/card-cache.ts): a build draws only the cards whose drawing it has not drawn with
 * these fonts, this resvg and this drawing code before.
 */
import { rmSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { IMAGE_SIZES } from '../consts';
import { digest, openCardCache, type CardCache } from './card-cache';
import { drawingSvg, svgDocument, textElement, type CardDrawing, type CardText } from './card-drawing';
import type { CardAnswer, CardRequest } from './card-worker';
import {
  layoutBlock,
  type Face,
  type Ink,
  type Measure,
  type Piece,
  type TextBlock,
} from './og-layout';
import { withFamilyName } from './sfnt';
import favicon from '../../public/favicon.svg?raw';
// The code that draws and encodes on the pool's threads, which the pages do not import: read as
// text, it is part of the cards' fingerprint and of their pages' code for Astro's incremental build.
import workerSource from './card-worker.ts?raw';
import drawingSource from './card-drawing.ts?raw';
import pngSource from './png.ts?raw';

const { width: CARD_WIDTH, height: CARD_HEIGHT } = IMAGE_SIZES.card;

/** The site's colours (as in src/styles/global.css, light scheme). */
const COLORS = {
  background: '#fdfcf8',
  text: '#1c1b19',
  muted: '#4a4843',
  rule: '#cfcbbf',
  accent: '#8a3b00',
} as const;

type Weight = 400 | 700;

/** The family names the card fonts are given, so that each piece can ask for its own file. */
const FAMILIES: Record<Face, string> = { arabic: 'Mowjaz Card Arabic', latin: 'Mowjaz Card Latin' };

/** `wawoff2` ships no types; this is the part of its API used here. */
type Decompress = (woff2: Uint8Array) => Promise<Uint8Array>;

const require = createRequire(import.meta.url);

/** A Fontsource file of Noto Naskh Arabic: `arabic` has the letters, `latin` the digits and Latin punctuation. */
function fontSource(face: Face, weight: Weight): string {
  return require.resolve(
    `@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-${face}-${weight}-normal.woff2`,
  );
}

/**
 * The site's mark: an Arabic quotation mark on the accent colour. Its one drawing is the favicon,
 * a static file (public/favicon.svg); the logo and the cards draw it at other sizes, as an SVG of
 * that size around it.
 */
export function markSvg(size = 64): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 64 64">${favicon.trim()}</svg>`;
}

interface CardFonts {
  files: string[];
  /** Drawings and measurements made with these files (and this resvg) before. */
  cache: CardCache;
}

let cardFonts: Promise<CardFonts> | undefined;

/** Both faces in both weights, as TrueType files resvg can read, with their cache; made once per build. */
function fontFiles(): Promise<CardFonts> {
  cardFonts ??= (async () => {
    const { decompress } = require('wawoff2') as { decompress: Decompress };
    const folder = await mkdtemp(join(tmpdir(), 'mowjaz-card-'));
    process.once('exit', () => rmSync(folder, { recursive: true, force: true }));
    const files: string[] = [];
    const fonts: Uint8Array[] = [];
    for (const face of ['arabic', 'latin'] as const) {
      for (const weight of [400, 700] as const) {
        const font = withFamilyName(await decompress(await readFile(fontSource(face, weight))), FAMILIES[face]);
        const file = join(folder, `${face}-${weight}.ttf`);
        await writeFile(file, font);
        files.push(file);
        fonts.push(font);
      }
    }
    const { version } = require('@resvg/resvg-js/package.json') as { version: string };
    return { files, cache: openCardCache(import.meta.env.MOWJAZ_CARD_CACHE, digest(version, workerSource, drawingSource, pngSource, ...fonts)) };
  })();
  return cardFonts;
}

function renderOptions(files: string[]): ResvgRenderOptions {
  return {
    font: { fontFiles: files, loadSystemFonts: false, defaultFontFamily: FAMILIES.arabic },
    logLevel: 'off',
  };
}

/**
 * The threads that draw cards (src/lib/card-worker.ts), one per core, started when a build first
 * draws a card: a build that finds every card in the cache starts none. They do not keep the
 * process alive, and stop once no card has come for `IDLE_MS` (Astro renders a route's pages
 * together, so the cards come in one run): what they hold, 150 MB on a large site, goes back to the
 * pages rendered after the cards. A card that comes later starts them again. `import.meta.env.MOWJAZ_CARD_WORKER` is the worker's source file, which Astro's
 * build does not bundle (src/integrations/card-cache.ts); outside Astro it is beside this file.
 */
interface Pool {
  draw(drawing: CardDrawing): Promise<Uint8Array>;
}

let pool: Pool | undefined;

const IDLE_MS = 1000;

function cardPool(files: string[]): Pool {
  if (pool) return pool;
  const file = import.meta.env.MOWJAZ_CARD_WORKER ?? fileURLToPath(new URL('./card-worker.ts', import.meta.url));
  const waiting = new Map<number, { resolve: (png: Uint8Array) => void; reject: (error: Error) => void }>();
  let idle: ReturnType<typeof setTimeout> | undefined;
  const stopWhenIdle = (): void => {
    clearTimeout(idle);
    idle = setTimeout(() => {
      if (waiting.size > 0 || pool !== started) return;
      pool = undefined;
      for (const thread of threads) void thread.terminate();
    }, IDLE_MS).unref();
  };
  const threads = Array.from({ length: availableParallelism() }, () => {
    const worker = new Worker(file, { workerData: { options: renderOptions(files) } });
    worker.unref();
    worker.on('message', (answer: CardAnswer) => {
      const promise = waiting.get(answer.id);
      waiting.delete(answer.id);
      if ('error' in answer) promise?.reject(new Error(`a preview card could not be drawn: ${answer.error}`));
      else promise?.resolve(answer.png);
      if (waiting.size === 0) stopWhenIdle();
    });
    // A thread that fails fails every card waiting and every card to come: none is left waiting for ever.
    worker.on('error', (error) => {
      failure = new Error(`a preview card thread failed: ${error.message}`, { cause: error });
      for (const promise of waiting.values()) promise.reject(failure);
      waiting.clear();
    });
    return worker;
  });
  let failure: Error | undefined;
  let next = 0;
  const started: Pool = {
    draw(drawing) {
      if (failure) return Promise.reject(failure);
      const id = next;
      next += 1;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        (threads[id % threads.length] as Worker).postMessage({ id, drawing } satisfies CardRequest);
      });
    },
  };
  pool = started;
  return started;
}

/** A piece placed on a card, at a tenth of a pixel, as the card's SVG writes it. */
const cardText = (piece: Piece, size: number, weight: Weight, x: number, y: number, fill: string): CardText => ({
  x: Number(x.toFixed(1)),
  y: Number(y.toFixed(1)),
  family: FAMILIES[piece.face],
  size,
  weight,
  fill,
  text: piece.text,
});

/**
 * The measurements this build has looked up, by what makes a piece's SVG (weight, size, face,
 * text): a site's thousands of cards measure the same words again and again, and building each
 * word's SVG to find it in the cache cost more than the layout.
 */
const inks = new Map<string, Ink>();

/**
 * Measures pieces with resvg itself, so the layout and the drawing agree; each piece once per size
 * and weight (titles and names recur), and once for all builds.
 */
function measurer({ files, cache }: CardFonts, weight: Weight): Measure {
  return (piece, size) => {
    const key = `${weight} ${size} ${piece.face} ${piece.text}`;
    const known = inks.get(key);
    if (known) return known;
    const origin = 2000;
    const svg = svgDocument(2 * origin, 4 * size, textElement(cardText(piece, size, weight, origin, 2 * size, '#000')));
    const ink = cache.measurement<Ink>(svg, () => {
      const box = new Resvg(svg, renderOptions(files)).getBBox();
      return box ? { left: box.x - origin, right: box.x + box.width - origin } : { left: 0, right: 0 };
    });
    inks.set(key, ink);
    return ink;
  };
}

/** What a card says. */
export interface Card {
  /** What the card is (e.g. "اقتباس"), shown after the site's name at the top. */
  kicker: string;
  /** The large text: a quote, a headline. */
  headline: string;
  /** Bold under the headline: who said it. */
  byline?: string;
  /** At the bottom, under a rule, muted: where it comes from. */
  footer?: string;
  /** Whether the headline is set bold (a title) or regular (a quote). */
  headlineWeight?: Weight;
}

const MARGIN = 80;
const RIGHT = CARD_WIDTH - MARGIN - 24;
const LEFT = MARGIN;
const LINE_HEIGHT = 1.55;

interface Block {
  layout: TextBlock;
  weight: Weight;
  fill: string;
  /** The baseline of the first line. */
  top: number;
}

function drawBlock({ layout, weight, fill, top }: Block): CardText[] {
  return layout.lines.flatMap((line, index) =>
    line.map((piece) => cardText(piece, layout.size, weight, piece.x, top + index * layout.size * LINE_HEIGHT, fill)),
  );
}

/** The last baseline of a block. */
const bottomOf = ({ layout, top }: Block): number =>
  top + (layout.lines.length - 1) * layout.size * LINE_HEIGHT;

/** What a card shows, laid out: its background and its pieces of text, each in its place. */
export async function cardDrawing(card: Card, siteName: string): Promise<CardDrawing> {
  const kicker = `${siteName} · ${card.kicker}`;
  const fonts = await fontFiles();
  const regular = measurer(fonts, 400);
  const bold = measurer(fonts, 700);
  const headlineWeight = card.headlineWeight ?? 400;
  const maxWidth = RIGHT - LEFT;
  const single = (text: string, size: number, measure: Measure) =>
    layoutBlock(text, { right: RIGHT, maxWidth, maxLines: () => 1, sizes: [size], measure });

  const top: Block = {
    layout: single(kicker, 34, bold),
    weight: 700,
    fill: COLORS.accent,
    top: 112,
  };
  // The headline gets the space between the kicker and the byline: fewer, larger lines when it is short.
  const headlineTop = 215;
  const headlineBottom = card.byline || card.footer ? 405 : 470;
  const headline: Block = {
    layout: layoutBlock(card.headline, {
      right: RIGHT,
      maxWidth,
      maxLines: (size) => Math.floor((headlineBottom - headlineTop) / (size * LINE_HEIGHT)) + 1,
      sizes: [64, 56, 50, 44, 38],
      measure: headlineWeight === 700 ? bold : regular,
    }),
    weight: headlineWeight,
    fill: COLORS.text,
    top: headlineTop,
  };
  const byline: Block | undefined =
    card.byline === undefined
      ? undefined
      : {
          layout: single(card.byline, 32, bold),
          weight: 700,
          fill: COLORS.text,
          top: bottomOf(headline) + 72,
        };
  const footer: Block | undefined =
    card.footer === undefined
      ? undefined
      : {
          layout: single(card.footer, 28, regular),
          weight: 400,
          fill: COLORS.muted,
          top: CARD_HEIGHT - 58,
        };

  return {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    background:
      `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="${COLORS.background}"/>` +
      // The accent band on the inline-start side, which is the right in Arabic.
      `<rect x="${CARD_WIDTH - 24}" width="24" height="${CARD_HEIGHT}" fill="${COLORS.accent}"/>` +
      `<g transform="translate(${LEFT} 64)">${markSvg(72)}</g>` +
      (footer ? `<rect x="${LEFT}" y="${CARD_HEIGHT - 112}" width="${maxWidth}" height="2" fill="${COLORS.rule}"/>` : ''),
    texts: [top, headline, byline, footer].flatMap((block) => (block ? drawBlock(block) : [])),
  };
}

/** Draws a card as a 1200×630 PNG. */
export async function renderCard(card: Card, siteName: string): Promise<Uint8Array> {
  const [drawing, fonts] = await Promise.all([cardDrawing(card, siteName), fontFiles()]);
  return fonts.cache.png(drawingSvg(drawing), () => cardPool(fonts.files).draw(drawing));
}

/** How resvg draws the cards: with the card fonts and none of the system's. */
export async function cardRenderOptions(): Promise<ResvgRenderOptions> {
  return renderOptions((await fontFiles()).files);
}

/** The mark as a square PNG: the publisher's logo in structured data. */
export function renderLogo(): Uint8Array {
  return new Resvg(markSvg(IMAGE_SIZES.logo.width), { logLevel: 'off' }).render().asPng();
}

/** A PNG as the response of a static endpoint. */
export function pngResponse(png: Uint8Array): Response {
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}
