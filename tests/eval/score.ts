/**
 * How a scaffold's proposals are scored against a gold briefing of the same article. Everything
 * is compared by where it sits in the body: each selector (a quote's own, every mention of an
 * actor, a figure or a date) is resolved against the body text, and two annotations are the same
 * when their spans match. The rules:
 *
 * - **Spans match** when they overlap by at least half the length of the longer one: «نحو 600
 *   جندي» matches «600 جندي», but a name that swallows the next phrase («فؤاد حسين ورئيس الوفد»
 *   against «فؤاد حسين») or a title fragment inside a longer name does not.
 * - **Annotations are paired one to one**: every candidate pair is scored by how many characters
 *   its best matching spans share, and pairs are taken best first; a gold annotation or a
 *   proposal is used once at most. Precision is pairs / proposals, recall pairs / gold.
 * - **quotes**: the quote's span matches, and so does its speaker — the same actor id, or a
 *   proposed speaker one of whose mentions matches one of the gold speaker's. **quotes found**:
 *   the span alone, whoever the speaker.
 * - **persons**: actors of kind `person`; **organisations and states**: kinds `organization`,
 *   `state`, `group` and `media`. An actor matches when one of its mentions matches one of the
 *   gold actor's, and both are in the same one of these two classes.
 * - **figures**: the same value, and a matching mention. Derived figures (no mentions) are not
 *   counted: the article does not state them.
 * - **dates found**: a matching mention. Context events (no mentions) are not counted.
 * - **dates resolved**: only for articles whose gold states the publication date (the scaffold
 *   is then given it): found, and the same `date` and `precision`.
 * - **actors reused**: gold actors whose id another briefing of the site defines, against
 *   proposals that use such an id: the same id and a matching mention.
 */
import { BLOCK_SEPARATOR, resolveSelector, type Span } from '../../src/lib/selectors';
import type { Selector } from '../../src/schemas/selector';

/** The part of a briefing's frontmatter the scores read: gold and proposals alike. */
export interface Analysis {
  actors?: { id: string; kind: string; mentions?: Selector[] }[];
  quotes?: ({ id: string; speaker: string } & Selector)[];
  figures?: { id: string; value: number; mentions?: Selector[] }[];
  dates?: { id: string; date: string | number | Date; precision: string; mentions?: Selector[] }[];
}

export const KINDS = ['quotes', 'quotesFound', 'persons', 'organizations', 'figures', 'datesFound', 'datesResolved', 'actorsReused'] as const;
export type Kind = (typeof KINDS)[number];

/** What the table calls each kind. */
export const KIND_LABELS: Record<Kind, string> = {
  quotes: 'quotes (right speaker)',
  quotesFound: 'quotes found',
  persons: 'persons',
  organizations: 'organisations and states',
  figures: 'figures',
  datesFound: 'dates found',
  datesResolved: 'dates resolved',
  actorsReused: 'actors reused',
};

export interface Tally {
  gold: number;
  proposed: number;
  matched: number;
}

export type Scores = Record<Kind, Tally>;

export interface ScoreOptions {
  /** True when the scaffold was given the article's publication date: dates resolved are scored. */
  dated: boolean;
  /** The actor ids other briefings of the site define. */
  siteActorIds: ReadonlySet<string>;
}

const ORGANIZATION_KINDS = new Set(['organization', 'state', 'group', 'media']);

/** Characters two spans share. */
const shared = (a: Span, b: Span): number => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** True when `a` and `b` overlap by at least half the longer of the two. */
export function spansMatch(a: Span, b: Span): boolean {
  const common = shared(a, b);
  return common > 0 && common * 2 >= Math.max(a.end - a.start, b.end - b.start);
}

/** The characters the best matching pair of spans shares, 0 when no pair matches. */
function bestMatch(gold: Span[], proposed: Span[]): number {
  let best = 0;
  for (const a of gold) for (const b of proposed) if (spansMatch(a, b)) best = Math.max(best, shared(a, b));
  return best;
}

/** Pairs gold items with proposals one to one, best scoring pair first; `score` is 0 for no match. */
export function pairUp<G, P>(gold: G[], proposed: P[], score: (gold: G, proposed: P) => number): number {
  const candidates: { g: number; p: number; value: number }[] = [];
  gold.forEach((g, gi) => proposed.forEach((p, pi) => {
    const value = score(g, p);
    if (value > 0) candidates.push({ g: gi, p: pi, value });
  }));
  candidates.sort((a, b) => b.value - a.value || a.g - b.g || a.p - b.p);
  const usedGold = new Set<number>();
  const usedProposed = new Set<number>();
  for (const { g, p } of candidates) {
    if (usedGold.has(g) || usedProposed.has(p)) continue;
    usedGold.add(g);
    usedProposed.add(p);
  }
  return usedGold.size;
}

