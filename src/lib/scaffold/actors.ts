/**
 * Who acts in one paragraph. The rules:
 *
 * - **A title and a name**: a title (الرئيس، رئيس الوزراء، وزير الخارجية، المتحدث باسم…، السفير…),
 *   possibly with و/ب/ل written onto it, then its complement for «وزير/قائد/مدير/باسم» (one or two
 *   words with ال), then up to two adjectives of origin or standing (العراقى، الأمريكي، السابق),
 *   then the name: one to NAME_MAX_WORDS words, the first without ال, none of them a particle,
 *   a word of time, a verb of saying or «لصحيفة». A person; the title and adjectives are the role.
 * - **A speaker** (the words after a verb of saying, see quotes.ts): a title first → the name
 *   after it; a title later («جين ساكي المتحدثة بالبيت الأبيض») → the words before it, the rest
 *   the role; otherwise the whole phrase. Plural heads (مسئولون، مصادر…) make a group, a medium
 *   (صحيفة…) a medium, a ministry or government an organization, anything else a person.
 * - **A state or an organization**: the names in KNOWN_ACTORS (الولايات المتحدة، العراق، إيران…؛
 *   البنتاجون، البيت الأبيض، الإدارة الأمريكية، التحالف، داعش…) in any spelling variant, with
 *   و/ب/ل written on; `وزارة X`, and `الحكومة/الجيش/القوات/السلطات` followed by an adjective of
 *   origin. Capitals standing for their state (واشنطن، بغداد) are left to the author.
 */
import { foldArabic } from '../arabic';
import type { Span } from '../selectors';
import { isMediaNoun, isSayingParticiple, isSayingVerb, looseKey, MEDIA_NOUNS, STOP_WORDS, THAT, TIME_WORDS, tokenize, type Token } from './lexicon';
import words from '../../../content/lexicon.json';

export type ActorKind = 'person' | 'organization' | 'state' | 'group' | 'media';

/** The most words of a name after a title. */
export const NAME_MAX_WORDS = 3;

export interface ActorFinding {
  /** The mention: the name as the body writes it. */
  span: Span;
  kind: ActorKind;
  /** The title and its adjectives, as written. */
  role?: string;
  /** For a known organization: its id and English name. */
  known?: { id: string; en: string };
}

const keys = (words: string[]): string[][] => words.map((title) => title.split(' ').map(looseKey));

/** Titles, longest first so that «رئيس الوزراء» wins over «الرئيس». */
const TITLES = keys([
  'رئيس الوزراء', 'رئيسة الوزراء', 'رئيس الحكومة', 'رئيس الجمهورية', 'نائب الرئيس', 'الأمين العام', 'ولي العهد', 'المتحدث باسم', 'المتحدثة باسم', 'الناطق باسم', 'الناطقة باسم',
  'الرئيس', 'الرئيسة', 'وزير', 'وزيرة', 'المتحدث', 'المتحدثة', 'الناطق', 'الناطقة', 'السفير', 'السفيرة', 'الملك', 'الملكة', 'الأمير', 'الشيخ', 'السيناتور', 'النائب', 'النائبة',
  'الجنرال', 'اللواء', 'العميد', 'المستشار', 'المستشارة', 'المبعوث', 'المبعوثة', 'قائد', 'مدير', 'مديرة', 'زعيم',
]).sort((a, b) => b.length - a.length);

/** Titles that name their field with the words after them: وزير الخارجية، المتحدث باسم البيت الأبيض. */
const TAKES_COMPLEMENT = new Set(['وزير', 'وزيرة', 'قائد', 'مدير', 'مديرة', 'زعيم', 'باسم'].map(looseKey));

/** Adjectives after a title: of origin (العراقى، الأمريكية) or standing (السابق، الحالي). */
const isTitleAdjective = (word: string): boolean => {
  const key = looseKey(word);
  return (/^ال\p{L}{2,}(?:ي|يه)$/u.test(key) && !TIME_WORDS.has(key)) || ['السابق', 'السابقه', 'الحالي', 'الحاليه', 'الجديد', 'الجديده'].includes(key);
};

