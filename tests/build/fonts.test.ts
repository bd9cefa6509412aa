import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { afterAll, describe, expect, test } from 'vitest';
import { FONT_FAMILY } from '../../src/integrations/arabic-font';
import { buildSite, DIST, projectCopy, readPage, ROOT } from '../helpers/site';

/*
 * The font's character map is read straight from the WOFF2 bytes the site serves, with no font
 * library: WOFF2 = 48-byte header, a table directory, then one Brotli stream holding the tables
 * back to back. `cmap` and `name` are never transformed, so they can be read as they are.
 */

interface Woff2Table {
  tag: string;
  bytes: Buffer;
}

/** The 63 known table tags of WOFF2's directory (spec §5.1); only the ones used here matter. */
const KNOWN_TAGS = ['cmap', 'head', 'hhea', 'hmtx', 'maxp', 'name', 'OS/2', 'post', 'cvt ', 'fpgm', 'glyf', 'loca'];

function woff2Tables(font: Buffer): Woff2Table[] {
  expect(font.subarray(0, 4).toString('latin1')).toBe('wOF2');
  const numTables = font.readUInt16BE(12);
  const compressedLength = font.readUInt32BE(20);
  let at = 48;
  const readBase128 = (): number => {
    let value = 0;
    for (let i = 0; i < 5; i += 1) {
      const byte = font.readUInt8(at++);
      value = value * 128 + (byte & 0x7f);
      if ((byte & 0x80) === 0) return value;
    }
    throw new Error('bad UIntBase128');
  };
  const directory = Array.from({ length: numTables }, () => {
    const flags = font.readUInt8(at++);
    const index = flags & 0x3f;
    const tag = index === 63 ? font.subarray(at, (at += 4)).toString('latin1') : (KNOWN_TAGS[index] ?? `#${index}`);
    const version = flags >> 6;
    const length = readBase128();
    // glyf and loca are transformed unless their version is 3; any other table only if non-zero.
    const transformed = tag === 'glyf' || tag === 'loca' ? version !== 3 : version !== 0;
    return { tag, length: transformed ? readBase128() : length };
  });
  const stream = brotliDecompressSync(font.subarray(at, at + compressedLength));
  let offset = 0;
  return directory.map(({ tag, length }) => ({ tag, bytes: stream.subarray(offset, (offset += length)) }));
}

function table(font: Buffer, tag: string): Buffer {
  const found = woff2Tables(font).find((candidate) => candidate.tag === tag);
  if (!found) throw new Error(`no ${tag} table`);
  return found.bytes;
}

/** Every code point the font maps to a real glyph (not .notdef), from its format 4 and 12 subtables. */
function mappedCodePoints(font: Buffer): Set<number> {
  const cmap = table(font, 'cmap');
  const codePoints = new Set<number>();
  for (let record = 0; record < cmap.readUInt16BE(2); record += 1) {
    const start = cmap.readUInt32BE(4 + record * 8 + 4);
    const format = cmap.readUInt16BE(start);
    if (format === 4) {
      const segments = cmap.readUInt16BE(start + 6) / 2;
      const ends = start + 14;
      const starts = ends + 2 * segments + 2;
      const deltas = starts + 2 * segments;
      const rangeOffsets = deltas + 2 * segments;
      for (let s = 0; s < segments; s += 1) {
        const first = cmap.readUInt16BE(starts + 2 * s);
        const last = cmap.readUInt16BE(ends + 2 * s);
        const delta = cmap.readUInt16BE(deltas + 2 * s);
        const rangeOffset = cmap.readUInt16BE(rangeOffsets + 2 * s);
        for (let c = first; c <= last && c !== 0xffff; c += 1) {
          const raw = rangeOffset === 0 ? c : cmap.readUInt16BE(rangeOffsets + 2 * s + rangeOffset + 2 * (c - first));
          const glyph = rangeOffset !== 0 && raw === 0 ? 0 : (raw + delta) & 0xffff;
          if (glyph !== 0) codePoints.add(c);
        }
      }
    } else if (format === 12) {
      for (let group = 0; group < cmap.readUInt32BE(start + 12); group += 1) {
        const at = start + 16 + group * 12;
        const [first, last, glyph] = [cmap.readUInt32BE(at), cmap.readUInt32BE(at + 4), cmap.readUInt32BE(at + 8)];
        for (let c = first; c <= last; c += 1) if (glyph + (c - first) !== 0) codePoints.add(c);
      }
    }
  }
  return codePoints;
}

