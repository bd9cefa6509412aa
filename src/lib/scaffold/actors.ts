/**
 * Who acts in one paragraph. The words are content (content/lexicon.json: `names`,
 * `organizations`, `knownActors`); the rules:
 *
 * - **A title and a name**: a title (any of `names.titles`, with و/ب/ل written onto it), then
 *   what it heads — for a title in the construct state (its last word without ال: وزير، قائد،
 *   مستشار…) one to three words (الخارجية، هيئة الأركان)، and after any title a complement with
 *   «لل» (الأمين العام للأمم المتحدة) — then up to two adjectives of origin or standing (العراقي،
 *   السابق), possibly a second title (رئيس هيئة الأركان الفريق أول), then the name.
 * - **The name** is one to NAME_MAX_WORDS words, the first without ال, none of them a particle,
 *   a word of time, a verb of saying, a title or «لصحيفة»; after a word with ال it ends (مصطفى
 *   الكاظمي) unless a link word goes on (بن، آل) or a tail (عبد الله الثاني); a word with و in
 *   front that starts a title, or comes after two words, starts another name (coordinated names:
 *   «X وY» are two people).
 * - **A name before its title**: «أيمن الصفدي، وزير الخارجية» and «جين ساكي المتحدثة باسم…»:
 *   the name words right before the title, after a boundary (punctuation, a particle, a verb of
 *   saying or the start of the paragraph).
 * - **A speaker** (the words after a verb of saying, see quotes.ts): a title first → the name
 *   after it; a title later → the words before it, the rest the role; otherwise the whole
 *   phrase, whose first word says what it is (`organizations.speakerHeads`: مسؤولون… a group,
 *   صحيفة… a medium, وزارة… an organization, a known state or organization its kind, anything
 *   else a person). A title with no name is kept as the speaker («المتحدث باسم الوزارة»).
 * - **A state or an organization**: the names in KNOWN_ACTORS in any spelling variant, with
 *   و/ب/ل written on, and a state's capital or «الجانب»/«الطرف» with its demonym (الجانب
 *   الأمريكي) as another name for it; an organization's head (`organizations.heads`: وزارة،
 *   حركة، منظمة…) and the name it heads (one word without ال, or with ال, then up to two with
 *   ال); a definite noun of `organizations.withOrigin` (الحكومة، الجيش…) followed by an
 *   adjective of origin.
 */
import { foldArabic } from '../arabic';
import type { Span } from '../selectors';
import { trimSpan } from './sentences';
import { isMediaNoun, isParticle, isSayingParticiple, isSayingVerb, looseKey, THAT, TIME_WORDS, tokenize, type Token } from './lexicon';
import words from '../../../content/lexicon.json';

export type ActorKind = 'person' | 'organization' | 'state' | 'group' | 'media';

/** The most words of a name after a title. */
export const NAME_MAX_WORDS = 4;
/** The fewest letters a name without ال needs for ب/ل/ك written onto it to be taken as a clitic («لبغداد»). */
const CLITIC_NAME_MIN_LETTERS = 4;
/** The most words a title's complement has (هيئة الأركان العامة). */
const COMPLEMENT_MAX_WORDS = 3;

export interface ActorFinding {
  /** The mention: the name as the body writes it. */
  span: Span;
  kind: ActorKind;
  /** The title and its adjectives, as written. */
  role?: string;
  /** For a known actor: its id and English name. */
  known?: { id: string; en: string };
  /** True when the mention is another name for it (a capital for its state): not the name to propose. */
  alias?: boolean;
}

const keys = (list: string[]): string[][] => list.map((title) => title.split(/\s+/u).map(looseKey));
const keySet = (list: string[]): Set<string> => new Set(list.map(looseKey));

