/**
 * Who said what, in one paragraph. The words are content (content/lexicon.json: `speech`); the
 * rules:
 *
 * - A **saying** is a verb of saying (قال، أكد، كتب، غرّد… in any person, tense and with و/ف in
 *   front: وقالت، أكدوا، يقول، وتؤكد) followed by who speaks: a title and its name (see
 *   actors.ts), or the next words, at most SPEAKER_MAX_WORDS, up to punctuation, a particle,
 *   «أن/إن/بأن», a word of time, «للـ…» (to whom) or «لصحيفة…» (through which medium). A
 *   participle (مضيفا، مشيرا…) and a verb with no speaker after it (وأضاف: …، وتابع أن…) carry
 *   on the previous speaker. «وكان X قد أكد»: the speaker stands between «كان» and «قد».
 *   «نقلت وكالة X عن مسؤول»: the speaker is named after «عن», the first name is the medium.
 *   A source phrase (بحسب، وفقا لـ، نقلا عن، على لسان…) is a saying too: the source follows it.
 * - A **direct quote** is text in «…», “…” or "…" of at least QUOTE_MIN_WORDS words, marks
 *   included in the span, full stops inside it included. Its speaker is named right after it
 *   («…»، قال X / «…»، بحسب X) or by the last saying before it in its sentence; with none, it is
 *   the previous speaker of the article.
 * - A **reported quote** is what follows `<saying> … (أن|إن|بأن)`, where up to
 *   CLAUSE_MAX_GAP words (في بيان، خلال مؤتمر صحفي، قوله) may stand between the speaker and
 *   «أن»: the clause up to the end of the sentence, or up to «، مضيفا…» where the speaker goes
 *   on. A sentence right after it that starts with «كما» is proposed as a continuation, flagged.
 *   With a source phrase, the claim is the rest of the sentence: before «، بحسب X» at its end, or
 *   after «بحسب X،» at its start.
 * - Text in quotation marks of at most NAME_MAX_WORDS words («داعش»، «وول ستريت جورنال») is a
 *   name, not a quote; after «صحيفة/وكالة/قناة…» it is a medium, and after the speaker's words
 *   it is the medium that carried them (`via`).
 */
import type { Span } from '../selectors';
import { isAnonymousHead, isAnonymousLink, isOrganizationHead, nameAt, speakerActor, titleAt } from './actors';
import { AUDIENCES, CLAUSE_BREAKS, isCoordinatedThat, isMediaNoun, isParticle, isPastAuxiliary, isPresentSayingVerb, isRelayVerb, isSayingParticiple, isSayingVerb, looseKey, MEDIA_NOUNS, PAST_PARTICLE, RELAY_MARKER, SAYING_NOUNS, SOURCE_PHRASES, THAT, TIME_WORDS, tokenize, type Token } from './lexicon';
import { endsSentence, quotedSpans, sentenceEnd, sentenceStart, trimSpan, wordsIn, type Quoted } from './sentences';

/** The fewest words a quoted span needs to be a quote rather than a name. */
export const QUOTE_MIN_WORDS = 4;
/** The most words a quoted span may have to be taken for a name. */
export const NAME_MAX_WORDS = QUOTE_MIN_WORDS - 1;
/** The most words taken after a verb of saying as the speaker. */
export const SPEAKER_MAX_WORDS = 6;
/** The fewest words a reported clause needs. */
export const CLAUSE_MIN_WORDS = 3;
/** The most words between the speaker and «أن»: «قال الوزير، في مؤتمر صحفي عقده أمس، إن…». */
export const CLAUSE_MAX_GAP = 16;
/** The fewest words the part of a sentence after its last comma needs to be a source phrase's claim on its own. */
export const CLAIM_MIN_WORDS = 6;
/** The most words between «كان» and «قد» taken as the speaker. */
const PLUPERFECT_MAX_WORDS = 6;

