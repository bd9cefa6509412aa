import type { APIRoute } from 'astro';
import { pngResponse, renderLogo } from '../lib/og-image';

/** The publisher's logo in structured data: the site's mark as a PNG, which search engines ask for. */
export const GET: APIRoute = () => pngResponse(renderLogo());
