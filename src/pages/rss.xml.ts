import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { ROUTES, UI } from '../consts';
import { newestFirst } from '../lib/briefings';
import { channelOptions, feedHtml } from '../lib/feeds';
import { absoluteUrl, briefingPath, filePath, homePath } from '../lib/urls';

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
        content: feedHtml(rendered.html, link),
      };
    }),
  });
};