export interface Saying {
  /** The verb, participle or source phrase of saying. */
  verb: Span;
  /** True for a participle (مضيفا…): it continues the previous speaker. */
  participle: boolean;
  /** True for a source phrase (بحسب، وفقا لـ…) rather than a verb. */
  source?: boolean;
  /** Who speaks, if named. */
  speaker?: Span;
  /** The medium that carried the words, named with the speaker. */
  via?: Span;
  /** Where the reported clause starts, when «أن/إن/بأن» follows. */
  clause?: number;
  /** A source phrase's claim: the rest of its sentence. */
  claim?: Span;
  /** For a saying with no speaker of its own (مضيفا، وتابع: …), the saying before it in the paragraph whose speaker goes on. */
  continues?: Saying;
}

export interface QuoteFinding {
  kind: 'direct' | 'reported';
  span: Span;
  /** The saying the quote belongs to; none means "the previous speaker of the article". */
  saying?: Saying;
  /** Why the author should look twice, if there is a reason. */
  flag?: string;
}

/** A short text in quotation marks: a name. */
export interface QuotedName {
  span: Span;
  /** True when a word for a medium (صحيفة، وكالة…) comes right before it. */
  media: boolean;
}

export interface ParagraphQuotes {
  sayings: Saying[];
  quotes: QuoteFinding[];
  names: QuotedName[];
}

const within = (quoted: Quoted[], at: number): Quoted | undefined => quoted.find((span) => span.start <= at && at < span.end);
const spanOf = (found: Token[]): Span | undefined => {
  const first = found[0];
  const last = found.at(-1);
  return first && last ? { start: first.start, end: last.end } : undefined;
};

/** True for a word that ends a speaker phrase whose first word is `head`. */
function endsSpeaker(token: Token, quoted: Quoted[], taken: number, head = ''): boolean {
  if (!token.word || within(quoted, token.start)) return true;
  const key = looseKey(token.text);
  if (isParticle(token.text) || THAT.has(key) || SAYING_NOUNS.has(key) || TIME_WORDS.has(key) || isSayingVerb(token.text) || isSayingParticiple(token.text)) return true;
  // «المنظمة الدولية للهجرة»: after an organization's head, «لل…» goes on naming it, unless it says to whom («للصحفيين»).
  if (/^[وف]?لل/u.test(key) && taken > 0 && isOrganizationHead(head) && !AUDIENCES.has(key)) return false;
  // «للصحفيين»: ل + ال, "to the …", says to whom, not who; so do a ل standing alone («لـ«الشرق الأوسط»») and «لأنصاره».
  if (/^[وف]?لل/u.test(key) || key === 'ل' || (taken > 0 && /^ل\p{L}{2,}(?:ه|ها|هم)$/u.test(key))) return true;
  // «لصحيفة» after a speaker names the medium; «صحيفة» first is the speaker itself.
  if (taken > 0 && isMediaNoun(token.text) && !MEDIA_NOUNS.has(key)) return true;
  // «الرئيس X ورئيس الوزراء Y»: another person, with a title of their own.
  return taken > 0 && key.startsWith('و') && titleAt([{ ...token, text: token.text.slice(1) }], 0) !== undefined;
}

/** The words after a verb of saying that name the speaker; `next` is the token after them. */
function speakerAfter(paragraph: string, tokens: Token[], from: number, quoted: Quoted[]): { speaker?: Span; next: number } {
  const title = titleAt(tokens, from);
  let next = title && title.next > from ? title.next : from;
  // A title's name is read as actors.ts reads it («الدكتور على المصيلحى،»), then the phrase may go on.
  const name = title ? nameAt(tokens, next, paragraph) : undefined;
  if (name) next = tokens.findIndex((token) => token.start >= name.end) === -1 ? tokens.length : tokens.findIndex((token) => token.start >= name.end);
  const found: Token[] = tokens.slice(from, next);
  const head = tokens[from]?.text ?? '';
  while (next < tokens.length && found.length < SPEAKER_MAX_WORDS + (title ? next - from : 0)) {
    const token = tokens[next] as Token;
    if (endsSpeaker(token, quoted, found.length, head)) {
      // «مسؤول في وزارة الداخلية», «مصدر في الكرملين»: where an unnamed speaker works is part of who speaks.
      const link = tokens[next + 1];
      if (!title && found.length > 0 && found.length <= 3 && isAnonymousHead(head) && isAnonymousLink(token.text) && link && !endsSpeaker(link, quoted, 1, '')) {
        found.push(token);
        next++;
        continue;
      }
      break;
    }
    found.push(token);
    next++;
  }
  const speaker = spanOf(found);
  return speaker ? { speaker, next } : { next };
}

