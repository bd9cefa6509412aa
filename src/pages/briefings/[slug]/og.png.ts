import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { SITE, UI } from '../../../consts';
import { cacheKey } from '../../../lib/cache-keys';
import { formatDay } from '../../../lib/format';
import { pngResponse, renderCard, type Card } from '../../../lib/og-image';

/** A briefing's preview image: its headline, and when it went up. */
export const getStaticPaths = (async () =>
  (await getCollection('briefings')).map((briefing) => {
    const card: Card = {
      kicker: UI.cardBriefing,
      headline: briefing.data.title,
      headlineWeight: 700,
      footer: `${UI.published}: ${formatDay(briefing.data.published)}`,
    };
    return { params: { slug: briefing.id }, props: { card }, cacheKey: cacheKey(card, SITE.name) };
  })) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: Card }> = async ({ props: { card } }) => pngResponse(await renderCard(card, SITE.name));
