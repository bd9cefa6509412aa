import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { SITE, UI } from '../../../../../consts';
import { quotesOf } from '../../../../../lib/briefings';
import { cacheKey } from '../../../../../lib/cache-keys';
import { pngResponse, renderCard, type Card } from '../../../../../lib/og-image';

/** A quote's preview image: the words, who said them, and the briefing they are from. */
export const getStaticPaths = (async () =>
  quotesOf(await getCollection('briefings')).map(({ briefing, quote, speaker }) => {
    const card: Card = {
      kicker: UI.cardQuote,
      headline: quote.exact,
      byline: UI.speakerWithRole(speaker.name.ar, speaker.role),
      footer: briefing.data.title,
    };
    return { params: { slug: briefing.id, id: quote.id }, props: { card }, cacheKey: cacheKey(card, SITE.name) };
  })) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: Card }> = async ({ props: { card } }) => pngResponse(await renderCard(card, SITE.name));
