import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { ROUTES, SERIES_UI, UI } from '../consts';
import { newestFirst } from '../lib/briefings';
import { channelOptions, feedHtml, feedSeriesHtml } from '../lib/feeds';
import { formatFigure } from '../lib/format';
import { SERIES } from '../schemas/series';
import { absoluteUrl, briefingPath, filePath, homePath, seriesPath } from '../lib/urls';

/** Every briefing in full: the article as published, newest first. */
export const GET: APIRoute = async () => {
  const briefings = newestFirst(await getCollection('briefings'));
  return rss({
    ...channelOptions({
      title: UI.feedBriefingsTitle,
      description: UI.feedBriefingsDescription,
      home: absoluteUrl(homePath()),
      self: absoluteUrl(filePath(ROUTES.feed)),
      stylesheet: filePath(ROUTES.feedStylesheet),
    }),
    items: briefings.map(({ id, data, rendered, filePath: file }) => {
      if (!rendered)
        throw new Error(
          `${file ?? id}: the briefing has no rendered body, so the feed cannot carry it (see the build errors above)`,
        );
      const link = absoluteUrl(briefingPath(id));
      return {
        title: data.title,
        link,
        pubDate: data.published,
        description: data.summary,
        categories: data.actors.map((actor) => actor.name.ar),
        content: feedHtml(
          rendered.html +
            feedSeriesHtml(
              SERIES_UI.feedSeries,
              data.figures.flatMap((figure) => {
                const definition = SERIES.find(({ id: series }) => series === figure.series);
                return definition ? [{ label: definition.label, url: absoluteUrl(seriesPath(definition.id)), value: formatFigure(figure) }] : [];
              }),
            ),
          link,
        ),
      };
    }),
  });
};
