/**
 * `arabicFont()`: the site's Arabic typeface, self-hosted and cut down to the characters the site
 * shows.
 *
 * The source is Noto Naskh Arabic from `@fontsource/noto-naskh-arabic` (its `arabic` files,
 * SIL OFL 1.1); nothing is fetched from anywhere at build or run time.
 *
 *   astro build                              astro:build:done (this file)
 *   ──────────                               ───────────────────────────────────────────────
 *   dist/**\/*.html, .xml, .xsl,   ─ text ─▶  characters shown + BASE_CHARACTERS
 *   .css, .js                                  │ subset-font (HarfBuzz hb-subset, wasm)
 *                                              ▼
 *                                            dist/fonts/mowjaz-naskh-400.<sha8>.woff2
 *                                            dist/fonts/mowjaz-naskh.<sha8>.css  (@font-face)
 *                                              │
 *   every page's <head>  ◀──── <link rel="preload" as="font" …> + <style>@font-face…</style>
 *   the feed's XSL <head> ◀──── <link rel="preload" as="font" …> + <link rel="stylesheet" …>
 *
 * An HTML page gets the few @font-face rules inline, which saves it a request that would hold up
 * its first paint. Astro's `security.csp` lets a page run only the inline styles it hashed while
 * rendering it, and build:done comes after that: so the rules' sha256 is added to the page's
 * policy here (`allowStyle`, src/lib/csp.ts), next to Astro's own. The page an XSL stylesheet
 * outputs has no policy of its own to add it to: it links the same rules as a file, which
 * `style-src 'self'` allows.
 *
 * In `astro dev` the pages import the same @font-face rules as a CSS module, pointing at the
 * full, unsubset files, which a small middleware serves at the same kind of URL.
 */