/** A medium right after the speaker: «لصحيفة «وول ستريت جورنال»» or «لوكالة رويترز». */
function viaAt(paragraph: string, tokens: Token[], at: number, quoted: Quoted[]): { via?: Span; next: number } {
  const token = tokens[at];
  // «لـ«الشرق الأوسط»»: a ل standing alone before a quoted name says to which medium.
  const lam = token?.word && looseKey(token.text) === 'ل' ? quoted.find((span) => span.start === tokens[at + 1]?.start) : undefined;
  if (lam) {
    const after = tokens.findIndex((candidate) => candidate.start >= lam.end);
    return { via: trimSpan(paragraph, lam.inner), next: after === -1 ? tokens.length : after };
  }
  if (!token?.word || !isMediaNoun(token.text)) return { next: at };
  const opening = tokens[at + 1];
  const name = opening && !opening.word ? quoted.find((span) => span.start === opening.start) : undefined;
  if (name) {
    const after = tokens.findIndex((candidate) => candidate.start >= name.end);
    return { via: trimSpan(paragraph, name.inner), next: after === -1 ? tokens.length : after };
  }
  const found: Token[] = [];
  let next = at + 1;
  while (next < tokens.length && found.length < NAME_MAX_WORDS) {
    const word = tokens[next] as Token;
    if (!word.word || isParticle(word.text) || THAT.has(looseKey(word.text))) break;
    found.push(word);
    next++;
  }
  const via = spanOf(found);
  return via ? { via, next } : { next: at };
}

/** The source phrase (بحسب، وفقا لـ…) at token `at`: its span, and where the source starts. */
function sourceAt(tokens: Token[], at: number): { verb: Span; next: number; skip: number } | undefined {
  for (const phrase of SOURCE_PHRASES) {
    // «وفقا لـ»: a final «ل» is written onto the source («لوزارة») or stands alone («لـ»).
    const lam = phrase.at(-1) === 'ل';
    const head = lam ? phrase.slice(0, -1) : phrase;
    const found = tokens.slice(at, at + head.length);
    const matches = (token: Token, index: number): boolean => {
      const key = looseKey(token.text);
      // «وبحسب», «فوفقا»: و/ف may be written onto the first word.
      return token.word && (key === head[index] || (index === 0 && /^[وف]/u.test(key) && key.slice(1) === head[0]));
    };
    if (found.length !== head.length || !found.every(matches)) continue;
    const next = at + head.length;
    const verb = { start: (found[0] as Token).start, end: (found.at(-1) as Token).end };
    if (!lam) return { verb, next, skip: 0 };
    const source = tokens[next];
    if (!source?.word) continue;
    const key = looseKey(source.text);
    if (key === 'ل' || key === 'لـ') return { verb: { start: verb.start, end: source.end }, next: next + 1, skip: 0 };
    // «للوزارة» is ل + الوزارة: the span keeps the word whole; «لوزارة», «لـوزارة» drop the ل.
    if (key.startsWith('لل')) return { verb, next, skip: 0 };
    if (key.startsWith('ل')) return { verb, next, skip: /^ل\u0640*/u.exec(source.text)?.[0].length ?? 1 };
  }
  return undefined;
}

/** Where «أن» opens the reported clause after a saying, from token `from`: the clause's first token. */
function clauseAfter(paragraph: string, tokens: Token[], from: number, quoted: Quoted[]): number | undefined {
  let words = 0;
  for (let next = from; next < tokens.length && words <= CLAUSE_MAX_GAP; next++) {
    const token = tokens[next] as Token;
    const name = within(quoted, token.start);
    // A name in quotation marks («الشرق الأوسط») may stand before «أن»; a quote may not.
    if (name && wordsIn(paragraph, name.inner) <= NAME_MAX_WORDS) continue;
    if (name || (!token.word && (endsSentence(paragraph, token.start) || token.text === ':'))) return undefined;
    if (!token.word) continue;
    const key = looseKey(token.text);
    if (THAT.has(key)) {
      // «بعد أن», «قبل أن»: «أن» after a particle opens no speech, but «أشار إلى أن», «شدد على أن», «حذر من أن» do.
      const previous = tokens[next - 1];
      // Only right after the verb and speaker: «على أن» further on is «on condition that».
      const particle = previous?.word && isParticle(previous.text) && (!['الي', 'علي', 'من'].includes(looseKey(previous.text)) || next - 1 > from);
      const clause = tokens[next + 1];
      return particle || !clause ? undefined : clause.start;
    }
    if (next > from && (isSayingVerb(token.text) || isSayingParticiple(token.text) || CLAUSE_BREAKS.has(key) || CLAUSE_BREAKS.has(key.replace(/^و/u, '')))) return undefined;
    words++;
  }
  return undefined;
}

