import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, resolve, sep } from 'node:path';
import { createBrotliCompress, createGzip } from 'node:zlib';
import { DIST } from './site';

/** Content types of the files a static build of this site writes. */
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.jsonld': 'application/ld+json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.xsl': 'text/xsl; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

export interface ServeOptions {
  /** The folder to serve; the built site by default. */
  root?: string;
  /** The sub-path the site was built under (Astro's `base`), e.g. `/mowjaz/`; `/` by default. */
  base?: string;
  /**
   * Compress text responses for clients that accept it, as a static host or CDN would: `true`
   * gzips (as GitHub Pages does); `'brotli'` sends Brotli where the client accepts it and gzip
   * otherwise (as Cloudflare, Netlify and Vercel do). Off by default.
   */
  compress?: boolean | 'brotli';
}

/** Types worth compressing: text, and the text formats that are not `text/*`. */
const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest\+json)|image\/svg\+xml)/;

export interface StaticServer {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  origin: string;
  /** The site's root URL: the origin plus the base, with a trailing slash. */
  url: string;
  /** The absolute URL of a site path such as `briefings/x/` (resolved under the base). */
  urlOf(path: string): string;
  close(): Promise<void>;
}

/** `/`, `/mowjaz/`: one leading and one trailing slash. */
function normalizeBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/**
 * Serves a folder of static files on 127.0.0.1, on a free port, the way a static host would:
 * `index.html` for a folder, a redirect from `/folder` to `/folder/`, and `404.html` (if the
 * build wrote one) with status 404 for anything missing. No external package: node:http only.
 */
export async function serveStatic(options: ServeOptions = {}): Promise<StaticServer> {
  const root = resolve(options.root ?? DIST);
  const base = normalizeBase(options.base ?? '/');
  if (!existsSync(root)) throw new Error(`serveStatic: ${root} does not exist; build the site first (npm run build)`);

  const notFound = (response: ServerResponse, head: boolean): void => {
    const page = resolve(root, '404.html');
    const type = CONTENT_TYPES['.html'] as string;
    if (existsSync(page)) {
      response.writeHead(404, { 'content-type': type, 'cache-control': 'no-store' });
      if (head) response.end();
      else createReadStream(page).pipe(response);
      return;
    }
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
    if (head) response.end();
    else response.end('Not found');
  };

  const handle = (request: IncomingMessage, response: ServerResponse): void => {
    const head = request.method === 'HEAD';
    if (request.method !== 'GET' && !head) {
      response.writeHead(405, { allow: 'GET, HEAD' });
      response.end();
      return;
    }
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      response.writeHead(400);
      response.end();
      return;
    }
    // `/mowjaz` (no slash) is the site root too; anything outside the base does not exist.
    if (`${pathname}/` === base) pathname = base;
    if (!pathname.startsWith(base)) return notFound(response, head);
    const relative = pathname.slice(base.length);
    const file = resolve(root, relative);
    // `..` must not climb out of the served folder.
    if (file !== root && !file.startsWith(`${root}${sep}`)) return notFound(response, head);

    let target = file;
    const stats = existsSync(file) ? statSync(file) : undefined;
    if (stats?.isDirectory()) {
      if (!pathname.endsWith('/')) {
        response.writeHead(301, { location: `${url.pathname}/${url.search}` });
        response.end();
        return;
      }
      target = resolve(file, 'index.html');
    }
    if (!existsSync(target) || !statSync(target).isFile()) return notFound(response, head);

    const type = CONTENT_TYPES[extname(target).toLowerCase()] ?? 'application/octet-stream';
    const accepted = String(request.headers['accept-encoding'] ?? '');
    const encoding = !options.compress || !COMPRESSIBLE.test(type) ? undefined : options.compress === 'brotli' && /\bbr\b/.test(accepted) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : undefined;
    const headers = encoding
      ? { 'content-type': type, 'content-encoding': encoding, vary: 'accept-encoding', 'cache-control': 'no-store' }
      : { 'content-type': type, 'content-length': statSync(target).size, 'cache-control': 'no-store' };
    response.writeHead(200, headers);
    if (head) response.end();
    else if (encoding) createReadStream(target).pipe(encoding === 'br' ? createBrotliCompress() : createGzip()).pipe(response);
    else createReadStream(target).pipe(response);
  };

  const server = createServer(handle);
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: `${origin}${base}`,
    urlOf: (path) => new URL(path.replace(/^\/+/, ''), `${origin}${base}`).href,
    close: () =>
      new Promise<void>((done, fail) => {
        server.closeAllConnections();
        server.close((error) => (error ? fail(error) : done()));
      }),
  };
}
