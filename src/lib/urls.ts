import { ROUTES } from '../consts';
import { anchorId } from './ids';

/** The parts joined with exactly one slash between them and none at either end. */
function joined(parts: string[]): string {
  return parts.map((part) => part.replace(/^\/+|\/+$/g, '')).filter(Boolean).join('/');
}

/** Joins the site's base path and a route, with exactly one slash between parts and one at the end. */
function route(base: string, ...parts: string[]): string {
  const path = joined([base, ...parts]);
  return path ? `/${path}/` : '/';
}

/** The path of a file at the root of the site (a feed, the favicon), under the site's base. */
export function filePath(name: string, base = import.meta.env.BASE_URL): string {
  return `/${joined([base, name])}`;
}

/** The path of the home page, under the site's base. */
export function homePath(base = import.meta.env.BASE_URL): string {
  return route(base);
}

/** The path of a briefing's page, under the site's base. */
export function briefingPath(slug: string, base = import.meta.env.BASE_URL): string {
  return route(base, ROUTES.briefings, slug);
}

/** Page `page` (counted from 1) of a list whose first page is at `listPath`: `<listPath>page/<n>/` for the others, so the first has one URL only. */
export function pagedPath(listPath: string, page: number): string {
  return page === 1 ? listPath : route(listPath, ROUTES.indexPage, String(page));
}

/** The path of the index's page `page` (counted from 1): the first is the home page. */
export function indexPagePath(page: number, base = import.meta.env.BASE_URL): string {
  return pagedPath(homePath(base), page);
}

/** An anchor of a briefing (a mention, a quote, a paragraph) linked from another page: the briefing's path with the fragment. */
export function briefingAnchorPath(slug: string, anchor: string, base = import.meta.env.BASE_URL): string {
  return `${briefingPath(slug, base)}#${anchor}`;
}

/** Where a quote stands in its briefing: the briefing's path with the quote's fragment. */
export function quoteAnchorPath(slug: string, id: string, base = import.meta.env.BASE_URL): string {
  return briefingAnchorPath(slug, anchorId('quote', id), base);
}

/** The path of the index of every quote, under the site's base. */
export function quotesPath(base = import.meta.env.BASE_URL): string {
  return route(base, ROUTES.quotes);
}

/** The path of the index of every actor, under the site's base. */
export function actorsPath(base = import.meta.env.BASE_URL): string {
  return route(base, ROUTES.actors);
}

/** The path of an actor's page, which gathers the actor from every briefing, under the site's base. */
export function actorPath(id: string, base = import.meta.env.BASE_URL): string {
  return route(base, ROUTES.actors, id);
}

/** The path of a quote's own page, under the site's base. */
export function quotePath(slug: string, id: string, base = import.meta.env.BASE_URL): string {
  return route(base, ROUTES.briefings, slug, ROUTES.quotes, id);
}

/** The path of the search page, under the site's base. */
export function searchPath(base = import.meta.env.BASE_URL): string {
  return route(base, ROUTES.search);
}

/** The path of Pagefind's JavaScript, which the search page imports, under the site's base. */
export function searchScriptPath(base = import.meta.env.BASE_URL): string {
  return filePath(`${ROUTES.searchIndex}/pagefind.js`, base);
}

/** The path a built file (`briefings/x/index.html`, relative to dist/) is served at: an `index.html` is its folder's path. */
export function servedPath(file: string, base = import.meta.env.BASE_URL): string {
  const folder = /(?:^|\/)index\.html$/.exec(file);
  return folder ? route(base, file.slice(0, folder.index)) : filePath(file, base);
}

/** A Wikidata item's page (`Q6279`), where an actor's identity is stated beyond the site. */
export function wikidataUrl(item: string): string {
  return `https://www.wikidata.org/wiki/${item}`;
}

/** The path of a page's preview image: it sits in the page's own folder, so every page can have one. */
export function ogImagePath(pagePath: string): string {
  return `${route(pagePath)}${ROUTES.ogImage}`;
}

/**
 * A path as an absolute URL on the site the build is for (`SITE_URL`): feeds, canonical links,
 * Open Graph and JSON-LD are read away from the page, where a path means nothing.
 */
export function absoluteUrl(path: string, site: string | undefined = import.meta.env.SITE): string {
  if (!site) throw new Error(`absoluteUrl("${path}"): astro.config.ts sets no \`site\`; set SITE_URL, e.g. SITE_URL=https://example.org`);
  return new URL(path, site).href;
}

/** The path of the index of every figure series, under the site's base. */
export function figuresPath(base = import.meta.env.BASE_URL): string {
  return route(base, ROUTES.figures);
}

/** The path of a figure series' page, under the site's base. */
export function seriesPath(id: string, base = import.meta.env.BASE_URL): string {
  return route(base, ROUTES.figures, id);
}

/** The path of a figure series' values as data, `figures/<id>.csv` or `.json`, under the site's base. */
export function seriesDataPath(id: string, format: 'csv' | 'json', base = import.meta.env.BASE_URL): string {
  return filePath(`${ROUTES.figures}/${id}.${format}`, base);
}

/** The path of a briefing's annotations: `annotations.jsonld` (W3C Web Annotations) or `annotations.json` (the same, as a plain array), beside its page. */
export function annotationsPath(slug: string, format: 'jsonld' | 'json', base = import.meta.env.BASE_URL): string {
  return `${briefingPath(slug, base)}${ROUTES.annotations}.${format}`;
}

/** The path of the site's collection of annotations, whose pages are the briefings' `annotations.jsonld`. */
export function annotationCollectionPath(base = import.meta.env.BASE_URL): string {
  return filePath(`${ROUTES.annotations}.jsonld`, base);
}