/** Titles, longest first so that «رئيس الوزراء» wins over «رئيس». */
const TITLES = keys(words.names.titles).sort((a, b) => b.length - a.length);
const TITLE_FIRST_WORDS = new Set(TITLES.map((title) => title[0] as string));
const NAME_LINKS = keySet(words.names.links);
const NAME_TAILS = keySet(words.names.tails);
const FAMILIES = keySet(words.names.families);
/** The most words with ال between a name and the family name that closes it. */
const FAMILY_LOOKAHEAD = 3;
const STANDING = keySet(words.names.adjectives);
const COMPLEMENT_MARKERS = keySet(words.names.complementMarkers);
/** Common nouns that refer back to an actor: never a name of their own. */
export const ANAPHORA = keySet(words.names.anaphora);
const PRONOUN_SUFFIXES = words.names.pronounSuffixes.map(looseKey).sort((a, b) => b.length - a.length);
const RELATIONAL = keySet(words.names.relational);
const ORGANIZATION_HEADS = keys(words.organizations.heads).sort((a, b) => b.length - a.length);
const ORIGIN_HEADS = keySet(words.organizations.withOrigin);
const INSTITUTIONS = keySet(words.organizations.institutions);
const SPEAKER_HEADS = {
  group: keySet(words.organizations.speakerHeads.group),
  media: keySet(words.organizations.speakerHeads.media),
  organization: keySet(words.organizations.speakerHeads.organization),
};

const ANONYMOUS = keySet(words.names.anonymous);
const ANONYMOUS_LINKS = keySet(words.names.anonymousLinks);
const PARTICLE_NAMES = keySet(words.names.particleNames);
const DOCUMENTS = keySet(words.organizations.documents);

/** True for a noun for an unnamed person or group (مسؤول، مصدر، دبلوماسيون). */
export const isAnonymousHead = (word: string): boolean => ANONYMOUS.has(looseKey(word).replace(/^[وف]/u, ''));
/** True for «في», «لدى»…: after an unnamed speaker, where they work follows. */
export const isAnonymousLink = (word: string): boolean => ANONYMOUS_LINKS.has(looseKey(word));
/** True for the first word of an organization's name: «المنظمة», «وزارة»… */
export const isOrganizationHead = (word: string): boolean => {
  const key = looseKey(word).replace(/^[وف]/u, '');
  return SPEAKER_HEADS.organization.has(key) || ORIGIN_HEADS.has(key) || ORGANIZATION_HEADS.some((head) => head.length === 1 && head[0] === key);
};

/** States, organizations and groups known by name, with their id and English name for the proposal (content/lexicon.json). */
export const KNOWN_ACTORS = words.knownActors as { forms: string[]; capitals?: string[]; demonyms?: string[]; id: string; en: string; kind: ActorKind }[];
const KNOWN_BY_KEY = new Map(KNOWN_ACTORS.flatMap((actor) => actor.forms.map((form) => [looseKey(form), actor] as const)));

const isDefinite = (key: string): boolean => key.startsWith('ال');

/** The word without a pronoun written onto its end, when one is: «جيشها» → «جيش». */
const withoutPronoun = (key: string): string | undefined => {
  const suffix = PRONOUN_SUFFIXES.find((ending) => key.endsWith(ending) && key.length > ending.length + 2);
  return suffix === undefined ? undefined : key.slice(0, -suffix.length);
};

/** True for a word that is a common noun referring back («المصدر»، «جيشها»), not a name. */
export function isAnaphor(word: string): boolean {
  const key = nameKey(word);
  const bare = withoutPronoun(key);
  // «هيئتها»: a ة before a pronoun is written ت.
  return ANAPHORA.has(key) || (bare !== undefined && (ANAPHORA.has(`ال${bare}`) || ANAPHORA.has(`ال${bare.replace(/ت$/u, 'ه')}`)));
}

/** True for «نظيره», «ضيفه»: someone named by their relation to the person before. */
const isRelational = (word: string): boolean => {
  const bare = withoutPronoun(looseKey(word));
  return bare !== undefined && (RELATIONAL.has(bare) || RELATIONAL.has(bare.replace(/ت$/u, 'ه')));
};

/** Adjectives after a title: of origin (العراقى، الأمريكية) or standing (السابق، الخاص). */
const isTitleAdjective = (word: string): boolean => {
  const key = looseKey(word);
  return (/^ال\p{L}{2,}(?:ي|يه)$/u.test(key) && !TIME_WORDS.has(key)) || STANDING.has(key);
};

