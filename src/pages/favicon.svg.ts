import type { APIRoute } from 'astro';
import { markSvg } from '../lib/og-image';

/** The favicon: the same mark as the logo and the preview images, drawn once in og-image.ts. */
export const GET: APIRoute = () =>
  new Response(markSvg(), { headers: { 'Content-Type': 'image/svg+xml' } });
