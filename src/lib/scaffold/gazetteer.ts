/**
 * The gazetteer: the actors the site's briefings already define, and every spelling under which
 * a briefing has named them. An actor id is one actor across the site, so when a new article
 * names one of them — in any of those spellings, folded (ى/ي, أ/ا, ة/ه, diacritics, و/ب/ل written
 * on) — the scaffold proposes it under its existing id, with its definition.
 *
 * The spellings of an actor are its `name.ar` and the `exact` of each of its mentions, less those
 * that would name someone else in another article: a common noun that refers back («المصدر»،
 * «الوزارة»، «جيشها»), a title alone («رئيس الوزراء»), and a spelling two actors share. A
 * person's family name with ال («الكاظمي» of «مصطفى الكاظمي») is a spelling too: articles call
 * people by it.
 */
import { isAnaphor, nameKey, titleAt, type ActorKind } from './actors';
import { tokenize } from './lexicon';

/** What makes an actor the same actor in every briefing, and how briefings have written its name. */
export interface SiteActorDefinition {
  name: { ar: string; en: string };
  kind: ActorKind;
  wikidata?: string;
  /** Every spelling under which the site's briefings name it; `name.ar` alone when not given. */
  spellings?: readonly string[];
}

/** An actor as a briefing's frontmatter defines it (only what the gazetteer reads). */
interface DefinedActor {
  id: string;
  name: { ar: string; en: string };
  kind: ActorKind;
  wikidata?: string;
  mentions?: { exact?: string }[];
}

/** True for a spelling that names this actor and no other: not a common noun, not a title alone. */
function isDistinctive(spelling: string): boolean {
  const tokens = tokenize(spelling).filter((token) => token.word);
  if (tokens.length === 0 || nameKey(spelling).length < 2) return false;
  if (tokens.length === 1 && isAnaphor(spelling)) return false;
  return titleAt(tokens, 0)?.next !== tokens.length;
}

/** A person's family name with ال, which articles use alone: «مصطفى الكاظمي» → «الكاظمي». */
function familyName(actor: DefinedActor): string[] {
  const parts = actor.name.ar.trim().split(/\s+/u);
  const last = parts.at(-1) ?? '';
  return actor.kind === 'person' && parts.length >= 2 && nameKey(last).startsWith('ال') && nameKey(last).length > 4 ? [last] : [];
}

/**
 * The site's actors by id, from the frontmatters of its briefings (in the order given: the first
 * definition of an id is the one kept, as the build keeps one), with their spellings.
 */
export function siteActorsOf(frontmatters: readonly unknown[]): Map<string, SiteActorDefinition> {
  const actors = new Map<string, SiteActorDefinition>();
  const spellings = new Map<string, Set<string>>();
  const owners = new Map<string, Set<string>>();
  for (const frontmatter of frontmatters) {
    const defined = (frontmatter as { actors?: DefinedActor[] } | null)?.actors;
    for (const actor of Array.isArray(defined) ? defined : []) {
      if (typeof actor?.id !== 'string' || typeof actor.name?.ar !== 'string') continue;
      if (!actors.has(actor.id)) actors.set(actor.id, { name: actor.name, kind: actor.kind, ...(actor.wikidata && { wikidata: actor.wikidata }) });
      const own = spellings.get(actor.id) ?? new Set<string>();
      spellings.set(actor.id, own);
      const written = [actor.name.ar, ...(actor.mentions ?? []).flatMap((entry) => (typeof entry?.exact === 'string' ? [entry.exact] : [])), ...familyName(actor)];
      for (const spelling of written.map((text) => text.trim()).filter(isDistinctive)) {
        own.add(spelling);
        const key = nameKey(spelling);
        owners.set(key, (owners.get(key) ?? new Set()).add(actor.id));
      }
    }
  }
  for (const [id, definition] of actors) {
    const own = [...(spellings.get(id) ?? [])].filter((spelling) => owners.get(nameKey(spelling))?.size === 1);
    definition.spellings = own;
  }
  return actors;
}

/** A lookup from a name, folded, to the id of the one site actor written that way. */
export function spellingIndex(actors: ReadonlyMap<string, SiteActorDefinition>): Map<string, string> {
  const index = new Map<string, string>();
  for (const [id, definition] of actors) {
    for (const spelling of definition.spellings ?? [definition.name.ar]) index.set(nameKey(spelling), id);
  }
  return index;
}
