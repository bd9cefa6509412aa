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

/** Every `href` and `src` of an HTML page, with the element's name. */
export function linksOfPage(html: string): { tag: string; url: string }[] {
  return selectAll('[href], [src]', fromHtml(html)).flatMap((element) =>
    (['href', 'src'] as const).flatMap((name) => {
      const value = element.properties[name];
      return typeof value === 'string' ? [{ tag: element.tagName, url: value }] : [];
    }),
  );
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
