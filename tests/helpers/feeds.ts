import { readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import { linksOfPage } from './links';

/** An RSS 2.0 item, as the file says it (no parser's defaults or repairs). */
export interface FeedItem {
  title: string | undefined;
  link: string | undefined;
  guid: string | undefined;
  isPermaLink: string | undefined;
  pubDate: string | undefined;
  description: string | undefined;
  categories: string[];
  /** `content:encoded`, unescaped: HTML. */
  content: string | undefined;
}

export interface Feed {
  /** The href of the `<?xml-stylesheet?>` instruction. */
  stylesheet: string | undefined;
  title: string | undefined;
  link: string | undefined;
  description: string | undefined;
  language: string | undefined;
  /** `atom:link` elements: rel → href. */
  atomLinks: Record<string, string>;
  items: FeedItem[];
}

type Raw = Record<string, unknown>;
const text = (value: unknown): string | undefined =>
  typeof value === 'string' || typeof value === 'number'
    ? String(value)
    : typeof value === 'object' && value !== null && '#text' in value
      ? String((value as Raw)['#text'])
      : undefined;
const list = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : value === undefined ? [] : [value];

/** A feed file read with fast-xml-parser, keeping attributes and the stylesheet instruction. */
export function readFeed(path: string): Feed {
  const xml = readFileSync(path, 'utf8');
  const parsed = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    ignorePiTags: false,
    parseTagValue: false,
  }).parse(xml) as Raw;
  const rss = parsed.rss as Raw;
  const channel = rss.channel as Raw;
  return {
    stylesheet: text((parsed['?xml-stylesheet'] as Raw | undefined)?.['@_href']),
    title: text(channel.title),
    link: text(channel.link),
    description: text(channel.description),
    language: text(channel.language),
    atomLinks: Object.fromEntries(
      list(channel['atom:link']).map((link) => [
        String((link as Raw)['@_rel']),
        String((link as Raw)['@_href']),
      ]),
    ),
    items: list(channel.item).map((value) => {
      const item = value as Raw;
      const guid = item.guid as Raw | string | undefined;
      return {
        title: text(item.title),
        link: text(item.link),
        guid: text(guid),
        isPermaLink: typeof guid === 'object' ? text(guid['@_isPermaLink']) : undefined,
        pubDate: text(item.pubDate),
        description: text(item.description),
        categories: list(item.category).map((category) => text(category) ?? ''),
        content: text(item['content:encoded']),
      };
    }),
  };
}

/** Every URL a feed holds: its stylesheet, channel and item links, guids, and the links inside the items' HTML. */
export function urlsOfFeed(feed: Feed): string[] {
  return [
    ...(feed.stylesheet ? [feed.stylesheet] : []),
    ...(feed.link ? [feed.link] : []),
    ...Object.values(feed.atomLinks),
    ...feed.items.flatMap((item) => [
      ...(item.link ? [item.link] : []),
      ...(item.guid ? [item.guid] : []),
      ...linksOfPage(item.content ?? '').map(({ url }) => url),
    ]),
  ];
}