/** The key of a word with و/ب/ل/ف/ك written onto it removed, when what is left is `expected`. */
function matchesWithClitic(word: string, expected: string): number | undefined {
  const key = looseKey(word);
  if (key === expected) return 0;
  // «للرئيس»: ل + الرئيس, written with one alef less.
  if (expected.startsWith('ال') && /^[وف]?لل/u.test(key) && key.replace(/^[وف]?ل/u, 'ا') === expected) return key.indexOf('لل');
  const clitic = /^(?:[وف]?[بلك]|[وف])/u.exec(key)?.[0];
  return clitic !== undefined && key.slice(clitic.length) === expected ? clitic.length : undefined;
}

/** The words of `phrase` (folded lists) matched at token `at`: how far it goes and the clitic on its first word. */
function phraseAt(tokens: Token[], at: number, phrase: string[], clitics = true): { next: number; clitic: number } | undefined {
  const found = tokens.slice(at, at + phrase.length);
  if (found.length !== phrase.length || !found.every((token) => token.word)) return undefined;
  const first = looseKey((found[0] as Token).text);
  const clitic = clitics ? matchesWithClitic((found[0] as Token).text, phrase[0] as string) : first === phrase[0] ? 0 : undefined;
  if (clitic === undefined || !found.slice(1).every((token, index) => looseKey(token.text) === phrase[index + 1])) return undefined;
  return { next: at + phrase.length, clitic };
}

/** True for a word that starts a title, with و in front («ورئيس», «والوزير»): another person is named. */
const isCoordinatedTitle = (token: Token): boolean => {
  const key = looseKey(token.text);
  return key.startsWith('و') && TITLE_FIRST_WORDS.has(key.slice(1));
};

/** True for a word that may be part of a person's name. */
function isNameWord(token: Token, first: boolean): boolean {
  // «رئيساً»: a word with tanwin is an indefinite noun or adverb, never a name.
  if (!token.word || /^\p{N}+$/u.test(token.text) || /[\u064B-\u064D]/u.test(token.text)) return false;
  const key = looseKey(token.text);
  // «المنتهية ولايته»: a noun with ة and a pronoun is no first name.
  if (first && /\p{L}{2}ت(?:ه|ها|هم)$/u.test(key)) return false;
  if (isParticle(token.text) || THAT.has(key) || TIME_WORDS.has(key) || isSayingVerb(token.text) || isSayingParticiple(token.text)) return false;
  if (isMediaNoun(token.text) || /^(?:[وف]?[بل]ال|[وف]?لل)/u.test(key) || isRelational(token.text) || isAnaphor(token.text)) return false;
  if (TITLE_FIRST_WORDS.has(key) || isCoordinatedTitle(token) || ORGANIZATION_HEADS.some((head) => head.length === 1 && head[0] === key)) return false;
  if (first && NAME_LINKS.has(key) && key !== looseKey('عبد') && key !== looseKey('أبو')) return false;
  return !(first && isDefinite(key));
}

/** What a title heads, from token `at`: «الخارجية», «هيئة الأركان العامة», «للأمم المتحدة»; the token after it. */
function complementAt(tokens: Token[], at: number, construct: boolean): number {
  let next = at;
  const word = (index: number): string => (tokens[index]?.word ? looseKey(tokens[index]?.text ?? '') : '');
  const usable = (key: string): boolean => key !== '' && !TIME_WORDS.has(key) && !isParticle(key);
  // «قائد "هيئة تحرير الشام"»: a name in quotation marks is what the title heads.
  const quotedName = (from: number): number | undefined => {
    const mark = tokens[from]?.text;
    if (mark === undefined || !['"', '«', '“'].includes(mark)) return undefined;
    const close = tokens.findIndex((token, index) => index > from && !token.word);
    return close > from + 1 && close <= from + COMPLEMENT_MAX_WORDS + 1 && ['"', '»', '”'].includes(tokens[close]?.text ?? '') ? close + 1 : undefined;
  };
  if (construct) {
    const named = quotedName(next);
    if (named !== undefined) return named;
    while (next < at + COMPLEMENT_MAX_WORDS + 1 && usable(word(next))) {
      const key = word(next);
      const head = ORGANIZATION_HEADS.some((phrase) => phrase[0] === key);
      // «وزير التموين والتجارة الداخلية»: a field coordinated with و.
      if (!isDefinite(key) && !head && !(next > at && isDefinite(key.replace(/^و/u, '')))) break;
      next++;
    }
  }
  // «الأمين العام للأمم المتحدة»، «المتحدثة بالبيت الأبيض»، «رئيس الاتحاد لكرة القدم»، «وزير الدولة لشؤون الطاقة»: a complement with ل or ب.
  const lam = word(next);
  const lamConstruct = /^ل\p{L}{2,}$/u.test(lam) && !/^لل/u.test(lam) && isDefinite(word(next + 1));
  if (/^(?:لل|بال)/u.test(lam) || lamConstruct || (/^ل/u.test(lam) && ORGANIZATION_HEADS.some((phrase) => phrase[0] === lam.slice(1)))) {
    const start = next++;
    while (next < start + COMPLEMENT_MAX_WORDS && usable(word(next)) && isDefinite(word(next))) next++;
  }
  return next;
}

