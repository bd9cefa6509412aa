/**
 * The numbers of one paragraph, with what they count. The rules:
 *
 * - A number (see numbers.ts: digits of any script with their separators, or words, with
 *   multipliers) followed by the noun it counts is a figure: `2500 جندى`، `ثلاثة آلاف عنصر`،
 *   `1.5 مليار دولار`، `40%`، `12 في المئة`. One adjective right after the noun is included
 *   (`3500 جندى أجنبى`).
 * - `unit` is the unit of content/units.json whose nouns hold the noun (folded: letter variants,
 *   ال and a leading و/ب/ل/ك do not count). A number written in digits before any other noun is
 *   still proposed, with `unit` left for the author; a number in words needs a known noun, since
 *   «سبع» or «ست» are words too.
 * - A hedge right before it (نحو، حوالي، قرابة، زهاء، ما يقارب، أكثر من، أقل من…), or «تقريبا»
 *   right after, makes it `approximate`; a hedge before it is in the span. The vague plurals
 *   (عشرات، مئات، آلاف…) are approximate too.
 * - Both ends of a range are figures: in «من 300 إلى نحو 800 جندي»، «بين 300 و800 جندي» and
 *   «300-800 جندي» the first number counts what the second counts; its span is the number alone.
 * - A unit's noun alone, in the dual (`يومين`، `أسبوعين`) after منذ/خلال/بعد/قبل/لمدة/طوال or a
 *   hedge, is 2 of it; in the singular after those words (`منذ نحو أسبوع`) it is 1, unless a
 *   number, a month or «من» follows (`منذ عام 2003`، `بعد جولة من`). The span leaves «منذ» out,
 *   for the date that holds it.
 * - An ordinal round (`الجولة الرابعة`) is the round's number: value 4, unit round.
 * - Not figures, and reported as skipped: a year (a 4-digit 19xx/20xx after عام، منذ، في…, with a
 *   month before it or no noun after it; any number before هـ or م), a day of the month
 *   (`26 يوليو`، `١٢ ربيع الأول`), a number with no noun after it.
 */
import type { Span } from '../selectors';
import { UNITS } from '../units';
import { HIJRI_MONTHS } from './dates';
import { asciiDigits, looseKey, MONTHS, STOP_WORDS, TIME_WORDS, type Token } from './lexicon';
import { findNumbers, hedgeBefore, type ReadNumber } from './numbers';
import { nounKey, unitNounAt } from './unit-nouns';

export interface FigureFinding {
  span: Span;
  value: number;
  approximate: boolean;
  /** The counted noun as written. */
  noun: string;
  /** The id of the unit in content/units.json the noun signals, when one does. */
  unit?: string;
  /** True after «بينهم/منهم»: a part of a figure named before it. */
  part: boolean;
}

export interface SkippedNumber {
  span: Span;
  reason: string;
}

const keys = (words: string): Set<string> => new Set(words.split(/\s+/u).filter(Boolean).map(looseKey));


/** Each unit's dual, nominative and oblique (يومان، يومين; جولتان، جولتين), and its singular. */
const DUALS = new Map<string, string>(
  UNITS.filter((unit) => unit.dual !== unit.singular).flatMap((unit) => {
    // A noun with ين is a dual (عامين، يومين) where the unit's plural is broken: where it is sound
    // (مقاتلون), «مقاتلين» is that plural.
    const sound = /(?:ون|ين)$/u.test(unit.plural);
    const fromNouns = sound ? [] : unit.nouns.filter((noun) => !/ين$/u.test(noun)).map((noun) => `${noun}ين`).filter((dual) => unit.nouns.includes(dual));
    return [unit.dual, ...(sound ? [] : [unit.dual.replace(/ان$/u, 'ين')]), ...fromNouns].map((dual) => [nounKey(dual), unit.id] as const);
  }),
);
const SINGULARS = new Map<string, string>(UNITS.map((unit) => [nounKey(unit.singular), unit.id]));


const ABOUT_AFTER = keys('تقريبا تقريباً');

/** Words after which a 19xx/20xx number is a year. */
const YEAR_CONTEXT = keys('عام العام سنة منذ في فى خلال حتى بحلول مطلع أوائل أواخر منتصف نهاية بداية وفي');
/** The marks of an era after a year: هـ (Hijri), م (Gregorian). */
const ERA = /^(?:هـ|ه|م)\.?$/u;