/** Heads of a phrase that make the speaker a group. */
const GROUP_HEADS = new Set(['مسئولون', 'مسؤولون', 'مسئولين', 'مسؤولين', 'مسؤولو', 'مسئولو', 'مصادر', 'خبراء', 'دبلوماسيون', 'شهود', 'قادة', 'نواب', 'مسؤولان', 'مصدران'].map(looseKey));
/** Heads of a phrase that make the speaker an organization. */
const ORGANIZATION_HEADS = new Set(['وزارة', 'الحكومة', 'الإدارة', 'البيت', 'الجيش', 'التحالف', 'البنتاجون', 'البنتاغون', 'السلطات', 'القوات', 'البرلمان', 'السفارة'].map(looseKey));

/** States, organizations and groups known by name, with their id and English name for the proposal (content/lexicon.json). */
export const KNOWN_ACTORS = words.knownActors as { forms: string[]; id: string; en: string; kind: ActorKind }[];

/** Heads of generic organizations that need an adjective of origin: الحكومة العراقية، القوات الأمريكية. */
const ORIGIN_HEADS = new Set(['الحكومة', 'الجيش', 'القوات', 'السلطات'].map(looseKey));

/** The key of a word with و/ب/ل/ف/ك written onto it removed, when what is left is `expected`. */
function matchesWithClitic(word: string, expected: string): number | undefined {
  const key = looseKey(word);
  if (key === expected) return 0;
  // «للرئيس»: ل + الرئيس, written with one alef less.
  if (expected.startsWith('ال') && /^[وف]?لل/u.test(key) && key.replace(/^[وف]?ل/u, 'ا') === expected) return key.indexOf('لل');
  const clitic = /^(?:[وف]?[بلك]|[وف])/u.exec(key)?.[0];
  return clitic !== undefined && key.slice(clitic.length) === expected ? clitic.length : undefined;
}

/** True for a word that may be part of a person's name. */
function isNameWord(token: Token, first: boolean): boolean {
  if (!token.word || /^\p{N}+$/u.test(token.text)) return false;
  const key = looseKey(token.text);
  if (STOP_WORDS.has(key) || THAT.has(key) || TIME_WORDS.has(key) || isSayingVerb(token.text) || isSayingParticiple(token.text)) return false;
  if (isMediaNoun(token.text) || /^(?:[وف]?[بل]ال|[وف]?لل)/u.test(key)) return false;
  if (TITLES.some((title) => title[0] === key)) return false;
  return !(first && key.startsWith('ال'));
}

/** The title starting at token `at`, if any: where its words start (after a clitic) and end. */
function titleAt(tokens: Token[], at: number): { start: number; next: number } | undefined {
  for (const title of TITLES) {
    const words = tokens.slice(at, at + title.length);
    if (words.length !== title.length || !words.every((token) => token.word)) continue;
    const clitic = matchesWithClitic((words[0] as Token).text, title[0] as string);
    if (clitic === undefined || !words.slice(1).every((token, index) => looseKey(token.text) === title[index + 1])) continue;
    let next = at + title.length;
    if (TAKES_COMPLEMENT.has(title.at(-1) as string)) {
      for (let taken = 0; taken < 2 && tokens[next]?.word && looseKey(tokens[next]?.text ?? '').startsWith('ال') && !TIME_WORDS.has(looseKey(tokens[next]?.text ?? '')); taken++) next++;
    }
    for (let taken = 0; taken < 2 && tokens[next]?.word && isTitleAdjective(tokens[next]?.text ?? ''); taken++) next++;
    return { start: (tokens[at] as Token).start + clitic, next };
  }
  return undefined;
}

/** The name right after a title, if there is one. */
function nameAt(tokens: Token[], at: number, paragraph: string): Span | undefined {
  const words: Token[] = [];
  for (let next = at; next < tokens.length && words.length < NAME_MAX_WORDS; next++) {
    const token = tokens[next] as Token;
    const previous = words.at(-1);
    if (previous && paragraph.slice(previous.end, token.start).trim() !== '') break;
    if (!isNameWord(token, words.length === 0)) break;
    words.push(token);
  }
  const first = words[0];
  const last = words.at(-1);
  return first && last ? { start: first.start, end: last.end } : undefined;
}

/** People named after their title: «وزير الخارجية العراقى فؤاد حسين» → فؤاد حسين, role وزير الخارجية العراقى. */
export function findTitledPeople(paragraph: string): ActorFinding[] {
  const tokens = tokenize(paragraph);
  const found: ActorFinding[] = [];
  for (let at = 0; at < tokens.length; at++) {
    const title = titleAt(tokens, at);
    if (!title) continue;
    const name = nameAt(tokens, title.next, paragraph);
    if (!name) continue;
    const role = paragraph.slice(title.start, (tokens[title.next - 1] as Token).end);
    found.push({ span: name, kind: 'person', role });
    at = tokens.findIndex((token) => token.start >= name.end) - 1;
    if (at < 0) break;
  }
  return found;
}