/** The title starting at token `at`, if any: where its words start (after a clitic) and end, a second title included. */
export function titleAt(tokens: Token[], at: number): { start: number; next: number } | undefined {
  for (const title of TITLES) {
    const matched = phraseAt(tokens, at, title);
    if (!matched) continue;
    let next = complementAt(tokens, matched.next, !isDefinite(title.at(-1) as string) || COMPLEMENT_MARKERS.has(title.at(-1) as string));
    const adjectives = (from: number): number => {
      let after = from;
      while (after < from + 2 && tokens[after]?.word && isTitleAdjective(tokens[after]?.text ?? '')) after++;
      return after;
    };
    next = adjectives(next);
    // «المتحدث العسكري باسم الجيش»: a marker after the adjectives opens what the title heads.
    if (COMPLEMENT_MARKERS.has(looseKey(tokens[next]?.text ?? ''))) next = adjectives(complementAt(tokens, next + 1, true));
    // «المدير العام للمنظمة»: a complement with ل may also follow the adjectives.
    next = adjectives(complementAt(tokens, next, false));
    // «رئيس هيئة الأركان الفريق أول …»: a rank after the office.
    const second = next < tokens.length && next > at ? titleAt(tokens, next) : undefined;
    if (second && looseKey(tokens[next]?.text ?? '').startsWith('و') === false) next = second.next;
    return { start: (tokens[at] as Token).start + matched.clitic, next };
  }
  return undefined;
}

/** The name that starts at token `at`, if there is one. */
export function nameAt(tokens: Token[], at: number, paragraph: string): Span | undefined {
  const found: Token[] = [];
  for (let next = at; next < tokens.length && found.length < NAME_MAX_WORDS; next++) {
    const token = tokens[next] as Token;
    const previous = found.at(-1);
    if (previous && paragraph.slice(previous.end, token.start).trim() !== '') break;
    const key = looseKey(token.text);
    // «الدكتور على المصيلحى،»: a first name spelled like a particle, when the name runs on to a comma.
    const particleName = found.length === 0 && PARTICLE_NAMES.has(key) && tokens[next + 1] && isNameWord(tokens[next + 1] as Token, false) && [',', '،'].includes(tokens[next + 2]?.text ?? '');
    if (!particleName && !isNameWord(token, found.length === 0)) break;
    // After two words a name goes on only with a family name with ال, a link or what follows a link («محمد شياع السوداني»، «سعد بن شريدة الكعبي»).
    if (found.length >= 2 && !isDefinite(key) && !NAME_LINKS.has(key) && !NAME_LINKS.has(looseKey(previous?.text ?? ''))) break;
    // «X وY»: after a full name, a word with و in front names someone else.
    if (found.length >= 2 && key.startsWith('و')) break;
    if (previous) {
      const before = looseKey(previous.text);
      // After «الكاظمي» a name ends, unless it goes on with «بن», «آل», a tail («عبد الله الثاني») or towards a family name («مشعل الأحمد الجابر الصباح»).
      const family = tokens.slice(next, next + FAMILY_LOOKAHEAD).findIndex((ahead) => FAMILIES.has(looseKey(ahead.text)));
      const towardsFamily = family !== -1 && tokens.slice(next, next + family + 1).every((ahead) => ahead.word && isDefinite(looseKey(ahead.text)));
      if (isDefinite(before) && !NAME_LINKS.has(key) && !NAME_TAILS.has(key) && !towardsFamily && !NAME_LINKS.has(looseKey(found.at(-2)?.text ?? ''))) break;
      // «محمد بن سلمان»: the word after a link ends the name, unless another link follows.
      if (found.length >= 2 && NAME_LINKS.has(looseKey(found.at(-2)?.text ?? '')) && !NAME_LINKS.has(key) && looseKey(found.at(-2)?.text ?? '') !== looseKey('عبد')) break;
    }
    found.push(token);
  }
  while (found.length > 0 && NAME_LINKS.has(looseKey(found.at(-1)?.text ?? ''))) found.pop();
  const first = found[0];
  const last = found.at(-1);
  return first && last ? { start: first.start, end: last.end } : undefined;
}