/** The speaker of «وكان X قد أكد»: the words between the auxiliary and «قد» before the verb at `at`. */
function pluperfectSpeaker(tokens: Token[], at: number): Span | undefined {
  if (looseKey(tokens[at - 1]?.text ?? '') !== PAST_PARTICLE) return undefined;
  for (let back = at - 2; back >= Math.max(0, at - 2 - PLUPERFECT_MAX_WORDS); back--) {
    const token = tokens[back] as Token;
    if (!token.word) return undefined;
    if (isPastAuxiliary(token.text)) return spanOf(tokens.slice(back + 1, at - 1));
  }
  return undefined;
}

/** The subject that opens a sentence before its verb: «أيمن الصفدي، وزير الخارجية، قال إن…». */
function subjectBefore(paragraph: string, tokens: Token[], at: number, quoted: Quoted[]): Span | undefined {
  const from = sentenceStart(paragraph, (tokens[at] as Token).start, quoted);
  const before = tokens.filter((token) => token.start >= from && token.end <= (tokens[at] as Token).start);
  const words = before.filter((token) => token.word);
  if (words.length === 0 || words.length > SPEAKER_MAX_WORDS + 2) return undefined;
  if (before.some((token) => within(quoted, token.start) || (!token.word && token.text !== '،' && token.text !== ','))) return undefined;
  if (words.some((token) => isParticle(token.text) || THAT.has(looseKey(token.text)) || TIME_WORDS.has(looseKey(token.text)) || isSayingParticiple(token.text))) return undefined;
  return trimSpan(paragraph, { start: (words[0] as Token).start, end: (words.at(-1) as Token).end });
}

/** A source phrase's claim: the sentence before «، بحسب X» at its end, or after «بحسب X،» at its start. */
function claimOf(paragraph: string, tokens: Token[], verb: Span, speakerEnd: number, quoted: Quoted[]): Span | undefined {
  const from = sentenceStart(paragraph, verb.start, quoted);
  const to = sentenceEnd(paragraph, verb.start, quoted);
  const before = paragraph.slice(from, verb.start);
  // «… هو الأطول، بحسب الشركة» / «… على مقياس ريشتر بحسب الهيئة، وحُدد …»: the claim runs back to the last comma (not one inside a number) or the sentence start.
  if (before.trim() !== '' && /^\s*(?:[،,]|$)/u.test(paragraph.slice(speakerEnd, to))) {
    const comma = [...before.trimEnd().replace(/[،,]$/u, '').matchAll(/[،,]/gu)].filter((match) => !/\d/u.test(before[(match.index ?? 0) - 1] ?? '') || !/\d/u.test(before[(match.index ?? 0) + 1] ?? '')).at(-1);
    const tail = comma?.index === undefined ? undefined : trimSpan(paragraph, { start: from + comma.index + 1, end: verb.start });
    // A short segment after the comma («، مقارنة بنحو 30 قبله») still belongs to the clause before it.
    return tail && wordsIn(paragraph, tail) >= CLAIM_MIN_WORDS ? tail : trimSpan(paragraph, { start: from, end: verb.start });
  }
  if (before.trim() === '' && /^\s*[،,]/u.test(paragraph.slice(speakerEnd))) {
    const rest = tokens.filter((token) => token.start > speakerEnd && token.end <= to);
    // «وبحسب الوزارة، فإن …»: the particle that answers the phrase is not the claim.
    const start = rest.find((token) => token.word && !['فان', 'فقد'].includes(looseKey(token.text)))?.start;
    return start === undefined ? undefined : trimSpan(paragraph, { start, end: to });
  }
  return undefined;
}

