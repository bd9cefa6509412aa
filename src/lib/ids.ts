/**
 * The public fragment ids of a briefing page. The first mention of an annotation gets
 * `<kind>-<id>`; later ones `<kind>-<id>--<n>`: a double hyphen never occurs in a kebab-case id,
 * so no mention id can collide with another annotation's.
 */
export type AnchorKind = 'actor' | 'quote' | 'figure' | 'date';

export function anchorId(kind: AnchorKind, id: string, mention = 1): string {
  return mention === 1 ? `${kind}-${id}` : `${kind}-${id}--${mention}`;
}

/** Paragraphs are numbered in document order: the body is verbatim, so the order never changes. */
export function paragraphId(index: number): string {
  return `p-${index + 1}`;
}

/** A timeline entry: every mention of a date links here, and the entry links back. */
export function eventId(id: string): string {
  return `event-${id}`;
}

/** The anchors the site promises to keep: paragraphs, quotes, figures and dates (with their mentions). */
export const PUBLIC_ANCHOR = /^(p|quote|figure|date)-/;

/**
 * The card of an annotation, which every mention of it opens in place: `card-<kind>-<id>`, one per
 * annotation. A mention's own id with its `--<n>` suffix taken off, prefixed with `card-`, names
 * it, which is how the page's script finds the card of the span activated.
 */
export function cardId(kind: AnchorKind, id: string): string {
  return `card-${anchorId(kind, id)}`;
}