/** The name that ends right before token `at` (a «،» between them allowed), after a boundary. */
function nameBefore(tokens: Token[], at: number): Span | undefined {
  let end = at - 1;
  const comma = tokens[end]?.text === '،' || tokens[end]?.text === ',';
  if (comma) end--;
  const found: Token[] = [];
  for (let index = end; index >= 0 && found.length < NAME_MAX_WORDS - 1; index--) {
    const token = tokens[index] as Token;
    if (!isNameWord(token, false) || isAnaphor(token.text) || looseKey(token.text).startsWith('و')) break;
    found.unshift(token);
  }
  const boundary = tokens[end - found.length];
  if (boundary && boundary.word && !isParticle(boundary.text) && !isSayingVerb(boundary.text) && !isSayingParticiple(boundary.text)) return undefined;
  // A name starts without ال, but a surname alone may have it: «الصفدي، وزير الخارجية».
  while (found.length > 1 && isDefinite(looseKey(found[0]?.text ?? ''))) found.shift();
  // Without a comma, one word before a title is as likely a verb or a noun («تمكين رئيس الوزراء»).
  if (!comma && found.length < 2) return undefined;
  const first = found[0];
  const last = found.at(-1);
  return first && last ? { start: first.start, end: last.end } : undefined;
}

/** People named with their title: «وزير الخارجية العراقى فؤاد حسين», «أيمن الصفدي، وزير الخارجية». */
export function findTitledPeople(paragraph: string): ActorFinding[] {
  const tokens = tokenize(paragraph);
  const found: ActorFinding[] = [];
  let after = 0;
  for (let at = 0; at < tokens.length; at++) {
    const title = titleAt(tokens, at);
    if (!title) continue;
    const role = paragraph.slice(title.start, (tokens[title.next - 1] as Token).end);
    const name = nameAt(tokens, title.next, paragraph);
    const before = name ? undefined : nameBefore(tokens, at);
    const span = name ?? before;
    if (span && span.start >= after) {
      found.push({ span, kind: 'person', role });
      after = span.end;
    }
    const resume = tokens.findIndex((token) => token.start >= (name?.end ?? (tokens[title.next - 1] as Token).end));
    if (resume < 0) break;
    at = resume - 1;
  }
  return found;
}

/** The kind a phrase's first word gives it, or what a known actor of that name is. */
function kindOf(phrase: string, head: string): ActorKind {
  const known = KNOWN_BY_KEY.get(looseKey(phrase));
  if (known) return known.kind;
  if (SPEAKER_HEADS.group.has(head)) return 'group';
  if (SPEAKER_HEADS.media.has(head)) return 'media';
  if (SPEAKER_HEADS.organization.has(head) || ORIGIN_HEADS.has(head)) return 'organization';
  return 'person';
}

