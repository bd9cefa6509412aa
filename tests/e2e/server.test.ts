import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serveStatic, type StaticServer } from '../helpers/server';

// The static server the browser tests use, on a throwaway folder: it must behave like a static
// host, or the browser tests would be testing it instead of the site.

const root = mkdtempSync(join(tmpdir(), 'mowjaz-serve-'));
mkdirSync(join(root, 'briefings/x'), { recursive: true });
writeFileSync(join(root, 'index.html'), '<p>home</p>');
writeFileSync(join(root, 'briefings/x/index.html'), '<p>x</p>');
writeFileSync(join(root, 'style.css'), 'p {}');
writeFileSync(join(root, 'rss.xml'), '<rss/>');

let plain: StaticServer;
let based: StaticServer;
let gzipped: StaticServer;
let brotli: StaticServer;

beforeAll(async () => {
  plain = await serveStatic({ root });
  based = await serveStatic({ root, base: '/mowjaz/' });
  gzipped = await serveStatic({ root, compress: true });
  brotli = await serveStatic({ root, compress: 'brotli' });
});

afterAll(async () => {
  await plain?.close();
  await based?.close();
  await gzipped?.close();
  await brotli?.close();
  rmSync(root, { recursive: true, force: true });
});

const get = async (url: string): Promise<{ status: number; type: string | null; body: string; location: string | null }> => {
  const response = await fetch(url, { redirect: 'manual' });
  return { status: response.status, type: response.headers.get('content-type'), body: await response.text(), location: response.headers.get('location') };
};

describe('serveStatic', () => {
  test('listens on 127.0.0.1, on a port of its own', () => {
    expect(plain.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(based.origin).not.toBe(plain.origin);
  });

  test.each([
    ['', 200, 'text/html; charset=utf-8', '<p>home</p>'],
    ['briefings/x/', 200, 'text/html; charset=utf-8', '<p>x</p>'],
    ['style.css', 200, 'text/css; charset=utf-8', 'p {}'],
    ['rss.xml', 200, 'application/xml; charset=utf-8', '<rss/>'],
  ])('/%s → %i %s', async (path, status, type, body) => {
    expect(await get(plain.urlOf(path))).toMatchObject({ status, type, body });
    expect(await get(based.urlOf(path))).toMatchObject({ status, type, body });
  });

  test('a folder without its slash redirects to it', async () => {
    expect(await get(`${plain.origin}/briefings/x`)).toMatchObject({ status: 301, location: '/briefings/x/' });
  });

  test('missing files, paths outside the base and paths that climb out are 404', async () => {
    expect((await get(plain.urlOf('nope.html'))).status).toBe(404);
    expect((await get(`${based.origin}/index.html`)).status).toBe(404);
    expect((await get(`${plain.origin}/..%2f..%2fetc%2fpasswd`)).status).toBe(404);
  });

  test('serves the 404.html page with status 404 when there is one', async () => {
    writeFileSync(join(root, '404.html'), '<p>not here</p>');
    expect(await get(plain.urlOf('nope/'))).toMatchObject({ status: 404, body: '<p>not here</p>' });
  });

  test('with `compress`, text is gzipped for clients that accept it, and only then', async () => {
    const zipped = await fetch(gzipped.urlOf('style.css'), { headers: { 'accept-encoding': 'gzip' } });
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    expect(await zipped.text()).toBe('p {}');
    const plainCss = await fetch(gzipped.urlOf('style.css'), { headers: { 'accept-encoding': 'identity' } });
    expect(plainCss.headers.get('content-encoding')).toBeNull();
    expect((await fetch(plain.urlOf('style.css'), { headers: { 'accept-encoding': 'gzip' } })).headers.get('content-encoding')).toBeNull();
  });

  test("with `compress: 'brotli'`, text is Brotli-compressed for clients that accept it, else gzipped, else sent as it is", async () => {
    const encodingFor = async (accepted: string): Promise<{ encoding: string | null; body: string }> => {
      const response = await fetch(brotli.urlOf('style.css'), { headers: { 'accept-encoding': accepted } });
      return { encoding: response.headers.get('content-encoding'), body: await response.text() };
    };
    expect(await encodingFor('gzip, deflate, br')).toEqual({ encoding: 'br', body: 'p {}' });
    expect(await encodingFor('gzip')).toEqual({ encoding: 'gzip', body: 'p {}' });
    expect(await encodingFor('identity')).toEqual({ encoding: null, body: 'p {}' });
  });

  test('the base path is stripped', () => {
    expect(based.url).toBe(`${based.origin}/mowjaz/`);
    expect(based.urlOf('briefings/x/')).toBe(`${based.origin}/mowjaz/briefings/x/`);
  });
});
