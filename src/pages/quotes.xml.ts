import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { ROUTES, UI } from '../consts';
import { newestFirst, quotesOf } from '../lib/briefings';
import { channelOptions, feedHtml } from '../lib/feeds';
import {
  absoluteUrl,
  briefingPath,
  filePath,
  homePath,
  quoteAnchorPath,
  quotePath,
} from '../lib/urls';
import { escapeXml } from '../lib/xml';

/** Every quote of every briefing: who said what, linked to the words in the article. */
export const GET: APIRoute = async () => {
  const quotes = quotesOf(newestFirst(await getCollection('briefings')));
  return rss({
    ...channelOptions({
      title: UI.feedQuotesTitle,
      description: UI.feedQuotesDescription,
      home: absoluteUrl(homePath()),
      self: absoluteUrl(filePath(ROUTES.quotesFeed)),
      stylesheet: filePath(ROUTES.feedStylesheet),
    }),
    items: quotes.map(({ briefing, quote, speaker }) => {
      const page = absoluteUrl(briefingPath(briefing.id));
      const link = absoluteUrl(quoteAnchorPath(briefing.id, quote.id));
      const who = UI.speakerWithRole(speaker.name.ar, speaker.role);
      return {
        title: `${speaker.name.ar}: ${quote.exact}`,
        link,
        pubDate: briefing.data.published,
        description: `${quote.exact} — ${who}. ${UI.quoteFrom} ${briefing.data.title}`,
        categories: [speaker.name.ar],
        content: feedHtml(
          `<blockquote cite="${escapeXml(link)}"><p>${escapeXml(quote.exact)}</p></blockquote>` +
            `<p>— ${escapeXml(who)}</p>` +
            `<p>${escapeXml(UI.quoteFrom)} <a href="${escapeXml(link)}">${escapeXml(briefing.data.title)}</a> · <a href="${escapeXml(quotePath(briefing.id, quote.id))}">${escapeXml(UI.quotePageText)}</a></p>`,
          page,
        ),
      };
    }),
  });
};
