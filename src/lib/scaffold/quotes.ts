/**
 * Who said what, in one paragraph. The rules:
 *
 * - A **saying** is a verb of saying (قال، أكد، أوضح، صرح، أفاد، أضاف، ذكر، أشار، أعلن… with و/ف
 *   in front and their feminine and plural forms: وقالت، وصرحت، أكدوا) followed by who speaks:
 *   the next words, at most SPEAKER_MAX_WORDS, up to punctuation, a preposition or particle,
 *   «أن/إن/بأن», a word of time, «للـ…» (to whom) or «لصحيفة…» (through which medium). A participle (مضيفا، مشيرا، مؤكدا…) is a saying
 *   with no speaker of its own: it carries on the previous one.
 * - A **direct quote** is text in «…», “…” or "…" of at least QUOTE_MIN_WORDS words, marks
 *   included in the span. Its speaker is the last saying before it in its sentence; with none,
 *   the previous speaker of the article.
 * - A **reported quote** is what follows `<saying> (أن|إن|بأن)`: the clause up to the end of the
 *   sentence, or up to «، مضيفا…» where the speaker goes on. A sentence right after it that
 *   starts with «كما» is proposed as a continuation, flagged.
 * - Text in quotation marks of at most NAME_MAX_WORDS words («داعش»، «وول ستريت جورنال») is a
 *   name, not a quote; after «صحيفة/وكالة/قناة…» it is a medium, and after the speaker's words
 *   it is the medium that carried them (`via`).
 */
import type { Span } from '../selectors';
import { isMediaNoun, isSayingParticiple, isSayingVerb, looseKey, MEDIA_NOUNS, STOP_WORDS, THAT, TIME_WORDS, tokenize, type Token } from './lexicon';
import { quotedSpans, sentenceEnd, sentenceStart, trimSpan, wordsIn, type Quoted } from './sentences';

/** The fewest words a quoted span needs to be a quote rather than a name. */
export const QUOTE_MIN_WORDS = 4;
/** The most words a quoted span may have to be taken for a name. */
export const NAME_MAX_WORDS = QUOTE_MIN_WORDS - 1;
/** The most words taken after a verb of saying as the speaker. */
export const SPEAKER_MAX_WORDS = 6;
/** The fewest words a reported clause needs. */
export const CLAUSE_MIN_WORDS = 3;

export interface Saying {
  /** The verb or participle of saying. */
  verb: Span;
  /** True for a participle (مضيفا…): it continues the previous speaker. */
  participle: boolean;
  /** Who speaks: the words after the verb, if there are any. */
  speaker?: Span;
  /** The medium that carried the words, named right after the speaker. */
  via?: Span;
  /** Where the reported clause starts, when «أن/إن/بأن» follows. */
  clause?: number;
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

/** The words after a verb of saying that name the speaker; `next` is the token after them. */
function speakerAfter(tokens: Token[], from: number, quoted: Quoted[]): { speaker?: Span; next: number } {
  let next = from;
  const words: Token[] = [];
  while (next < tokens.length && words.length < SPEAKER_MAX_WORDS) {
    const token = tokens[next] as Token;
    if (!token.word || within(quoted, token.start)) break;
    const key = looseKey(token.text);
    if (STOP_WORDS.has(key) || THAT.has(key) || TIME_WORDS.has(key) || isSayingVerb(token.text) || isSayingParticiple(token.text)) break;
    // «للصحفيين»: ل + ال, "to the …", says to whom, not who.
    if (/^[وف]?لل/u.test(key)) break;
    // «لصحيفة» after a speaker names the medium; «صحيفة» first is the speaker itself.
    if (words.length > 0 && isMediaNoun(token.text) && !MEDIA_NOUNS.has(key)) break;
    words.push(token);
    next++;
  }
  const first = words[0];
  const last = words.at(-1);
  return first && last ? { speaker: { start: first.start, end: last.end }, next } : { next };
}

/** A medium right after the speaker: «لصحيفة «وول ستريت جورنال»» or «لوكالة رويترز». */
function viaAt(paragraph: string, tokens: Token[], at: number, quoted: Quoted[]): { via?: Span; next: number } {
  const token = tokens[at];
  if (!token?.word || !isMediaNoun(token.text)) return { next: at };
  const opening = tokens[at + 1];
  const name = opening && !opening.word ? quoted.find((span) => span.start === opening.start) : undefined;
  if (name) {
    const after = tokens.findIndex((candidate) => candidate.start >= name.end);
    return { via: trimSpan(paragraph, name.inner), next: after === -1 ? tokens.length : after };
  }
  const words: Token[] = [];
  let next = at + 1;
  while (next < tokens.length && words.length < NAME_MAX_WORDS) {
    const word = tokens[next] as Token;
    if (!word.word || STOP_WORDS.has(looseKey(word.text)) || THAT.has(looseKey(word.text))) break;
    words.push(word);
    next++;
  }
  const first = words[0];
  const last = words.at(-1);
  return first && last ? { via: { start: first.start, end: last.end }, next } : { next: at };
}

/** Every verb or participle of saying outside quotation marks, with its speaker, medium and clause. */
export function findSayings(paragraph: string, quoted: Quoted[] = quotedSpans(paragraph)): Saying[] {
  const tokens = tokenize(paragraph);
  const sayings: Saying[] = [];
  tokens.forEach((token, index) => {
    if (!token.word || within(quoted, token.start)) return;
    const participle = isSayingParticiple(token.text);
    if (!participle && !isSayingVerb(token.text)) return;
    const saying: Saying = { verb: { start: token.start, end: token.end }, participle };
    let next = index + 1;
    if (!participle) {
      const found = speakerAfter(tokens, next, quoted);
      if (found.speaker) saying.speaker = found.speaker;
      next = found.next;
      const medium = viaAt(paragraph, tokens, next, quoted);
      if (medium.via) saying.via = medium.via;
      next = medium.next;
    }
    // «أشار إلى أن…»: the preposition may stand between the verb and «أن».
    if (['الي', 'الى'].includes(looseKey(tokens[next]?.text ?? ''))) next++;
    const that = tokens[next];
    const clause = tokens[next + 1];
    if (that?.word && THAT.has(looseKey(that.text)) && clause) saying.clause = clause.start;
    sayings.push(saying);
  });
  return sayings;
}

/** Where a reported clause ends: the end of its sentence, or «، مضيفا…» where the speaker goes on. */
function clauseEnd(paragraph: string, start: number, quoted: Quoted[]): number {
  const end = sentenceEnd(paragraph, start, quoted);
  const tokens = tokenize(paragraph, start, end);
  for (const [index, token] of tokens.entries()) {
    if ((token.text !== '،' && token.text !== ',') || within(quoted, token.start)) continue;
    const next = tokens[index + 1];
    if (next?.word && (isSayingParticiple(next.text) || isSayingVerb(next.text))) return token.start;
  }
  return end;
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
    const saying = sayings.filter((candidate) => candidate.verb.start >= from && candidate.verb.end <= span.start).at(-1);
    quotes.push({
      kind: 'direct',
      span: { start: span.start, end: span.end },
      ...(saying && { saying }),
      ...(!saying && { flag: 'no verb of saying before it in its sentence: the speaker is the previous one, check it' }),
    });
  }

  for (const saying of sayings) {
    if (saying.clause === undefined) continue;
    const span = trimSpan(paragraph, { start: saying.clause, end: clauseEnd(paragraph, saying.clause, quoted) });
    if (wordsIn(paragraph, span) < CLAUSE_MIN_WORDS) continue;
    quotes.push({ kind: 'reported', span, saying });

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