/** The actor a speaker phrase names, and the role it gives, if any. */
export function speakerActor(paragraph: string, phrase: Span): ActorFinding {
  const tokens = tokenize(paragraph, phrase.start, phrase.end);
  const title = titleAt(tokens, 0);
  if (title) {
    // The name is read with what follows the phrase in view («الدكتور على المصيلحى،» needs its comma), and kept within the phrase.
    const read = nameAt(tokenize(paragraph, phrase.start), title.next, paragraph);
    const name = read && read.end <= phrase.end ? read : nameAt(tokens, title.next, paragraph);
    const role = paragraph.slice(title.start, (tokens[title.next - 1] as Token).end);
    if (name) return { span: name, kind: 'person', role };
    return { span: phrase, kind: 'person' };
  }
  // A title with و written on («ورئيس») is another person's, not this one's role.
  const later = tokens.findIndex((token, index) => index > 0 && titleAt(tokens, index)?.start === token.start);
  if (later > 0) {
    // «أيمن الصفدي، وزير الخارجية،»: the name and the role without the commas around them.
    const name = trimSpan(paragraph, { start: phrase.start, end: (tokens[later - 1] as Token).end });
    const role = trimSpan(paragraph, { start: (tokens[later] as Token).start, end: phrase.end });
    return { span: name, kind: 'person', role: paragraph.slice(role.start, role.end) };
  }
  // «بيانات البنك المركزي»: what an organization published speaks for it.
  if (tokens.length > 1 && DOCUMENTS.has(looseKey(tokens[0]?.text ?? '').replace(/^[وف]?ل?/u, ''))) {
    const publisher = speakerActor(paragraph, { start: (tokens[1] as Token).start, end: phrase.end });
    // Who publishes figures and statements without a title is an institution («بيانات البورصة»).
    return publisher.kind === 'person' && !publisher.role ? { ...publisher, kind: 'organization' } : publisher;
  }
  const head = looseKey(tokens[0]?.text ?? '');
  const kind = kindOf(paragraph.slice(phrase.start, phrase.end), head);
  // «بايدن وماكرون»: two people speak; the first is the speaker, the other is found as an actor.
  const coordinated = kind === 'person' ? tokens.findIndex((token, index) => index > 0 && token.word && looseKey(token.text).startsWith('و') && isNameWord(token, false)) : -1;
  if (coordinated > 0 && !isTitleAdjective((tokens[coordinated] as Token).text.slice(1))) return { span: { start: phrase.start, end: (tokens[coordinated - 1] as Token).end }, kind };
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
  // «للأمم المتحدة»: ل before ال drops the alef; the mention is the whole word.
  if (needle.startsWith('ال')) {
    const lam = `ل${needle.slice(1)}`;
    for (let at = folded.text.indexOf(lam); at !== -1; at = folded.text.indexOf(lam, at + 1)) {
      const word = /[\p{L}\p{M}\p{N}]*$/u.exec(folded.text.slice(0, at))?.[0] ?? '';
      const end = (folded.origin[at + lam.length - 1] as number) + 1;
      if (/^[وف]?$/u.test(word) && !/^[\p{L}\p{M}\p{N}]/u.test(paragraph.slice(end))) spans.push({ start: folded.origin[at] as number, end });
    }
  }
  for (let at = folded.text.indexOf(needle); at !== -1; at = folded.text.indexOf(needle, at + 1)) {
    const start = folded.origin[at] as number;
    const end = (folded.origin[at + needle.length - 1] as number) + 1;
    const before = paragraph.slice(0, start);
    const word = /[\p{L}\p{M}\p{N}]*$/u.exec(before)?.[0] ?? '';
    // و/ف written onto any name, ب/ل/ك onto one with ال or long enough not to be part of another word («لبغداد»).
    const boundaryBefore = word === '' || (/^[وف]$/u.test(word) && needle.length >= 3) || (/^[وف]?[بلك]$/u.test(word) && (needle.startsWith('ا') || needle.length >= CLITIC_NAME_MIN_LETTERS));
    const boundaryAfter = !/^[\p{L}\p{M}\p{N}]/u.test(paragraph.slice(end));
    if (boundaryBefore && boundaryAfter) spans.push({ start, end });
  }
  return spans;
}