import { createHash } from 'node:crypto';
import { createReadStream, readFileSync, writeFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { allowStyle, POLICY, styleHash } from '../lib/csp';
import { tokenize } from '../lib/html-tokens';
import { builtFiles } from './built-files';

/** The family name the site's CSS uses: `font-family: 'Mowjaz Naskh', 'Noto Naskh Arabic', serif`. */
export const FONT_FAMILY = 'Mowjaz Naskh';

/** The weights `@fontsource/noto-naskh-arabic` ships (upright only: Arabic has no italic). */
export type ArabicFontWeight = 400 | 500 | 600 | 700;

export interface ArabicFontOptions {
  /**
   * The weights to self-host. Default `[400]`: each weight costs about 11 KB even subset, and
   * the briefing page has a 35 KB budget; headings and `<strong>` get the browser's synthesized
   * bold from the 400 face (see `FONT_SYNTHESIS`). Add 700 for a real bold.
   */
  weights?: readonly ArabicFontWeight[];
  /** Characters to keep whatever the pages say, on top of `BASE_CHARACTERS`. Default: none. */
  extraCharacters?: string;
  /**
   * Folders of the output directory whose files are not read, because nothing in them is shown
   * in this typeface, e.g. the search index's (`pagefind`), written while this runs. Default: none.
   */
  unreadFolders?: readonly string[];
}

/** Where the files go, under the output directory and under the site's `base`. */
const FONT_DIRECTORY = 'fonts';
/** The file-name stem of every file this integration writes. */
const FILE_STEM = 'mowjaz-naskh';
/** The weight that sets body text: it is the one preloaded. */
const REGULAR: ArabicFontWeight = 400;

/** Every code point from `first` to `last`, as a string. */
function range(first: number, last: number): string {
  return Array.from({ length: last - first + 1 }, (_, index) => String.fromCodePoint(first + index)).join('');
}

/**
 * Always kept, whatever the pages say, for the one text the build cannot see, what a reader types
 * into the search box: the letters of Arabic (U+0621–U+064A with the tatweel, less U+063B–U+063F,
 * letters of other languages written in Arabic script), Latin digits (the site's own, see
 * NUMBERING_SYSTEM), the punctuation of Arabic text, the quotation marks browsers put around
 * `<q>` in Arabic (”…“), spaces, and the joiners and direction marks. Arabic-Indic digits and
 * their separators cost 1.3 KB of the font: they are kept when a page shows them (a briefing
 * written in them), and a reader who types them gets them in the fallback font. The source file
 * has no Latin glyphs, so Latin characters here cost nothing until it does.
 */
export const BASE_CHARACTERS = [
  range(0x0621, 0x063a),
  range(0x0640, 0x064a),
  '0123456789',
  '«»،؛؟!.,:;-–—()[]/\'"…”“’‘',
  ' \u00a0',
  '\u200c\u200d\u200e\u200f\u061c',
].join('');

/**
 * The rule that goes with the weights: synthesize bold (so `<strong>` and headings stay bold when
 * only 400 ships; with 700 shipped the browser never needs to), never a slanted "italic", which
 * Arabic does not have. Zero specificity: the site's stylesheet can override it.
 */
export const FONT_SYNTHESIS = ':where(:root){font-synthesis:weight}';

/** One face: its weight and the URL it is served from. */
export interface ArabicFontFace {
  weight: ArabicFontWeight;
  url: string;
}

/** The stylesheet: one `@font-face` per weight, `font-display: swap` so text is never hidden. */
export function fontFaceCss(faces: readonly ArabicFontFace[]): string {
  const rules = faces.map(
    ({ weight, url }) =>
      `@font-face{font-family:'${FONT_FAMILY}';font-style:normal;font-weight:${weight};font-display:swap;` +
      `src:url("${url}") format('woff2')}`,
  );
  return `/* ${FONT_FAMILY}: Noto Naskh Arabic (SIL Open Font License 1.1), subset to this site's text. */\n${[...rules, FONT_SYNTHESIS].join('\n')}\n`;
}

/** `path` (no leading slash) under the site's `base`, whether or not `base` ends with a slash. */
export function underBase(base: string, path: string): string {
  return `${base.replace(/\/*$/, '/')}${path}`;
}

/**
 * The tags an XSL stylesheet's <head> gets, as well-formed XML: the regular face preloaded (if
 * shipped), then the stylesheet.
 */
export function xslHeadTags(stylesheetUrl: string, preloadUrl: string | undefined): string {
  const preload = preloadUrl === undefined ? '' : `<link rel="preload" href="${preloadUrl}" as="font" type="font/woff2" crossorigin="anonymous"/>`;
  return `${preload}<link rel="stylesheet" href="${stylesheetUrl}"/>`;
}

/** The tags an HTML page gets: the regular face preloaded (if shipped), then the rules, inline. */
export function htmlHeadTags(css: string, preloadUrl: string | undefined): string {
  const preload = preloadUrl === undefined ? '' : `<link rel="preload" href="${preloadUrl}" as="font" type="font/woff2" crossorigin>`;
  return `${preload}<style>${css}</style>`;
}

/**
 * `html` with `tags` in its <head>: before the first stylesheet or <style>, but after a CSP
 * <meta> (a meta policy governs only what follows it), else at the end of the head. Undefined
 * when the document has no head to put them in.
 */
export function insertIntoHead(html: string, tags: string): string | undefined {
  const open = /<head(?:\s[^>]*)?>/i.exec(html);
  const close = /<\/head\s*>/i.exec(html);
  if (!open || !close || close.index < open.index) return undefined;
  const headStart = open.index + open[0].length;
  const head = html.slice(headStart, close.index);
  const csp = POLICY.exec(head);
  const from = csp ? csp.index + csp[0].length : 0;
  const firstStyle = /<link\b[^>]*\brel\s*=\s*["']?stylesheet\b[^>]*>|<style\b/i.exec(head.slice(from));
  const at = headStart + (firstStyle ? from + firstStyle.index : head.length);
  return `${html.slice(0, at)}${tags}${html.slice(at)}`;
}

/**
 * Where a document's head ends, in bytes: just after its first `</head>`, the end tag
 * `insertIntoHead` finds; undefined without one. Markup is ASCII, so an offset in the document
 * read as Latin-1 is an offset in its bytes, and UTF-8 never splits a character at a `>`.
 */
export function headLength(bytes: Buffer): number | undefined {
  const close = /<\/head\s*>/i.exec(bytes.toString('latin1'));
  return close ? close.index + close[0].length : undefined;
}

/**
 * Code (CSS, JavaScript) with its escapes decoded, so that `content: "\00AB"` or a minified
 * `"\u0646\u0633\u062e"` counts as the characters it shows. Both escape styles are tried on
 * both languages: a wrong guess can only add characters, never lose one.
 */
export function decodeCodeEscapes(code: string): string {
  const character = (hex: string, escape: string): string => {
    const codePoint = Number.parseInt(hex, 16);
    return codePoint <= 0x10ffff && (codePoint < 0xd800 || codePoint > 0xdfff) ? String.fromCodePoint(codePoint) : escape;
  };
  return code
    .replace(/\\u\{([0-9a-f]{1,6})\}|\\u([0-9a-f]{4})|\\x([0-9a-f]{2})/gi, (escape, braced?: string, four?: string, two?: string) =>
      character(braced ?? four ?? two ?? '', escape),
    )
    .replace(/\\([0-9a-f]{1,6})\s?/gi, (escape, hex: string) => character(hex, escape));
}

/** Any escape `decodeCodeEscapes` decodes, in either language. */
const CODE_ESCAPE = /\\(?:u\{[0-9a-f]{1,6}\}|u[0-9a-f]{4}|x[0-9a-f]{2}|[0-9a-f]{1,6}\s?)/gi;

/** A character reference, named or numeric (`&laquo;`, `&#1548;`, `&#x627;`). */
const CHARACTER_REFERENCE = /&#?[0-9a-z]+;?/gi;
/** A character reference escaped once more, as HTML in XML text carries its own (`&amp;laquo;`). */
const ESCAPED_REFERENCE = /&amp;#?[0-9a-z]+;?/gi;

/** What `matches` decode to, each distinct one once, by `decode`. */
const decodedMatches = (text: string, pattern: RegExp, decode: (matches: string) => string): string => decode([...new Set(text.match(pattern))].join(' '));

/**
 * Every string in a document: text (entities decoded; scripts and styles with their escapes
 * decoded) and attribute values (`alt`, …), but not comments.
 */
function markupText(html: string): string {
  const strings: string[] = [];
  const code: string[] = [];
  let inCode = false;
  tokenize(html, {
    startTag({ tagName, attrs, selfClosing }) {
      for (const { value } of attrs) strings.push(value);
      inCode = (tagName === 'script' || tagName === 'style') && !selfClosing;
    },
    endTag() {
      inCode = false;
    },
    text(chars) {
      (inCode ? code : strings).push(chars);
    },
  });
  return `${strings.join('')}\n${decodeCodeEscapes(code.join('\n'))}`;
}

/**
 * The texts of a built file, whose characters it can show. Generous on purpose: a character kept for nothing costs a
 * few bytes, a character lost shows in another typeface and breaks the joining of its word.
 * - HTML: every text node (entities decoded) and attribute value, inline scripts and styles.
 * - XML and XSL (the feeds and their stylesheet): the same, with CDATA unwrapped, and the text read
 *   once more as HTML, because a feed carries its HTML escaped (`&lt;p&gt;…`, `&amp;laquo;`).
 * - CSS and JavaScript: the whole file, escapes decoded (generated content, UI strings).
 * A document without comments is read as a whole (its markup is ASCII), with what its references
 * and escapes decode to: read so, a large site's pages and feeds need no tokenizer. The texts come
 * apart, so that a page is never copied whole into one string with them.
 */
export function shownTexts(fileName: string, source: string): string[] {
  if (/\.(?:css|js|mjs)$/i.test(fileName)) return [decodeCodeEscapes(source)];
  const isXml = /\.(?:xml|xsl|xslt)$/i.test(fileName);
  if (!source.includes('<!--')) {
    const escapedTwice = isXml ? [decodedMatches(source, ESCAPED_REFERENCE, (references) => markupText(markupText(references)))] : [];
    return [source, decodedMatches(source, CHARACTER_REFERENCE, markupText), ...escapedTwice, decodedMatches(source, CODE_ESCAPE, decodeCodeEscapes)];
  }
  const markup = isXml ? source.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, (_, data: string) => data.replace(/&/g, '&amp;').replace(/</g, '&lt;')) : source;
  const text = markupText(markup);
  return isXml ? [text, markupText(text)] : [text];
}

/**
 * The distinct characters of texts added one by one, sorted by code point (so the same site always
 * gives the same subset): one flag per code point, so a site of any size costs the same memory.
 */
export function characterSet(): { add(text: string): void; characters(): string } {
  const seen = new Uint8Array(0x110000);
  return {
    add(text) {
      for (let index = 0; index < text.length; index += 1) {
        const codePoint = text.codePointAt(index) as number;
        seen[codePoint] = 1;
        if (codePoint > 0xffff) index += 1;
      }
    },
    characters() {
      let characters = '';
      seen.forEach((flag, codePoint) => {
        if (flag) characters += String.fromCodePoint(codePoint);
      });
      return characters;
    },
  };
}

/** The first 8 hex digits of the sha256 of `content`: the cache-busting part of a file name. */
export function shortHash(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex').slice(0, 8);
}

/** `subset-font` ships no types; this is the part of its API used here. */
type SubsetFont = (font: Buffer, text: string, options: { targetFormat: 'woff2'; preserveNameIds?: number[] }) => Promise<Buffer>;

const require = createRequire(import.meta.url);

/** The package's woff2 file for `weight` (its `arabic` subset: Arabic script, no Latin). */
export function sourceFontPath(weight: ArabicFontWeight): string {
  return require.resolve(`@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-${weight}-normal.woff2`);
}

/** The Astro integration. See the top of this file for what it does and why. */
export function arabicFont(options: ArabicFontOptions = {}): AstroIntegration {
  const weights = [...new Set(options.weights ?? [REGULAR])].sort((a, b) => a - b);
  const shipped: readonly number[] = [400, 500, 600, 700];
  if (weights.length === 0 || weights.some((weight) => !shipped.includes(weight))) {
    throw new Error(`arabicFont(): \`weights\` is [${weights.join(', ')}]. List at least one of 400, 500, 600, 700 (the weights the package ships), or leave it out for [400].`);
  }
  const extraCharacters = options.extraCharacters ?? '';
  const unread = (options.unreadFolders ?? []).map((folder) => `${folder.replace(/^\/+|\/+$/g, '')}/`);
  let base = '/';

  return {
    name: 'mowjaz:arabic-font',
    hooks: {
      'astro:config:setup': ({ command, config, injectScript, updateConfig }) => {
        if (command !== 'dev') return;
        // Dev: every page imports the @font-face rules, pointing at the full files (see server:setup).
        const moduleId = 'virtual:mowjaz/arabic-font.css';
        const resolvedId = `\0${moduleId}`;
        const css = fontFaceCss(weights.map((weight) => ({ weight, url: underBase(config.base, `${FONT_DIRECTORY}/${FILE_STEM}-${weight}.woff2`) })));
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'mowjaz:arabic-font-dev-css',
                resolveId: (id: string) => (id === moduleId ? resolvedId : undefined),
                load: (id: string) => (id === resolvedId ? css : undefined),
              },
            ],
          },
        });
        injectScript('page-ssr', `import ${JSON.stringify(moduleId)};`);
      },

      'astro:config:done': ({ config }) => {
        base = config.base;
      },

      'astro:server:setup': ({ server }) => {
        // Astro's dev server has already taken `base` off the URL when this middleware runs.
        const files = new Map(weights.map((weight) => [`/${FONT_DIRECTORY}/${FILE_STEM}-${weight}.woff2`, sourceFontPath(weight)]));
        server.middlewares.use((request, response, next) => {
          const file = files.get((request.url ?? '').split('?')[0] ?? '');
          if (file === undefined) return next();
          response.setHeader('Content-Type', 'font/woff2');
          createReadStream(file).pipe(response);
        });
      },

      'astro:build:done': async ({ dir, logger }) => {
        // The Node module is loaded only when building: dev and check never need HarfBuzz.
        const subsetFont = require('subset-font') as SubsetFont;
        const outDir = fileURLToPath(dir);
        const files = (await builtFiles(outDir)).filter((file) => !unread.some((folder) => file.startsWith(folder)));
        // An XSL stylesheet (the feed's) outputs a page of its own: its <head> gets the tags too.
        const pages = files.filter((file) => /\.(?:html|xsl|xslt)$/i.test(file));
        const sources = files.filter((file) => /\.(?:html|xml|xsl|xslt|css|js|mjs)$/i.test(file));

        const shown = characterSet();
        shown.add(BASE_CHARACTERS + extraCharacters);
        // Read synchronously: on thousands of small files several times faster than a promise each.
        for (const file of sources) {
          for (const text of shownTexts(file, readFileSync(join(outDir, file), 'utf8'))) shown.add(text);
        }
        const characters = shown.characters();

        await mkdir(join(outDir, FONT_DIRECTORY), { recursive: true });
        const faces: ArabicFontFace[] = [];
        for (const weight of weights) {
          const source = await readFile(sourceFontPath(weight));
          // Name IDs 13 and 14 (license and its URL) are kept: the OFL asks for the license to travel with the font.
          const subset = await subsetFont(source, characters, { targetFormat: 'woff2', preserveNameIds: [13, 14] });
          const name = `${FILE_STEM}-${weight}.${shortHash(subset)}.woff2`;
          await writeFile(join(outDir, FONT_DIRECTORY, name), subset);
          faces.push({ weight, url: underBase(base, `${FONT_DIRECTORY}/${name}`) });
          logger.info(`${name}: ${source.byteLength} → ${subset.byteLength} bytes (${Math.round((100 * subset.byteLength) / source.byteLength)}%)`);
        }
        logger.info(`${[...characters].length} characters kept, from ${sources.length} files`);

        const css = fontFaceCss(faces);
        const stylesheet = `${FILE_STEM}.${shortHash(css)}.css`;
        await writeFile(join(outDir, FONT_DIRECTORY, stylesheet), css);

        const stylesheetUrl = underBase(base, `${FONT_DIRECTORY}/${stylesheet}`);
        const preloadUrl = faces.find(({ weight }) => weight === REGULAR)?.url;
        const hash = styleHash(css);
        for (const page of pages) {
          const file = join(outDir, page);
          const bytes = readFileSync(file);
          // Only the head is decoded and changed: the rest of the page is written back as it was read.
          const headEnd = headLength(bytes);
          const head = headEnd === undefined ? undefined : bytes.toString('utf8', 0, headEnd);
          const edited = head && (page.endsWith('.html') ? insertIntoHead(allowStyle(head, hash), htmlHeadTags(css, preloadUrl)) : insertIntoHead(head, xslHeadTags(stylesheetUrl, preloadUrl)));
          if (edited === undefined) logger.warn(`${page} has no <head>: it gets no ${FONT_FAMILY} stylesheet`);
          // Pagefind has read every page by now (astro:build:generated, search-index.ts).
          else writeFileSync(file, Buffer.concat([Buffer.from(edited), bytes.subarray(headEnd)]));
        }
      },
    },
  };
}