/** Words after which a figure is a part of one named before: «بينهم 2500 أمريكى». */
const PART_OF = keys('بينهم منهم بينها منها');
/** Words before the first end of a range, and between its two ends. */
const RANGE_OPENERS = keys('من بين');
const RANGE_LINKS = new Set([...keys('إلى الى حتى و'), '-', '–', '—']);
/** «من أصل»: out of. */
const OUT_OF = ['من', 'أصل'].map(looseKey);
/** Words before a unit's noun alone that make it a count: «منذ أسبوعين»، «خلال يومين». */
const SPAN_LEADS = keys('منذ خلال بعد لمدة قبل طوال');

/** The nouns of the round unit, which an ordinal numbers: «الجولة الرابعة»، «الدورة الثانية». */
const ROUND = 'round';
const ROUND_NOUNS = new Set((UNITS.find((unit) => unit.id === ROUND)?.nouns ?? []).map(nounKey));
const ORDINALS: Record<string, number> = Object.fromEntries(
  ['الأولى', 'الثانية', 'الثالثة', 'الرابعة', 'الخامسة', 'السادسة', 'السابعة', 'الثامنة', 'التاسعة', 'العاشرة'].map((word, index) => [looseKey(word), index + 1]),
);

const HIJRI_FIRST_WORDS = new Set(Object.keys(HIJRI_MONTHS).map((name) => name.split(' ')[0] as string));
const isMonthAt = (tokens: Token[], at: number): boolean => {
  const token = tokens[at];
  return token?.word === true && (MONTHS[token.text] !== undefined || HIJRI_FIRST_WORDS.has(token.text) || (MONTHS[`${token.text} ${tokens[at + 1]?.text ?? ''}`] !== undefined));
};

/** True for a word that reads as an adjective after a counted noun: أجنبى، أمريكيين… */
const isAdjective = (word: string): boolean => {
  const key = looseKey(word);
  return key.length >= 4 && /(?:ي|يه|يون|يين)$/u.test(key) && !STOP_WORDS.has(key) && !TIME_WORDS.has(key);
};

const isNoun = (token: Token | undefined): token is Token => token !== undefined && token.word && token.text.length >= 2 && !/^\p{N}+$/u.test(token.text) && !STOP_WORDS.has(looseKey(token.text)) && !TIME_WORDS.has(looseKey(token.text));

/** What a number counts: the unit noun or other noun after it, and where the figure's span ends. */
interface Counted {
  noun: string;
  unit?: string;
  /** The index of the last token of the figure's span. */
  last: number;
}

const key = (token: Token | undefined): string => (token?.word ? looseKey(token.text) : '');

function countedAfter(paragraph: string, tokens: Token[], number: ReadNumber): Counted | undefined {
  const next = tokens[number.next];
  if (next && (next.text === '%' || next.text === '٪')) return { noun: next.text, unit: 'percent', last: number.next };
  // «عشرات الآلاف من المدنيين»، «3 ملايين من اللاجئين»: a round count of a noun after «من»; the span is the count.
  const of = (number.vague || number.multiplier > 1) && key(tokens[number.next]) === looseKey('من') ? unitNounAt(tokens, number.next + 1) : undefined;
  if (of) return { noun: paragraph.slice((tokens[number.next + 1] as Token).start, (tokens[of.next - 1] as Token).end), unit: of.unit, last: number.next - 1 };
  const known = unitNounAt(tokens, number.next);
  const noun = known ? tokens.slice(number.next, known.next) : next && isNoun(next) && !number.words ? [next] : undefined;
  if (!noun) return undefined;
  const end = number.next + noun.length;
  const adjective = tokens[end];
  const last = adjective && isAdjective(adjective.text) && paragraph.slice((noun.at(-1) as Token).end, adjective.start).trim() === '' ? end : end - 1;
  return { noun: paragraph.slice((noun[0] as Token).start, (noun.at(-1) as Token).end), ...(known && { unit: known.unit }), last };
}

