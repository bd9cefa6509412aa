import type { GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { UI } from '../../../consts';
import { formatDay } from '../../../lib/format';
import { cardPath, drawCard } from '../../_card-route';

/** A briefing's preview image: its headline, and when it went up. */
export const getStaticPaths = (async () =>
  (await getCollection('briefings')).map((briefing) =>
    cardPath(
      { slug: briefing.id },
      {
        kicker: UI.cardBriefing,
        headline: briefing.data.title,
        headlineWeight: 700,
        footer: `${UI.published}: ${formatDay(briefing.data.published)}`,
      },
    ),
  )) satisfies GetStaticPaths;

export const GET = drawCard;
