import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { SITE, UI } from '../../../../../consts';
import { quotesOf, type QuoteOf } from '../../../../../lib/briefings';
import { pngResponse, renderCard } from '../../../../../lib/og-image';

export const getStaticPaths = (async () =>
  quotesOf(await getCollection('briefings')).map((entry) => ({
    params: { slug: entry.briefing.id, id: entry.quote.id },
    props: entry,
  }))) satisfies GetStaticPaths;

type Props = QuoteOf<CollectionEntry<'briefings'>>;

/** A quote's preview image: the words, who said them, and the briefing they are from. */
export const GET: APIRoute<Props> = async ({ props: { briefing, quote, speaker } }) =>
  pngResponse(
    await renderCard(
      {
        kicker: UI.cardQuote,
        headline: quote.exact,
        byline: UI.speakerWithRole(speaker.name.ar, speaker.role),
        footer: briefing.data.title,
      },
      SITE.name,
    ),
  );