/** The actor a speaker phrase names, and the role it gives, if any. */
export function speakerActor(paragraph: string, phrase: Span): ActorFinding {
  const tokens = tokenize(paragraph, phrase.start, phrase.end);
  const title = titleAt(tokens, 0);
  if (title) {
    const name = nameAt(tokens, title.next, paragraph);
    const role = paragraph.slice(title.start, (tokens[title.next - 1] as Token).end);
    if (name) return { span: name, kind: 'person', role };
    return { span: phrase, kind: 'person' };
  }
  const later = tokens.findIndex((_, index) => index > 0 && titleAt(tokens, index) !== undefined);
  if (later > 0) {
    const name = { start: phrase.start, end: (tokens[later - 1] as Token).end };
    return { span: name, kind: 'person', role: paragraph.slice((tokens[later] as Token).start, phrase.end) };
  }
  const head = looseKey(tokens[0]?.text ?? '');
  const kind: ActorKind = GROUP_HEADS.has(head) ? 'group' : MEDIA_NOUNS.has(head) ? 'media' : ORGANIZATION_HEADS.has(head) ? 'organization' : 'person';
  return { span: phrase, kind };
}

/** A name folded for grouping: variants merged, و/ب/ل written onto its article dropped («للقوات» → «القوات»). */
export function nameKey(name: string): string {
  return looseKey(name).replace(/^(?:[وف]?[بك]?ال|[وف]?لل)/u, 'ال');
}

/** Every place a name occurs in the paragraph as whole words, و/ب/ل/ف/ك written onto it allowed. */
export function occurrencesOf(paragraph: string, name: string): Span[] {
  const folded = foldArabic(paragraph);
  const needle = foldArabic(name).text;
  const spans: Span[] = [];
  if (!needle) return spans;
  for (let at = folded.text.indexOf(needle); at !== -1; at = folded.text.indexOf(needle, at + 1)) {
    const start = folded.origin[at] as number;
    const end = (folded.origin[at + needle.length - 1] as number) + 1;
    const before = paragraph.slice(0, start);
    const word = /[\p{L}\p{M}\p{N}]*$/u.exec(before)?.[0] ?? '';
    const boundaryBefore = word === '' || (/^(?:[وف]?[بلك]|[وف])$/u.test(word) && needle.startsWith('ا'));
    const boundaryAfter = !/^[\p{L}\p{M}\p{N}]/u.test(paragraph.slice(end));
    if (boundaryBefore && boundaryAfter) spans.push({ start, end });
  }
  return spans;
}

/** States and organizations of one paragraph: the known ones by name, and `وزارة X`, `الحكومة العراقية`… */
export function findOrganizations(paragraph: string): ActorFinding[] {
  const found: ActorFinding[] = [];
  const taken = (span: Span): boolean => found.some((other) => other.span.start <= span.start && span.end <= other.span.end);
  for (const organization of KNOWN_ACTORS) {
    for (const form of organization.forms) {
      for (const span of occurrencesOf(paragraph, form)) {
        if (!taken(span)) found.push({ span, kind: organization.kind, known: { id: organization.id, en: organization.en } });
      }
    }
  }
  const tokens = tokenize(paragraph);
  tokens.forEach((token, index) => {
    const ministry = matchesWithClitic(token.text, looseKey('وزارة'));
    const head = ORIGIN_HEADS.has(looseKey(token.text)) ? 0 : [...ORIGIN_HEADS].map((expected) => matchesWithClitic(token.text, expected)).find((clitic) => clitic !== undefined);
    let next = index + 1;
    if (ministry !== undefined && tokens[next]?.word && looseKey(tokens[next]?.text ?? '').startsWith('ال')) next++;
    else if (head === undefined) return;
    const adjectives = next;
    while (next < adjectives + 2 && tokens[next]?.word && isTitleAdjective(tokens[next]?.text ?? '')) next++;
    if (ministry === undefined && next === adjectives) return;
    const span = { start: token.start + (ministry ?? head ?? 0), end: (tokens[next - 1] as Token).end };
    if (!taken(span)) found.push({ span, kind: 'organization' });
  });
  return found.sort((a, b) => a.span.start - b.span.start);
}