/** The figures of one paragraph, and the numbers it left alone (with why). */
export function findFigures(paragraph: string): { figures: FigureFinding[]; skipped: SkippedNumber[] } {
  const { tokens, numbers } = findNumbers(paragraph);
  const figures: FigureFinding[] = [];
  const skipped: SkippedNumber[] = [];
  const spanOf = (from: number, to: number): Span => ({ start: (tokens[from] as Token).start, end: (tokens[to] as Token).end });
  const key = (at: number): string => (tokens[at]?.word ? looseKey(tokens[at]?.text ?? '') : '');

  /** A figure for `number` counting `counted`; the hedge before it, if any, is in the span. */
  const figure = (number: ReadNumber, counted: Counted | undefined, last: number): FigureFinding => {
    const hedge = hedgeBefore(tokens, number.start);
    const first = hedge ?? number.start;
    const approximate = hedge !== undefined || number.vague || ABOUT_AFTER.has(key(last + 1));
    return { span: spanOf(first, last), value: number.value, approximate, noun: counted?.noun ?? '', ...(counted?.unit && { unit: counted.unit }), part: PART_OF.has(key(first - 1)) };
  };

  const read = numbers.map((number) => {
    const text = tokens.slice(number.start, number.next).map((token) => token.text).join('');
    const digits = asciiDigits(text);
    const before = key(number.start - 1);
    const counted = countedAfter(paragraph, tokens, number);
    const yearLike = !number.words && /^\d{4}$/u.test(digits) && number.value >= 1900 && number.value <= 2099;
    let reason: string | undefined;
    if (isMonthAt(tokens, number.next)) reason = 'a day of the month: see the dates';
    else if (!number.words && ERA.test(tokens[number.next]?.text ?? '')) reason = 'a year: see the dates';
    else if (!number.words && number.start > 0 && isMonthAt(tokens, number.start - 1)) reason = 'a year: see the dates';
    else if (yearLike && (YEAR_CONTEXT.has(before) || !counted || counted.unit === undefined)) reason = 'a year: see the dates';
    else if (!counted) reason = 'no noun after it says what it counts';
    return { number, counted, reason };
  });

  read.forEach(({ number, counted, reason }, index) => {
    // The first end of a range counts what the second counts.
    const following = read[index + 1];
    if (!counted && reason === 'no noun after it says what it counts' && following?.counted && !following.reason) {
      const link = tokens[number.next];
      const hedgeGap = (hedgeBefore(tokens, following.number.start) ?? following.number.start) - number.next;
      const linked = link !== undefined && RANGE_LINKS.has(link.word ? looseKey(link.text) : link.text) && hedgeGap === 1;
      const opened = RANGE_OPENERS.has(key((hedgeBefore(tokens, number.start) ?? number.start) - 1)) || !link?.word;
      if (linked && opened) {
        // «بين ١٫٠ و١٫١ مليون برميل»: the first end shares the second's multiplier.
        const shared = number.multiplier === 1 && !number.words ? following.number.multiplier : 1;
        figures.push(figure({ ...number, value: number.value * shared }, following.counted, number.next - 1));
        return;
      }
    }
    // «99 صوتاً من أصل 128»: the whole counts what its part counts.
    const previous = read[index - 1];
    if (!counted && reason === 'no noun after it says what it counts' && previous?.counted && !previous.reason && OUT_OF.every((word, offset) => key(number.start - OUT_OF.length + offset) === word) && previous.counted.last === number.start - OUT_OF.length - 1) {
      figures.push(figure(number, previous.counted, number.next - 1));
      return;
    }
    // A word such as «سبع» or «ست» before no unit is not a number at all: nothing to report.
    if (reason && number.words && !counted) return;
    if (reason) {
      skipped.push({ span: spanOf(number.start, number.next - 1), reason });
      return;
    }
    figures.push(figure(number, counted, (counted as Counted).last));
  });

  tokens.forEach((token, index) => {
    // Ordinal rounds: «الجولة الرابعة»، «بالدورة الثانية» (the proclitic left out of the span).
    const article = /^[وفبلك]{0,2}ال/u.exec(token.text);
    const ordinal = tokens[index + 1];
    if (article && ordinal?.word && ROUND_NOUNS.has(nounKey(token.text))) {
      const value = ORDINALS[looseKey(ordinal.text)];
      if (value !== undefined) figures.push({ span: { start: token.start + article[0].length - 2, end: ordinal.end }, value, approximate: false, noun: token.text, unit: ROUND, part: false });
      return;
    }
    // A unit's noun alone: «منذ أسبوعين» → 2 weeks, «منذ نحو أسبوع» → about 1 week.
    if (!token.word || figures.some((found) => found.span.start <= token.start && token.end <= found.span.end)) return;
    const dual = DUALS.get(nounKey(token.text));
    const single = looseKey(token.text) === nounKey(token.text) ? SINGULARS.get(nounKey(token.text)) : undefined;
    const unit = dual ?? single;
    if (unit === undefined) return;
    const hedge = hedgeBefore(tokens, index);
    const lead = key((hedge ?? index) - 1);
    if (!SPAN_LEADS.has(lead) && !(dual && hedge !== undefined)) return;
    const next = tokens[index + 1];
    if (single && next && (/^\p{N}/u.test(next.text) || isMonthAt(tokens, index + 1) || TIME_WORDS.has(key(index + 1)) || key(index + 1) === looseKey('من'))) return;
    figures.push({ span: spanOf(hedge ?? index, index), value: dual ? 2 : 1, approximate: hedge !== undefined, noun: token.text, unit, part: false });
  });

  figures.sort((a, b) => a.span.start - b.span.start);
  return { figures, skipped };
}