/** Every saying outside quotation marks, with its speaker, medium and clause. */
export function findSayings(paragraph: string, quoted: Quoted[] = quotedSpans(paragraph)): Saying[] {
  const tokens = tokenize(paragraph);
  const sayings: Saying[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] as Token;
    if (!token.word || within(quoted, token.start)) continue;
    const source = sourceAt(tokens, index);
    const participle = !source && isSayingParticiple(token.text);
    if (!source && !participle && !isSayingVerb(token.text)) continue;
    const saying: Saying = { verb: source?.verb ?? { start: token.start, end: token.end }, participle, ...(source && { source: true }) };
    let next = source?.next ?? index + 1;
    if (!participle) {
      const found = speakerAfter(paragraph, tokens, next, quoted);
      if (found.speaker) saying.speaker = { start: found.speaker.start + (source?.skip ?? 0), end: found.speaker.end };
      next = found.next;
      const earlier = pluperfectSpeaker(tokens, index) ?? subjectBefore(paragraph, tokens, index, quoted);
      if (!saying.speaker && earlier) saying.speaker = earlier;
      // «نقلت وكالة رويترز عن مسؤول…»: who spoke comes after «عن»; the first name carried the words.
      if (isRelayVerb(token.text) && looseKey(tokens[next]?.text ?? '') === RELAY_MARKER) {
        const relayed = speakerAfter(paragraph, tokens, next + 1, quoted);
        if (relayed.speaker) {
          if (saying.speaker) saying.via = saying.speaker;
          saying.speaker = relayed.speaker;
          next = relayed.next;
        }
      }
      const medium = viaAt(paragraph, tokens, next, quoted);
      if (medium.via) saying.via = medium.via;
      next = medium.next;
    }
    const clause = clauseAfter(paragraph, tokens, next, quoted);
    if (clause !== undefined) saying.clause = clause;
    if (source && saying.speaker) {
      const claim = claimOf(paragraph, tokens, saying.verb, saying.speaker.end, quoted);
      if (claim) saying.claim = claim;
    }
    // «ويُتوقع أن»: a present-tense verb with no speaker is impersonal, and attributes nothing.
    if (!saying.speaker && !source && !participle && isPresentSayingVerb(token.text)) continue;
    if (!saying.speaker) {
      const previous = sayings.filter((other) => other.speaker).at(-1);
      if (previous) saying.continues = previous;
    }
    sayings.push(saying);
    if (source) index = source.next - 1;
  }
  return sayings;
}

/**
 * Where a reported clause ends: the end of its sentence, «، مضيفا…» where the speaker goes on, or
 * «، وأن …» where a second clause of the same saying starts (`next`: its first word).
 */
function clauseEnd(paragraph: string, start: number, quoted: Quoted[]): { end: number; next?: number } {
  const end = sentenceEnd(paragraph, start, quoted);
  const tokens = tokenize(paragraph, start, end);
  for (const [index, token] of tokens.entries()) {
    if ((token.text !== '،' && token.text !== ',') || within(quoted, token.start)) continue;
    const next = tokens[index + 1];
    if (next?.word && (isSayingParticiple(next.text) || isSayingVerb(next.text))) return { end: token.start };
    const clause = tokens[index + 2];
    if (next?.word && isCoordinatedThat(next.text) && clause) return { end: token.start, next: clause.start };
  }
  return { end };
}

/** True when a clause is mostly one direct quote («إن "…"»، «إن الرئيس «…»»): the direct quote says it. */
function mostlyQuoted(paragraph: string, span: Span, quoted: Quoted[]): boolean {
  const inside = quoted.filter((mark) => span.start <= mark.start && mark.end <= span.end);
  const quotedWords = inside.reduce((sum, mark) => sum + wordsIn(paragraph, mark.inner), 0);
  return quotedWords > 0 && (wordsIn(paragraph, span) - quotedWords) * 2 < quotedWords;
}

