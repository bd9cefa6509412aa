import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { SITE, UI } from '../../../consts';
import { formatDay } from '../../../lib/format';
import { pngResponse, renderCard } from '../../../lib/og-image';

export const getStaticPaths = (async () =>
  (await getCollection('briefings')).map((briefing) => ({
    params: { slug: briefing.id },
    props: { briefing },
  }))) satisfies GetStaticPaths;

interface Props {
  briefing: CollectionEntry<'briefings'>;
}

/** A briefing's preview image: its headline, and when it went up. */
export const GET: APIRoute<Props> = async ({ props: { briefing } }) =>
  pngResponse(
    await renderCard(
      {
        kicker: UI.cardBriefing,
        headline: briefing.data.title,
        headlineWeight: 700,
        footer: `${UI.published}: ${formatDay(briefing.data.published)}`,
      },
      SITE.name,
    ),
  );
