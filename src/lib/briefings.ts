import type { Actor } from '../schemas/actor';
import type { Briefing } from '../schemas/briefing';
import type { Quote } from '../schemas/quote';

/** Briefings newest first, by the day they went up on the site: the order of the index and the feeds. */
export function newestFirst<T extends { data: { published: Date } }>(briefings: readonly T[]): T[] {
  return briefings.toSorted((a, b) => b.data.published.getTime() - a.data.published.getTime());
}

/** The actor with this id; the schema has already refused a reference to any other. */
export function actorById(actors: readonly Actor[], id: string): Actor {
  const found = actors.find((actor) => actor.id === id);
  if (!found)
    throw new Error(`"${id}" is not an actor of this briefing: the schema should have refused it`);
  return found;
}

/** One quote of a briefing, with who said it: a quote page, a quote card, a feed item. (A type, not an interface: it is a page's props.) */
export type QuoteOf<T> = {
  briefing: T;
  quote: Quote;
  speaker: Actor;
};

/** Every quote of every briefing, in the briefings' order and then the frontmatter's. */
export function quotesOf<T extends { data: Pick<Briefing, 'actors' | 'quotes'> }>(
  briefings: readonly T[],
): QuoteOf<T>[] {
  return briefings.flatMap((briefing) =>
    briefing.data.quotes.map((quote) => ({
      briefing,
      quote,
      speaker: actorById(briefing.data.actors, quote.speaker),
    })),
  );
}
