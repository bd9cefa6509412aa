import { SITE } from '../consts';
import type { Actor } from '../schemas/actor';
import type { Briefing } from '../schemas/briefing';
import type { Quote } from '../schemas/quote';
import { newestFirst } from './briefings';
import { ContentError, describeProblems, type Problem } from './content-error';

/** A briefing as the merge needs it: its file, to name in messages; when it went up; its actors and quotes. */
export interface ActorSource {
  id: string;
  filePath?: string | undefined;
  data: Pick<Briefing, 'published' | 'actors' | 'quotes'>;
}

/** One briefing's view of an actor: the actor as that briefing defines it (its role then, its mentions) and what it said there. */
export interface Appearance<T> {
  briefing: T;
  actor: Actor;
  /** The quotes this briefing attributes to the actor, in the frontmatter's order. */
  quotes: Quote[];
}

/** An actor across the site: who it is, the same in every briefing, and each briefing it appears in. */
export type SiteActor<T> = Pick<Actor, 'id' | 'name' | 'kind' | 'wikidata'> & {
  appearances: Appearance<T>[];
};

/**
 * The fields that say who an actor is. They must agree wherever an id is used, since one id is
 * one page (`/actors/<id>/`). `role` is not among them: it is the role at the time of each article.
 */
const IDENTITY = {
  'name.ar': (actor: Actor) => actor.name.ar,
  'name.en': (actor: Actor) => actor.name.en,
  kind: (actor: Actor) => actor.kind,
  wikidata: (actor: Actor) => actor.wikidata,
} as const;

/** The identity fields, as they are named in messages and in the frontmatter. */
export const IDENTITY_FIELDS = Object.keys(IDENTITY) as (keyof typeof IDENTITY)[];

interface Definition {
  file: string;
  /** Where the actor is in that file's frontmatter, e.g. `actors[3]`. */
  field: string;
  actor: Actor;
}

const shown = (value: string | undefined): string => (value === undefined ? 'not set' : `"${value}"`);

/**
 * Every actor of every briefing, merged by id, each with its appearances newest briefing first.
 *
 * An id that two briefings define differently is a content error: it throws, naming each file,
 * field and id that disagrees, and how to fix it — all of them at once. The definition an id
 * first had (in the briefing that went up first) is the reference, so a new briefing that
 * redefines an actor is the one reported, not every briefing that agrees.
 */
export function mergeActors<T extends ActorSource>(briefings: readonly T[]): SiteActor<T>[] {
  const merged = new Map<string, { first: Definition; actor: SiteActor<T> }>();
  const problems = new Map<string, Problem[]>();
  for (const briefing of newestFirst(briefings).toReversed()) {
    const file = briefing.filePath ?? briefing.id;
    briefing.data.actors.forEach((actor, index) => {
      const appearance: Appearance<T> = { briefing, actor, quotes: briefing.data.quotes.filter((quote) => quote.speaker === actor.id) };
      const known = merged.get(actor.id);
      if (!known) {
        const { id, name, kind, wikidata } = actor;
        merged.set(actor.id, { first: { file, field: `actors[${index}]`, actor }, actor: { id, name, kind, ...(wikidata !== undefined && { wikidata }), appearances: [appearance] } });
        return;
      }
      const { first } = known;
      for (const field of IDENTITY_FIELDS) {
        const [here, there] = [IDENTITY[field](actor), IDENTITY[field](first.actor)];
        if (here === there) continue;
        const list = problems.get(file) ?? [];
        list.push({
          field: `actors[${index}].${field}`,
          id: actor.id,
          message:
            `is ${shown(here)} here, but ${shown(there)} in ${first.file} (${first.field}): an actor id names one actor across the site, ` +
            `so ${IDENTITY_FIELDS.join(', ')} must be the same in every briefing that uses it (only role may differ: it is the role at the time of each article). ` +
            `Make ${field} the same in both files, or give one of the two actors another id`,
        });
        problems.set(file, list);
      }
      known.actor.appearances.push(appearance);
    });
  }
  if (problems.size > 0) throw new ContentError([...problems].map(([file, list]) => describeProblems(file, list)).join('\n'));
  return [...merged.values()].map(({ actor }) => ({ ...actor, appearances: actor.appearances.toReversed() }));
}

/** How many quotes the briefings attribute to the actor, all together. */
export function quoteCount(actor: Pick<SiteActor<unknown>, 'appearances'>): number {
  return actor.appearances.reduce((sum, { quotes }) => sum + quotes.length, 0);
}

const collator = new Intl.Collator(SITE.locale);

/** Actors in the order of their Arabic names: the order of the actors' index. */
export function byName<A extends { name: { ar: string } }>(actors: readonly A[]): A[] {
  return actors.toSorted((a, b) => collator.compare(a.name.ar, b.name.ar));
}