/** True for a source that can speak: not a person by default, unless a title or an unnamed-speaker noun says so. */
function canSpeak(paragraph: string, source: Span): boolean {
  const actor = speakerActor(paragraph, source);
  const tokens = tokenize(paragraph, source.start, source.end);
  return actor.kind !== 'person' || actor.role !== undefined || isAnonymousHead(tokens[0]?.text ?? '') || titleAt(tokens, 0) !== undefined;
}

/** The quotes, sayings and quoted names of one paragraph. */
export function findQuotes(paragraph: string): ParagraphQuotes {
  const quoted = quotedSpans(paragraph);
  const sayings = findSayings(paragraph, quoted);
  const quotes: QuoteFinding[] = [];
  const names: QuotedName[] = [];

  for (const span of quoted) {
    const words = wordsIn(paragraph, span.inner);
    if (words === 0) continue;
    if (words <= NAME_MAX_WORDS) {
      const before = tokenize(paragraph, 0, span.start).at(-1);
      names.push({ span: trimSpan(paragraph, span.inner, /\s/u), media: before !== undefined && before.word && isMediaNoun(before.text) });
      continue;
    }
    const from = sentenceStart(paragraph, span.start, quoted);
    const before = sayings.filter((candidate) => candidate.verb.start >= from && candidate.verb.end <= span.start).at(-1);
    // «…»، قال X / «…»، بحسب X: a speaker named right after the quote.
    const after = sayings.find((candidate) => candidate.verb.start >= span.end && /^[\s،,\-–—]*$/u.test(paragraph.slice(span.end, candidate.verb.start)));
    const saying = after?.speaker && !after.participle && !before?.speaker ? after : before;
    quotes.push({
      kind: 'direct',
      span: { start: span.start, end: span.end },
      ...(saying && { saying }),
      ...(!saying && { flag: 'no verb of saying next to it in its sentence: the speaker is the previous one, check it' }),
    });
  }

  for (const saying of sayings) {
    const { claim } = saying;
    if (!claim || wordsIn(paragraph, claim) < CLAUSE_MIN_WORDS || quoted.some((span) => span.start <= claim.start && claim.end <= span.end)) continue;
    // «وفقا لآليات السوق»: «according to» attributes only to someone who can speak — an organization, a medium, a titled or unnamed person.
    if (!saying.speaker || !canSpeak(paragraph, saying.speaker)) continue;
    // «على لسان X، نقلت الوكالة أن …»: a verb of saying inside the claim attributes it better.
    if (sayings.some((other) => other !== saying && claim.start <= other.verb.start && other.verb.end <= claim.end)) continue;
    quotes.push({ kind: 'reported', span: claim, saying, flag: 'a claim attributed by a source phrase (بحسب، وفقا لـ…): check that it is the source\'s words, and where they end' });
  }

  for (const saying of sayings) {
    let span: Span | undefined;
    for (let start = saying.clause; start !== undefined; ) {
      const clause = clauseEnd(paragraph, start, quoted);
      const part = trimSpan(paragraph, { start, end: clause.end });
      if (wordsIn(paragraph, part) >= CLAUSE_MIN_WORDS && !mostlyQuoted(paragraph, part, quoted)) {
        quotes.push({ kind: 'reported', span: part, saying });
        span = part;
      }
      start = clause.next;
    }
    if (span === undefined) continue;

    // «… . كما ستناقش …»: the next sentence may carry on the same reported speech.
    const terminator = sentenceEnd(paragraph, span.end, quoted);
    const next = tokenize(paragraph, terminator + 1, sentenceEnd(paragraph, terminator + 1, quoted));
    const [also, first] = next;
    if (terminator < paragraph.length && also?.word && looseKey(also.text) === 'كما' && first) {
      const continued = trimSpan(paragraph, { start: first.start, end: sentenceEnd(paragraph, first.start, quoted) });
      if (wordsIn(paragraph, continued) >= CLAUSE_MIN_WORDS) {
        quotes.push({ kind: 'reported', span: continued, saying, flag: 'a sentence starting with «كما» right after the reported speech: taken to carry it on, check it is still the speaker\'s' });
      }
    }
  }

  quotes.sort((a, b) => a.span.start - b.span.start);
  return { sayings, quotes, names };
}