const tally = <G, P>(gold: G[], proposed: P[], score: (gold: G, proposed: P) => number): Tally => ({ gold: gold.length, proposed: proposed.length, matched: pairUp(gold, proposed, score) });

/** Resolves a selector of `which` (e.g. "gold quotes[2]") against the body, or says why it cannot. */
function spanOf(text: string, selector: Selector, which: string): Span {
  const resolution = resolveSelector(text, selector);
  if ('problem' in resolution) throw new Error(`${which}: ${resolution.problem}`);
  return resolution.span;
}

const dateText = (date: string | number | Date): string => (date instanceof Date ? date.toISOString().slice(0, 10) : String(date));

/** Scores `proposed` against `gold` for one article whose body paragraphs are `paragraphs` (as rendered). */
export function scoreBriefing(paragraphs: string[], gold: Analysis, proposed: Analysis, options: ScoreOptions): Scores {
  const text = paragraphs.join(BLOCK_SEPARATOR);
  const side = (analysis: Analysis, name: string) => {
    const actors = (analysis.actors ?? []).map((actor, index) => ({ ...actor, spans: (actor.mentions ?? []).map((selector, at) => spanOf(text, selector, `${name} actors[${index}].mentions[${at}]`)) }));
    const byId = new Map(actors.map((actor) => [actor.id, actor]));
    const quotes = (analysis.quotes ?? []).map((quote, index) => ({
      speaker: byId.get(quote.speaker) ?? { id: quote.speaker, spans: [] },
      span: spanOf(text, quote, `${name} quotes[${index}]`),
    }));
    const anchored = <T extends { mentions?: Selector[] }>(items: T[] | undefined, list: string) =>
      (items ?? []).flatMap((item, index) => ((item.mentions ?? []).length === 0 ? [] : [{ ...item, spans: (item.mentions ?? []).map((selector, at) => spanOf(text, selector, `${name} ${list}[${index}].mentions[${at}]`)) }]));
    return { actors, quotes, figures: anchored(analysis.figures, 'figures'), dates: anchored(analysis.dates, 'dates') };
  };
  const g = side(gold, 'gold');
  const p = side(proposed, 'proposed');

  type Actor = (typeof g.actors)[number];
  const actorScore = (a: Actor, b: Actor): number => bestMatch(a.spans, b.spans);
  const spanScore = (a: { span: Span }, b: { span: Span }): number => (spansMatch(a.span, b.span) ? shared(a.span, b.span) : 0);
  const sameSpeaker = (a: (typeof g.quotes)[number], b: (typeof p.quotes)[number]): boolean => a.speaker.id === b.speaker.id || bestMatch(a.speaker.spans, b.speaker.spans) > 0;
  const persons = (actors: Actor[]) => actors.filter((actor) => actor.kind === 'person');
  const organizations = (actors: Actor[]) => actors.filter((actor) => ORGANIZATION_KINDS.has(actor.kind));
  const reused = (actors: Actor[]) => actors.filter((actor) => options.siteActorIds.has(actor.id));
  const resolved = (a: (typeof g.dates)[number], b: (typeof p.dates)[number]): number =>
    dateText(a.date) === dateText(b.date) && a.precision === b.precision ? bestMatch(a.spans, b.spans) : 0;

  return {
    quotes: tally(g.quotes, p.quotes, (a, b) => (sameSpeaker(a, b) ? spanScore(a, b) : 0)),
    quotesFound: tally(g.quotes, p.quotes, spanScore),
    persons: tally(persons(g.actors), persons(p.actors), actorScore),
    organizations: tally(organizations(g.actors), organizations(p.actors), actorScore),
    figures: tally(g.figures, p.figures, (a, b) => (a.value === b.value ? bestMatch(a.spans, b.spans) : 0)),
    datesFound: tally(g.dates, p.dates, (a, b) => bestMatch(a.spans, b.spans)),
    datesResolved: options.dated ? tally(g.dates, p.dates, resolved) : { gold: 0, proposed: 0, matched: 0 },
    actorsReused: tally(reused(g.actors), reused(p.actors), (a, b) => (a.id === b.id ? actorScore(a, b) : 0)),
  };
}

/** The sum of several articles' scores, kind by kind. */
export function addScores(all: Scores[]): Scores {
  const total = Object.fromEntries(KINDS.map((kind) => [kind, { gold: 0, proposed: 0, matched: 0 }])) as Scores;
  for (const scores of all) {
    for (const kind of KINDS) {
      total[kind].gold += scores[kind].gold;
      total[kind].proposed += scores[kind].proposed;
      total[kind].matched += scores[kind].matched;
    }
  }
  return total;
}

/** matched / proposed; null when nothing was proposed. */
export const precision = ({ matched, proposed }: Tally): number | null => (proposed === 0 ? null : matched / proposed);
/** matched / gold; null when the gold has none. */
export const recall = ({ matched, gold }: Tally): number | null => (gold === 0 ? null : matched / gold);
