import type { RSSOptions } from '@astrojs/rss';
import { SITE } from '../consts';
import { absoluteLinks } from './absolute-links';
import { directionOf } from './direction';
import { escapeXml } from './xml';

const ATOM = 'http://www.w3.org/2005/Atom';

/** What distinguishes one of the site's feeds; all absolute URLs but the stylesheet, which the browser loads from the feed's own site. */
export interface Channel {
  title: string;
  description: string;
  /** The site's home page. */
  home: string;
  /** The feed's own URL (`atom:link rel="self"`, which RSS 2.0 readers use to tell feeds apart). */
  self: string;
  /** The path of the XSL stylesheet that shows the feed as a page in a browser. */
  stylesheet: string;
}

/** The channel of an RSS 2.0 feed: Arabic, with its own address and a stylesheet for browsers. */
export function channelOptions({
  title,
  description,
  home,
  self,
  stylesheet,
}: Channel): Omit<RSSOptions, 'items'> {
  return {
    title,
    description,
    site: home,
    stylesheet,
    xmlns: { atom: ATOM },
    customData: `<language>${SITE.locale}</language><atom:link href="${escapeXml(self)}" rel="self" type="application/rss+xml"/>`,
  };
}

/**
 * HTML for `content:encoded`: wrapped in the site's language and direction (a feed reader shows it
 * outside the site's pages, often left to right), with every link made absolute.
 */
export function feedHtml(html: string, pageUrl: string): string {
  return `<div dir="${directionOf(SITE.locale)}" lang="${SITE.locale}">${absoluteLinks(html, pageUrl)}</div>`;
}

/** A figure of a briefing that is a value of a series, as a feed item lists it. */
export interface FeedSeriesValue {
  /** The series' label. */
  label: string;
  /** The series page's absolute URL. */
  url: string;
  /** The value in words, e.g. "نحو 2,500 جندي". */
  value: string;
}

/**
 * What follows the article in a feed item whose figures belong to series: a subscriber learns
 * from the briefing itself that a number it follows has a new value, and where the series is.
 */
export function feedSeriesHtml(heading: string, values: readonly FeedSeriesValue[]): string {
  if (values.length === 0) return '';
  const items = values.map(({ label, url, value }) => `<li><a href="${escapeXml(url)}">${escapeXml(label)}</a>: ${escapeXml(value)}</li>`);
  return `<section><h2>${escapeXml(heading)}</h2><ul>${items.join('')}</ul></section>`;
}
