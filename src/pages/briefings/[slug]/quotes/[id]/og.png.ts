import type { GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { UI } from '../../../../../consts';
import { quotesOf } from '../../../../../lib/briefings';
import { cardPath, drawCard } from '../../../../_card-route';

/** A quote's preview image: the words, who said them, and the briefing they are from. */
export const getStaticPaths = (async () =>
  quotesOf(await getCollection('briefings')).map(({ briefing, quote, speaker }) =>
    cardPath(
      { slug: briefing.id, id: quote.id },
      {
        kicker: UI.cardQuote,
        headline: quote.exact,
        byline: UI.speakerWithRole(speaker.name.ar, speaker.role),
        footer: briefing.data.title,
      },
    ),
  )) satisfies GetStaticPaths;

export const GET = drawCard;
