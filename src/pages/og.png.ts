import type { APIRoute } from 'astro';
import { SITE, UI } from '../consts';
import { pngResponse, renderCard } from '../lib/og-image';

/** The preview image of the pages that have none of their own: the home page, the 404 page. */
export const GET: APIRoute = async () =>
  pngResponse(
    await renderCard(
      { kicker: UI.briefings, headline: SITE.description, headlineWeight: 700 },
      SITE.name,
    ),
  );
