import type { APIRoute } from 'astro';
import { ROUTES } from '../consts';
import { absoluteUrl, filePath } from '../lib/urls';

/** Everything may be crawled; the sitemap's address depends on SITE_URL and BASE_PATH, hence an endpoint. */
export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(filePath(ROUTES.sitemap))}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