/** The name IDs present in the font's `name` table. */
function nameIds(font: Buffer): Set<number> {
  const name = table(font, 'name');
  return new Set(Array.from({ length: name.readUInt16BE(2) }, (_, record) => name.readUInt16BE(6 + record * 12 + 6)));
}

const require = createRequire(import.meta.url);
const subsetFont = require('subset-font') as (font: Buffer, text: string, options: { targetFormat: 'woff2' }) => Promise<Buffer>;
const sourceFont = (weight: string): Buffer =>
  readFileSync(require.resolve(`@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-${weight}-normal.woff2`));

const distFiles = (readdirSync(DIST, { recursive: true }) as string[]).map((file) => file.split('\\').join('/'));
const pages = distFiles.filter((file) => file.endsWith('.html'));
const feeds = distFiles.filter((file) => /\.(?:xml|xsl)$/.test(file));
const fontFiles = readdirSync(`${DIST}fonts`).filter((file) => file.endsWith('.woff2'));
const FONT_FILE = /^mowjaz-naskh-(\d00)\.([0-9a-f]{8})\.woff2$/;

/** The file in dist/ that a root-relative URL of the site (base `/`) points at. */
function distPath(url: string): string {
  expect(url, 'a same-origin, root-relative URL').toMatch(/^\/(?!\/)/);
  return `${DIST}${decodeURI(url.slice(1))}`;
}

/** The links a page has to the font: the preload(s) and the stylesheet. */
function fontLinks(page: Root) {
  const links = selectAll('link[href]', page);
  const href = (link: Element) => String(link.properties.href);
  return {
    links,
    preloads: links.filter((link) => String(link.properties.rel) === 'preload' && link.properties.as === 'font'),
    stylesheets: links.filter((link) => String(link.properties.rel) === 'stylesheet' && href(link).includes('/fonts/')),
  };
}

/** A page's inline styles that declare the site's font. */
const fontStyles = (page: Root): Element[] => selectAll('style', page).filter((style) => toString(style).includes('@font-face'));

/** The text a page shows, as the browser would read it, and for the feed its escaped HTML too. */
function shownText(file: string): string {
  const source = readFileSync(`${DIST}${file}`, 'utf8');
  if (file.endsWith('.html')) return toString(fromHtml(source));
  const text = toString(fromHtml(source.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, (_, data: string) => data.replace(/&/g, '&amp;').replace(/</g, '&lt;'))));
  return `${text}${toString(fromHtml(text))}`;
}

const ARABIC = /[\u0600-\u06ff]/u;
const arabicShown = new Set([...pages, ...feeds].flatMap((file) => [...shownText(file)].filter((character) => ARABIC.test(character))));

