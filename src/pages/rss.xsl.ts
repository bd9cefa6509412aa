import type { APIRoute } from 'astro';
import { feedStylesheet } from '../lib/feed-stylesheet';

/** Shows the feeds as an Arabic page when they are opened in a browser. */
export const GET: APIRoute = () =>
  new Response(feedStylesheet(), { headers: { 'Content-Type': 'text/xsl; charset=utf-8' } });
