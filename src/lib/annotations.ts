import type { Briefing } from '../schemas/briefing';
import type { Selector } from '../schemas/selector';
import { ContentError, describeProblems, type Problem } from './content-error';
import { anchorId, eventId, type AnchorKind } from './ids';

type Properties = Record<string, string | string[]>;

/** One span of the body that the analysis is about, and the element that will mark it. */
export interface Annotation {
  kind: AnchorKind;
  /** The annotation's id in the frontmatter. */
  id: string;
  /** Where the selector is in the frontmatter, e.g. `figures[0].mentions[1]`. */
  field: string;
  selector: Selector;
  tagName: 'q' | 'time' | 'data' | 'span';
  /** The element's attributes, its fragment `id` included. */
  properties: Properties;
  /** Where the mention leads, if it is a link (a date leads to its timeline entry). */
  href?: string;
  /** Fragment ids this mention was published under before a rename, kept as extra anchors. */
  aliases: string[];
}

/** A paragraph of the article, as text, split around one quote in it. */
export interface QuoteInContext {
  before: string;
  quote: string;
  after: string;
}

/**
 * How many characters of the body before and after a span its exported selector carries: enough
 * for a tool to find the span again in a copy of the text, and to tell it from a repeat.
 */
export const QUOTE_CONTEXT_LENGTH = 32;

/**
 * A span in the text of the article body as a browser's `textContent` of `#article-body` counts
 * it (UTF-16 code units, the "\n" between paragraphs included): a W3C TextPositionSelector, with
 * the TextQuoteSelector that says the same thing in words.
 */
export interface BodyPosition {
  start: number;
  end: number;
  /** Up to QUOTE_CONTEXT_LENGTH characters just before the span. */
  prefix: string;
  exact: string;
  /** Up to QUOTE_CONTEXT_LENGTH characters just after the span. */
  suffix: string;
}

/** What the page needs to know of an anchor that only the rendered body can tell. */
export interface AnchorInfo {
  /** The paragraph it is in, counted from 1. */
  paragraph: number;
  /** Where it is in the text of the article body. */
  position: BodyPosition;
  /** For a quote: a URL text directive (`text=…`) that lands on it and nowhere else. */
  textDirective?: string;
  /** For a quote: the paragraph around it, which its own page shows. */
  context?: QuoteInContext;
}

/** Anchor id → what the rendered body knows of it; handed to the page as `remarkPluginFrontmatter.anchors`. */
export type AnchorIndex = Record<string, AnchorInfo>;

interface Mentioned {
  id: string;
  mentions: Selector[];
  aliases?: string[];
}

function mentionsOf<T extends Mentioned>(
  kind: AnchorKind,
  list: string,
  items: T[],
  element: Pick<Annotation, 'tagName'> & { properties: (item: T) => Properties; href?: (item: T) => string },
): Annotation[] {
  return items.flatMap((item, index) =>
    item.mentions.map((selector, mention) => ({
      kind,
      id: item.id,
      field: `${list}[${index}].mentions[${mention}]`,
      selector,
      tagName: element.tagName,
      properties: { id: anchorId(kind, item.id, mention + 1), ...element.properties(item) },
      ...(element.href && { href: element.href(item) }),
      aliases: (item.aliases ?? []).map((alias) => anchorId(kind, alias, mention + 1)),
    })),
  );
}

/** Every selector of a briefing, in frontmatter order, with the element that anchors it. */
export function annotationsOf(briefing: Briefing): Annotation[] {
  const quotes = briefing.quotes.map(({ exact, prefix, suffix, aliases, ...quote }, index): Annotation => ({
    kind: 'quote',
    id: quote.id,
    field: `quotes[${index}]`,
    selector: { exact, ...(prefix && { prefix }), ...(suffix && { suffix }) },
    tagName: 'q',
    properties: { id: anchorId('quote', quote.id), dataSpeaker: quote.speaker },
    aliases: aliases.map((alias) => anchorId('quote', alias)),
  }));
  return [
    ...mentionsOf('actor', 'actors', briefing.actors, { tagName: 'span', properties: (actor) => ({ className: ['actor'], dataActor: actor.id }) }),
    ...quotes,
    ...mentionsOf('figure', 'figures', briefing.figures, { tagName: 'data', properties: (figure) => ({ value: String(figure.value) }) }),
    ...mentionsOf('date', 'dates', briefing.dates, {
      tagName: 'time',
      properties: (event) => ({ dateTime: event.date }),
      href: (event) => `#${eventId(event.id)}`,
    }),
  ];
}

/** The paragraph an anchor is in; an anchor missing from the index is a bug, not a content error. */
export function paragraphOf(anchors: AnchorIndex, anchor: string): number {
  const paragraph = anchors[anchor]?.paragraph;
  if (paragraph === undefined) throw new Error(`#${anchor} is not in the rendered body: the anchoring plugin did not run on it`);
  return paragraph;
}

/** The URL text directive (`text=…`) that lands on a quote and nowhere else; a quote without one is a bug, not a content error. */
export function textDirectiveOf(anchors: AnchorIndex, quoteId: string): string {
  const textDirective = anchors[anchorId('quote', quoteId)]?.textDirective;
  if (!textDirective) throw new Error(`quote "${quoteId}" has no text directive: the anchoring plugin did not run on it`);
  return textDirective;
}

/** The paragraph around a quote; a quote without one is a bug, not a content error. */
export function contextOf(anchors: AnchorIndex, quoteId: string): QuoteInContext {
  const context = anchors[anchorId('quote', quoteId)]?.context;
  if (!context) throw new Error(`quote "${quoteId}" has no context: the anchoring plugin did not run on it`);
  return context;
}

/** What a loaded briefing entry carries of its rendering: the frontmatter the Markdown plugins handed on. */
interface RenderedEntry {
  id: string;
  filePath?: string | undefined;
  rendered?: { metadata?: Record<string, unknown> | undefined } | undefined;
}

/**
 * The anchor index a briefing's rendering handed on (`remarkPluginFrontmatter`, which `render()`
 * reads from the same place): read from the entry, with no call to `render()`. A body with
 * problems has none: the build stops on them before any page renders, and `astro dev` (which
 * re-renders a file on save) shows them here instead of a half-annotated page.
 */
export function briefingAnchors({ id, filePath, rendered }: RenderedEntry): AnchorIndex {
  const frontmatter = (rendered?.metadata?.['frontmatter'] ?? {}) as Record<string, unknown>;
  const problems = frontmatter['problems'] as Problem[] | undefined;
  if (problems?.length) throw new ContentError(describeProblems(filePath ?? id, problems));
  return frontmatter['anchors'] as AnchorIndex;
}
