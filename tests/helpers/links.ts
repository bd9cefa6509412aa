import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';

/** A built site: where its files are and where it is deployed. */
export interface BuiltSite {
  /** The dist/ folder, ending with a slash. */
  dist: string;
  /** The origin, e.g. `https://example.org`. */
  site: string;
  /** The base path, with a slash at each end. */
  base: string;
}

/** Every file under `dist` with one of the extensions, as paths relative to it with `/` separators. */
export function filesIn(dist: string, ...extensions: string[]): string[] {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter(
      (entry) => entry.isFile() && extensions.some((extension) => entry.name.endsWith(extension)),
    )
    .map((entry) => relative(dist, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** The absolute URL a file of dist/ is served at: `index.html` is its folder. */
export function urlOf(file: string, { site, base }: BuiltSite): string {
  return new URL(`${base}${file.replace(/(^|\/)index\.html$/, '$1')}`, site).href;
}

/** True for a URL of the site itself (a path, a fragment, or an absolute URL on its origin), resolved against the page it is on. */
export function isInternal(url: string, from: string, { site }: BuiltSite): boolean {
  return new URL(url, from).origin === new URL(site).origin;
}

const idsByFile = new Map<string, Set<string>>();

function idsIn(path: string): Set<string> {
  let ids = idsByFile.get(path);
  if (!ids) {
    ids = new Set(
      selectAll('[id]', fromHtml(readFileSync(path, 'utf8'))).map((element) =>
        String(element.properties.id),
      ),
    );
    idsByFile.set(path, ids);
  }
  return ids;
}

/**
 * What is wrong with an internal link, or undefined if it leads to a file of dist/ and, when it
 * has a `#fragment`, to an element with that id in it (a text directive after `:~:` is ignored).
 */
export function linkProblem(url: string, from: string, built: BuiltSite): string | undefined {
  const target = new URL(url, from);
  const path = decodeURIComponent(target.pathname);
  if (!path.startsWith(built.base))
    return `${url} (on ${from}) is not under the base ${built.base}`;
  const rest = path.slice(built.base.length);
  const candidates =
    rest === '' || rest.endsWith('/') ? [`${rest}index.html`] : [rest, `${rest}/index.html`];
  const file = candidates.find((candidate) => existsSync(`${built.dist}${candidate}`));
  if (!file)
    return `${url} (on ${from}) leads to no file of dist/ (tried ${candidates.join(', ')})`;
  const fragment = decodeURIComponent(target.hash.slice(1).split(':~:')[0] ?? '');
  if (fragment && !idsIn(`${built.dist}${file}`).has(fragment))
    return `${url} (on ${from}): ${file} has no element with id "${fragment}"`;
  return undefined;
}

/** A URL an HTML page points at, and where: the element, and the attribute (or meta tag) that holds it. */
export interface PageLink {
  tag: string;
  attribute: string;
  url: string;
}

/** Meta tags whose `content` is a URL, by `property` or `name`. */
const URL_METAS = new Set(['og:url', 'og:image', 'og:image:url', 'og:image:secure_url', 'twitter:image']);

/**
 * Every URL of an HTML page: each `href`, `src` and `cite`, each candidate of a `srcset`, the
 * Open Graph (and Twitter) URLs, and the `url(#id)` references of SVG paint attributes.
 */
export function linksOfPage(html: string): PageLink[] {
  return selectAll('*', fromHtml(html)).flatMap((element) => {
    const tag = element.tagName;
    const { href, src, cite, srcSet, content, property, name } = element.properties;
    const links: PageLink[] = [];
    for (const [attribute, value] of [['href', href], ['src', src], ['cite', cite]] as const) {
      if (typeof value === 'string') links.push({ tag, attribute, url: value });
    }
    // A srcset is a comma-separated list of `url [descriptor]` candidates.
    for (const candidate of typeof srcSet === 'string' ? srcSet.split(',') : []) {
      const url = candidate.trim().split(/\s+/)[0];
      if (url) links.push({ tag, attribute: 'srcset', url });
    }
    const meta = String(property ?? name ?? '');
    if (tag === 'meta' && URL_METAS.has(meta) && typeof content === 'string')
      links.push({ tag, attribute: meta, url: content });
    for (const [attribute, value] of Object.entries(element.properties)) {
      const reference = typeof value === 'string' ? /^url\((#[^)]+)\)$/.exec(value)?.[1] : undefined;
      if (reference) links.push({ tag, attribute, url: reference });
    }
    return links;
  });
}

/** The `<loc>` URLs of a sitemap or sitemap index. */
export function sitemapLocations(xml: string): string[] {
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1] ?? '');
}

/** The width and height a PNG declares in its IHDR chunk, or undefined if the bytes are not a PNG. */
export function pngSize(bytes: Buffer): { width: number; height: number } | undefined {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (
    !bytes.subarray(0, 8).equals(signature) ||
    bytes.subarray(12, 16).toString('latin1') !== 'IHDR'
  )
    return undefined;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