describe('the self-hosted Arabic font in the built site', () => {
  test('every page preloads the regular face, in dist/, and has the font rules inline, before any other style, and allowed by its policy', () => {
    expect(pages.length).toBeGreaterThan(0);
    for (const file of pages) {
      const page = readPage(file);
      const { preloads, stylesheets } = fontLinks(page);
      expect(preloads, file).toHaveLength(1);
      expect(stylesheets, `${file}: no font stylesheet to fetch`).toHaveLength(0);
      const preload = preloads[0] as Element;
      expect(String(preload.properties.href)).toMatch(/^\/fonts\/mowjaz-naskh-400\.[0-9a-f]{8}\.woff2$/);
      expect(preload.properties.type).toBe('font/woff2');
      expect(preload.properties.crossOrigin, 'a font preload without crossorigin is fetched twice').toBe('');
      expect(existsSync(distPath(String(preload.properties.href)))).toBe(true);
      const styles = fontStyles(page);
      expect(styles, file).toHaveLength(1);
      const style = styles[0] as Element;
      const head = selectAll('head > *', page);
      const firstStyle = head.findIndex((element) => element.tagName === 'style' || (element.tagName === 'link' && String(element.properties.rel) === 'stylesheet'));
      expect(head.indexOf(preload)).toBeLessThan(firstStyle);
      expect(head.indexOf(style), file).toBe(firstStyle);
      const policy = String(selectAll('meta[http-equiv="content-security-policy"]', page)[0]?.properties.content ?? '');
      const hash = createHash('sha256').update(toString(style)).digest('base64');
      expect(policy.split(';').find((directive) => directive.trim().startsWith('style-src')), file).toContain(`'sha256-${hash}'`);
    }
  });

  const stylesheetsOutput = distFiles.filter((file) => file.endsWith('.xsl'));

  test.runIf(stylesheetsOutput.length > 0)('the page an XSL stylesheet outputs (the feed) links the same rules as a file', () => {
    const xsl = stylesheetsOutput.map((file) => readFileSync(`${DIST}${file}`, 'utf8')).find((text) => /<head[\s>]/.test(text)) ?? '';
    const [, href = ''] = /<link rel="stylesheet" href="([^"]*\/fonts\/[^"]*)"\/>/.exec(xsl) ?? [];
    expect(readFileSync(distPath(href), 'utf8')).toBe(toString(fontStyles(readPage('index.html'))[0] as Element));
  });

  test(`the rules declare ${FONT_FAMILY} with font-display: swap, one face per file, each URL in dist/`, () => {
    const css = toString(fontStyles(readPage('index.html'))[0] as Element);
    const faces = css.match(/@font-face\{[^}]*\}/g) ?? [];
    expect(faces.length).toBe(fontFiles.length);
    for (const face of faces) {
      expect(face).toContain(`font-family:'${FONT_FAMILY}'`);
      expect(face).toContain('font-display:swap');
      const [, weight] = /font-weight:(\d+)/.exec(face) ?? [];
      const [, url = ''] = /src:url\("([^"]+)"\) format\('woff2'\)/.exec(face) ?? [];
      expect(url).toMatch(new RegExp(`^/fonts/mowjaz-naskh-${weight}\\.[0-9a-f]{8}\\.woff2$`));
      expect(existsSync(distPath(url))).toBe(true);
    }
    // Weights that are not shipped are synthesized, never faked by a face that claims a range.
    expect(css).not.toMatch(/font-weight:\d+ \d+/);
    expect(css).toContain('font-synthesis:weight');
  });

  test('each font file is a real WOFF2, named by its own hash, and a fraction of its source', () => {
    expect(fontFiles.length).toBeGreaterThan(0);
    for (const file of fontFiles) {
      const [, weight = '', hash] = FONT_FILE.exec(file) ?? [];
      const font = readFileSync(`${DIST}fonts/${file}`);
      expect(font.subarray(0, 4).toString('latin1'), file).toBe('wOF2');
      expect(createHash('sha256').update(font).digest('hex').slice(0, 8), file).toBe(hash);
      // Subset to the site's text, Noto Naskh Arabic keeps about a fifth of its bytes.
      expect(font.byteLength, file).toBeLessThan(sourceFont(weight).byteLength * 0.4);
      // The OFL travels with the font: the copyright (name ID 0), license (13) and license URL (14) the source carries, the subset keeps.
      const kept = nameIds(font);
      const carried = [...nameIds(sourceFont(weight))].filter((id) => [0, 13, 14].includes(id));
      expect(carried, 'the source names its copyright and license').toContain(0);
      expect(carried.filter((id) => !kept.has(id)), file).toEqual([]);
    }
  });

  test('the cmap reader reads what it should: a font cut to "اب" maps ا and ب, and not ت', async () => {
    const tiny = await subsetFont(sourceFont('400'), 'اب', { targetFormat: 'woff2' });
    const mapped = mappedCodePoints(tiny);
    expect(mapped.has(0x0627) && mapped.has(0x0628)).toBe(true);
    expect(mapped.has(0x062a)).toBe(false);
    // …and the source maps every Arabic letter.
    const source = mappedCodePoints(sourceFont('400'));
    for (let letter = 0x0621; letter <= 0x064a; letter += 1) expect(source.has(letter), letter.toString(16)).toBe(true);
  });

  test('every Arabic character any page or feed shows is in every subset font', () => {
    expect(arabicShown.size).toBeGreaterThan(30);
    for (const file of fontFiles) {
      const mapped = mappedCodePoints(readFileSync(`${DIST}fonts/${file}`));
      const missing = [...arabicShown].filter((character) => !mapped.has(character.codePointAt(0) ?? 0));
      expect(missing.map((character) => `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase()} ${character}`), file).toEqual([]);
    }
  });

  test('and the subset really is one: it maps fewer than half of the source code points, none the source does not', () => {
    for (const file of fontFiles) {
      const [, weight = ''] = FONT_FILE.exec(file) ?? [];
      const source = mappedCodePoints(sourceFont(weight));
      const subset = mappedCodePoints(readFileSync(`${DIST}fonts/${file}`));
      expect([...subset].filter((codePoint) => !source.has(codePoint))).toEqual([]);
      expect(subset.size).toBeLessThan(source.size / 2);
    }
  });

  test('no font comes from another host: no external URL in font links, CSS url() or @import', () => {
    const external = /^(?:[a-z][a-z0-9+.-]*:)?\/\//i;
    for (const file of pages) {
      for (const link of fontLinks(readPage(file)).links) {
        const rel = String(link.properties.rel);
        if (/preload|stylesheet|preconnect|dns-prefetch|font/.test(rel)) expect(String(link.properties.href), `${file}: ${rel}`).not.toMatch(external);
      }
    }
    const stylesheets = [
      ...distFiles.filter((file) => file.endsWith('.css')).map((file) => readFileSync(`${DIST}${file}`, 'utf8')),
      ...pages.flatMap((file) => selectAll('style', readPage(file)).map((style) => toString(style))),
    ];
    for (const css of stylesheets) {
      for (const [, url = ''] of css.matchAll(/url\(\s*["']?([^"')]*)/g)) expect(url).not.toMatch(external);
      for (const [, url = ''] of css.matchAll(/@import\s+(?:url\()?\s*["']?([^"')\s;]*)/g)) expect(url).not.toMatch(external);
    }
    for (const file of distFiles.filter((name) => /\.(?:html|css|js)$/.test(name))) {
      expect(readFileSync(`${DIST}${file}`, 'utf8'), file).not.toMatch(/fonts\.(?:googleapis|gstatic)\.com|use\.typekit|fonts\.bunny/);
    }
  });
});

describe('under a base path', () => {
  const copies: string[] = [];
  afterAll(() => copies.forEach((root) => rmSync(root, { recursive: true, force: true })));

  test('with base "/mowjaz/", every font URL carries the base and points at a file the build wrote', () => {
    const briefings = Object.fromEntries(
      readdirSync(`${ROOT}content/briefings`)
        .filter((name) => name.endsWith('.md'))
        .map((name) => [name, readFileSync(`${ROOT}content/briefings/${name}`, 'utf8')]),
    );
    const root = projectCopy(briefings);
    copies.push(root);
    // The base comes from BASE_PATH, which astro.config.ts reads (src/lib/deploy.ts).
    const { status, output } = buildSite(root, { BASE_PATH: '/mowjaz/' });
    expect(status, output).toBe(0);

    const dist = join(root, 'dist');
    const fileOf = (url: string) => {
      expect(url).toMatch(/^\/mowjaz\/fonts\//);
      return join(dist, url.slice('/mowjaz/'.length));
    };
    const page = fromHtml(readFileSync(join(dist, 'index.html'), 'utf8'));
    const { preloads } = fontLinks(page);
    expect(preloads).toHaveLength(1);
    expect(existsSync(fileOf(String((preloads[0] as Element).properties.href)))).toBe(true);
    const css = toString(fontStyles(page)[0] as Element);
    const urls = [...css.matchAll(/url\("([^"]+)"\)/g)].map(([, url = '']) => url);
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(existsSync(fileOf(url))).toBe(true);
  });
});
