/**
 * What drawing preview cards costs is kept between builds, in `cards/` under Astro's cache folder
 * (`cacheDir`, node_modules/.astro/ unless configured; `cardCache()` in src/integrations/ tells the
 * site where). Everything here is content-addressed: a card is a pure function of its SVG, the
 * fonts, resvg and the code that draws it, so its PNG is named by the sha256 of the four, and a
 * measurement is keyed by the SVG that measured it. Nothing needs to be invalidated: change a
 * card, a font, resvg or that code, and it is looked up under another name. Without a folder
 * (unit tests, scripts outside Astro) nothing is kept and every card is drawn.
 *
 * Files are written under a temporary name and renamed, so builds running side by side never read
 * half a file.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The sha256 of `parts`, in hex; each part is prefixed with its length, so no two lists of parts run together alike. */
export function digest(...parts: (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(`${part.length}:`).update(part);
  return hash.digest('hex');
}

function writeAtomically(file: string, content: string | Uint8Array): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, content);
  renameSync(temporary, file);
}

/**
 * The bytes of `file`, or undefined when there is none. Looked for before it is read: a read that
 * fails throws an error with its stack, the deeper the costlier (in a profiled first build of 1000
 * briefings, whose 13,000 cards are all missing, 1.8 s of the thread that renders the pages).
 */
function readIfThere(file: string): Buffer | undefined {
  if (!existsSync(file)) return undefined;
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

export interface CardCache {
  /** The PNG drawn from `svg` before, or `draw()`'s, kept for next time. */
  png(svg: string, draw: () => Promise<Uint8Array>): Promise<Uint8Array>;
  /** The measurement made by `svg` before, or `measure()`'s, kept for next time. */
  measurement<T>(svg: string, measure: () => T): T;
  /** Writes the measurements made since the cache was opened; done when the process exits. */
  save(): void;
}

/**
 * The cache for one set of fonts and one resvg (`fingerprint`), in `folder`; in memory only when
 * `folder` is undefined. Measurements are read once and written back when the process exits.
 */
export function openCardCache(folder: string | undefined, fingerprint: string): CardCache {
  const measurements = new Map<string, unknown>();
  const measurementsFile = folder && join(folder, `measurements-${fingerprint}.json`);
  if (folder && measurementsFile) {
    mkdirSync(folder, { recursive: true });
    const saved = readIfThere(measurementsFile);
    if (saved) for (const [svg, value] of JSON.parse(saved.toString('utf8')) as [string, unknown][]) measurements.set(svg, value);
  }
  let known = measurements.size;
  const cache: CardCache = {
    async png(svg, draw) {
      if (!folder) return draw();
      const file = join(folder, `${digest(fingerprint, svg)}.png`);
      const saved = readIfThere(file);
      if (saved) return saved;
      const png = await draw();
      writeAtomically(file, png);
      return png;
    },
    measurement<T>(svg: string, measure: () => T): T {
      if (measurements.has(svg)) return measurements.get(svg) as T;
      const value = measure();
      measurements.set(svg, value);
      return value;
    },
    save() {
      if (!measurementsFile || measurements.size === known) return;
      writeAtomically(measurementsFile, JSON.stringify([...measurements]));
      known = measurements.size;
    },
  };
  process.once('exit', () => cache.save());
  return cache;
}
