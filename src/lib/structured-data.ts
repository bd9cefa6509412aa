/**
 * schema.org JSON-LD for briefing and quote pages: what the page is, who publishes it, what
 * article it rests on, whom it mentions and who said what. Only what the frontmatter knows is
 * stated: an inferred date is said to be inferred, an unknown publisher is left out.
 */
import { IMAGE_SIZES, SITE, UI } from '../consts';
import type { Actor } from '../schemas/actor';
import type { Briefing } from '../schemas/briefing';
import type { Quote } from '../schemas/quote';
import { actorById } from './briefings';
import { formatDayRange } from './format';
import { wikidataUrl } from './urls';

type Node = Record<string, unknown>;

/** The absolute URLs a briefing's structured data points at. */
export interface BriefingUrls {
  page: string;
  image: string;
  home: string;
  logo: string;
  /** The page of a quote, by its id. */
  quotePage: (id: string) => string;
}

const CONTEXT = 'https://schema.org';
const DAY = (date: Date): string => date.toISOString().slice(0, 10);

/** The site as publisher and author: Google asks for a name and a logo. */
function siteOrganization(home: string, logo: string): Node {
  return {
    '@type': 'Organization',
    '@id': `${home}#organization`,
    name: SITE.name,
    alternateName: SITE.nameLatin,
    url: home,
    logo: { '@type': 'ImageObject', url: logo, ...IMAGE_SIZES.logo },
  };
}

const ACTOR_TYPES = {
  person: 'Person',
  organization: 'Organization',
  state: 'Country',
  group: 'Organization',
  media: 'NewsMediaOrganization',
} as const satisfies Record<Actor['kind'], string>;

/** An actor as a schema.org thing; `sameAs` its Wikidata item where the frontmatter is sure of it. */
function actorThing(actor: Actor, page: string): Node {
  return {
    '@type': ACTOR_TYPES[actor.kind],
    '@id': `${page}#actors-${actor.id}`,
    name: actor.name.ar,
    alternateName: actor.name.en,
    ...(actor.role && { description: actor.role }),
    ...(actor.wikidata && { sameAs: wikidataUrl(actor.wikidata) }),
  };
}

/**
 * Who said it: the quotation's `creator`, a Person or an Organization with the actor's `@id` (a
 * state speaks as its government); a person is also `spokenByCharacter`, the property made for
 * the speaker of a quotation.
 */
function speakerOf(actor: Actor, page: string): Node {
  const thing = actorThing(actor, page);
  const creator = actor.kind === 'state' ? { ...thing, '@type': 'GovernmentOrganization' } : thing;
  return actor.kind === 'person' ? { creator, spokenByCharacter: thing } : { creator };
}

/** The article a briefing is based on. Its date is stated as a date only when the source states it. */
function sourceArticle(briefing: Briefing): Node {
  const { publisher, published } = briefing.source;
  return {
    '@type': 'NewsArticle',
    headline: briefing.title,
    inLanguage: SITE.locale,
    ...(publisher && { publisher: { '@type': 'Organization', name: publisher } }),
    // schema.org has no way to mark a date as inferred: an inferred one (or a range) is said in words, never as datePublished.
    ...(published.basis === 'stated' && !published.until
      ? { datePublished: published.date }
      : {
          description: UI.sourceDate(
            published.basis === 'inferred' ? UI.inferred : UI.stated,
            formatDayRange(published.date, published.until),
            published.note,
          ),
        }),
  };
}

/** A quote as a schema.org Quotation, part of the briefing's article. */
export function quotation(
  quote: Quote,
  briefing: Briefing,
  urls: Pick<BriefingUrls, 'page' | 'quotePage'>,
): Node {
  return {
    '@type': 'Quotation',
    '@id': urls.quotePage(quote.id),
    url: urls.quotePage(quote.id),
    text: quote.exact,
    inLanguage: SITE.locale,
    // A reported quote is the article's paraphrase, not the speaker's words: say which it is.
    description: quote.kind === 'direct' ? UI.direct : UI.reportedSpeech,
    ...speakerOf(actorById(briefing.actors, quote.speaker), urls.page),
    isPartOf: {
      '@type': 'NewsArticle',
      '@id': `${urls.page}#article`,
      headline: briefing.title,
      url: urls.page,
    },
  };
}

/** The briefing page as a NewsArticle, with its quotes as parts. */
export function newsArticle(briefing: Briefing, urls: BriefingUrls): Node {
  const site = siteOrganization(urls.home, urls.logo);
  return {
    '@context': CONTEXT,
    '@type': 'NewsArticle',
    '@id': `${urls.page}#article`,
    headline: briefing.title,
    description: briefing.summary,
    inLanguage: SITE.locale,
    url: urls.page,
    mainEntityOfPage: { '@type': 'WebPage', '@id': urls.page },
    datePublished: DAY(briefing.published),
    // The frontmatter records no later change: the briefing is as it was published.
    dateModified: DAY(briefing.published),
    image: { '@type': 'ImageObject', url: urls.image, ...IMAGE_SIZES.card },
    author: site,
    publisher: site,
    isBasedOn: sourceArticle(briefing),
    mentions: briefing.actors.map((actor) => actorThing(actor, urls.page)),
    hasPart: briefing.quotes.map((quote) => quotation(quote, briefing, urls)),
  };
}

/** A quote page: the Quotation itself, with its preview image. */
export function quotationPage(
  quote: Quote,
  briefing: Briefing,
  urls: Pick<BriefingUrls, 'page' | 'quotePage'> & { image: string },
): Node {
  return {
    '@context': CONTEXT,
    ...quotation(quote, briefing, urls),
    image: { '@type': 'ImageObject', url: urls.image, ...IMAGE_SIZES.card },
  };
}

/**
 * JSON for a `<script type="application/ld+json">`: `<` escaped so that no string can close the
 * script, and `>`, `&` and the JavaScript line separators too, as JSON allows and HTML prefers.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