/** The organization whose head is at token `at` («وزارة الخارجية», «حركة حماس», «الحكومة العراقية»): the token after it. */
function organizationAt(tokens: Token[], at: number): { start: number; next: number } | undefined {
  const token = tokens[at] as Token;
  const word = (index: number): string => (tokens[index]?.word ? looseKey(tokens[index]?.text ?? '') : '');
  const usable = (index: number): boolean => {
    const key = word(index);
    return key !== '' && !/^\p{N}+$/u.test(key) && !TIME_WORDS.has(key) && !isParticle(key) && !THAT.has(key) && !isSayingVerb(key) && !isSayingParticiple(key) && !TITLE_FIRST_WORDS.has(key);
  };
  // «يختارها»: a word without ال that carries a pronoun names nothing (ة is not ه in the text itself).
  const named = (index: number): boolean =>
    usable(index) && !/^(?:[وف]?[بل]ال|[وف]?لل)/u.test(word(index)) && (isDefinite(word(index)) || !/\p{L}{2}(?:ها|هم|ه)$/u.test(tokens[index]?.text ?? ''));
  const adjectives = (from: number): number => {
    let next = from;
    while (next < from + 2 && tokens[next]?.word && isTitleAdjective(tokens[next]?.text ?? '')) next++;
    return next;
  };
  for (const head of ORGANIZATION_HEADS) {
    const matched = phraseAt(tokens, at, head);
    if (!matched) continue;
    let next = matched.next;
    // What the head names: a word with ال (وزارة الخارجية، حزب الله), or up to three without it that
    // end in one with ال (هيئة تحرير الشام، مشروع بيانات مواقع النزاعات); then adjectives.
    let chain = next;
    // «لتحلية»: a word with ل in front is a complement of purpose, not part of the name.
    while (chain < next + 3 && named(chain) && !isDefinite(word(chain)) && !word(chain).startsWith('ل')) chain++;
    if (!named(chain) || !isDefinite(word(chain))) return undefined;
    next = adjectives(chain + 1);
    return { start: token.start + matched.clitic, next };
  }
  const institution = [...INSTITUTIONS].map((expected) => matchesWithClitic(token.text, expected)).find((clitic) => clitic !== undefined);
  const origin = institution ?? [...ORIGIN_HEADS].map((expected) => matchesWithClitic(token.text, expected)).find((clitic) => clitic !== undefined);
  // «وزير الخارجية الأردني»: after a title the words are its field, not an organization of their own; «رئيس الاتحاد السعودي» heads one.
  if (origin === undefined || (institution === undefined && TITLE_FIRST_WORDS.has(word(at - 1)))) return undefined;
  let next = adjectives(at + 1);
  if (next === at + 1) return undefined;
  // «الهيئة العليا المستقلة للانتخابات»، «الاتحاد الدولي لكرة القدم»: an institution's field after its adjectives.
  if (institution !== undefined) {
    const lam = word(next);
    if (/^لل/u.test(lam) && usable(next)) next = adjectives(next + 1);
    else if (/^ل\p{L}{2,}$/u.test(lam) && isDefinite(word(next + 1)) && usable(next + 1)) next = adjectives(next + 2);
  }
  return { start: token.start + origin, next };
}

/** States and organizations of one paragraph: the known ones by name, and `وزارة X`, `حركة X`, `الحكومة العراقية`… */
export function findOrganizations(paragraph: string): ActorFinding[] {
  const found: ActorFinding[] = [];
  const taken = (span: Span): boolean => found.some((other) => other.span.start <= span.start && span.end <= other.span.end);
  for (const organization of KNOWN_ACTORS) {
    const aliases = [...(organization.capitals ?? []), ...(organization.demonyms ?? []).flatMap((demonym) => words.organizations.sides.map((side) => `${side} ${demonym}`))];
    const forms = [...organization.forms.map((form) => ({ form, alias: false })), ...aliases.map((form) => ({ form, alias: true }))];
    for (const { form, alias } of forms) {
      for (const span of occurrencesOf(paragraph, form)) {
        if (!taken(span)) found.push({ span, kind: organization.kind, known: { id: organization.id, en: organization.en }, ...(alias && { alias }) });
      }
    }
  }
  const tokens = tokenize(paragraph);
  for (let at = 0; at < tokens.length; at++) {
    if (!tokens[at]?.word) continue;
    const organization = organizationAt(tokens, at);
    if (!organization) continue;
    const span = { start: organization.start, end: (tokens[organization.next - 1] as Token).end };
    // A pattern around a known name («قوات التحالف») leaves the known name alone.
    if (!found.some((other) => other.span.start < span.end && span.start < other.span.end)) found.push({ span, kind: 'organization' });
    at = organization.next - 1;
  }
  return found.sort((a, b) => a.span.start - b.span.start);
}
