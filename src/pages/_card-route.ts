import type { APIRoute } from 'astro';
import { SITE } from '../consts';
import { cacheKey } from '../lib/cache-keys';
import { pngResponse, renderCard, type Card } from '../lib/og-image';

/** A preview image's path: the card is all the image shows, so it is all the cacheKey covers. */
export function cardPath<Params extends Record<string, string>>(params: Params, card: Card) {
  return { params, props: { card }, cacheKey: cacheKey(card, SITE.name) };
}

/** A preview image's route, drawn from the card its path carries. */
export const drawCard: APIRoute<{ card: Card }> = async ({ props: { card } }) => pngResponse(await renderCard(card, SITE.name));
