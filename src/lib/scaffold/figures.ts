/**
 * The numbers of one paragraph, with what they count. The rules:
 *
 * - A number (Western, Arabic-Indic or Eastern Arabic-Indic digits, `3,500` and `2.5` included)
 *   followed by the noun it counts is a figure: `2500 جندى`، `2500 أمريكى`. One adjective right
 *   after the noun is included (`3500 جندى أجنبى`). A multiplier between them (ألف، مليون،
 *   مليار) multiplies the value.
 * - A hedge right before it (نحو، حوالي، قرابة، زهاء) makes it `approximate` and is in the span.
 * - `unit` comes from the noun when the schema knows it (جندي/جنود → troops; جولة → round;
 *   أسبوع → week); any other noun is still proposed, with `unit` left for the author (flagged).
 * - An ordinal round (`الجولة الرابعة`) is the round's number: value 4, unit round.
 * - A bare week with a hedge or «منذ/خلال/بعد/لمدة» before it (`منذ نحو أسبوع`) is 1 week
 *   (أسبوعين: 2); the span leaves «منذ» out, for the date that holds it.
 * - Not figures, and reported as skipped: a year (a 4-digit 19xx/20xx after عام، منذ، في…, or
 *   with no noun after it), a day of the month (`26 يوليو`), a number with no noun after it.
 */
import type { Span } from '../selectors';
import { APPROXIMATELY, asciiDigits, looseKey, MONTHS, STOP_WORDS, TIME_WORDS, tokenize, type Token } from './lexicon';

export type Unit = 'troops' | 'round' | 'week';

export interface FigureFinding {
  span: Span;
  value: number;
  approximate: boolean;
  /** The counted noun as written. */
  noun: string;
  /** The schema's unit for the noun, when it has one. */
  unit?: Unit;
  /** True after «بينهم/منهم»: a part of a figure named before it. */
  part: boolean;
}

export interface SkippedNumber {
  span: Span;
  reason: string;
}

const keys = (words: string): Set<string> => new Set(words.split(/\s+/u).filter(Boolean).map(looseKey));

/** Nouns by the unit they count, in their folded forms (ى→ي, ة→ه), article stripped. */
const UNIT_NOUNS: Record<Unit, Set<string>> = {
  troops: keys('جندي جنود جنديا عسكري عسكريين عسكريون مقاتل مقاتلين مقاتلون جندى'),
  round: keys('جولة جولات'),
  week: keys('أسبوع أسابيع أسبوعا أسبوعاً أسبوعين'),
};

const MULTIPLIERS: Record<string, number> = { [looseKey('ألف')]: 1e3, [looseKey('آلاف')]: 1e3, [looseKey('مليون')]: 1e6, [looseKey('ملايين')]: 1e6, [looseKey('مليار')]: 1e9, [looseKey('مليارات')]: 1e9 };

/** Words after which a 19xx/20xx number is a year. */
const YEAR_CONTEXT = keys('عام العام سنة منذ في فى خلال حتى بحلول مطلع أوائل أواخر منتصف نهاية بداية وفي');

/** Words after which a figure is a part of one named before: «بينهم 2500 أمريكى». */
const PART_OF = keys('بينهم منهم بينها منها');

const ORDINALS: Record<string, number> = Object.fromEntries(
  ['الأولى', 'الثانية', 'الثالثة', 'الرابعة', 'الخامسة', 'السادسة', 'السابعة', 'الثامنة', 'التاسعة', 'العاشرة'].map((word, index) => [looseKey(word), index + 1]),
);

const NUMBER = /(?<![\p{L}\p{M}\p{N}.,٫٬])[0-9٠-٩۰-۹]+(?:[.,٫٬][0-9٠-٩۰-۹]+)*(?![\p{L}\p{M}\p{N}])/gu;

/** The unit a noun counts, if the schema has one for it. */
export function unitOf(noun: string): Unit | undefined {
  const key = looseKey(noun).replace(/^(?:ال|[وفبل]ال)/u, '');
  return (Object.keys(UNIT_NOUNS) as Unit[]).find((unit) => UNIT_NOUNS[unit].has(key));
}

/** `3,500` → 3500, `2.5` → 2.5, `٣٥٠٠` → 3500. A comma before three digits groups thousands. */
export function parseNumber(written: string): number {
  const ascii = asciiDigits(written).replace(/٬/gu, ',').replace(/٫/gu, '.');
  const grouped = /^\d{1,3}(?:,\d{3})+$/u.test(ascii) ? ascii.replace(/,/gu, '') : ascii.replace(/,/gu, '.');
  return Number(grouped);
}

/** True for a word that reads as an adjective after a counted noun: أجنبى، أمريكيين… */
const isAdjective = (word: string): boolean => {
  const key = looseKey(word);
  return key.length >= 4 && /(?:ي|يه|يون|يين)$/u.test(key) && !STOP_WORDS.has(key) && !TIME_WORDS.has(key);
};

const isNoun = (token: Token | undefined): token is Token => token !== undefined && token.word && !/^\p{N}+$/u.test(token.text) && !STOP_WORDS.has(looseKey(token.text)) && !TIME_WORDS.has(looseKey(token.text));

/** The figures of one paragraph, and the numbers it left alone (with why). */
export function findFigures(paragraph: string): { figures: FigureFinding[]; skipped: SkippedNumber[] } {
  const tokens = tokenize(paragraph);
  const figures: FigureFinding[] = [];
  const skipped: SkippedNumber[] = [];
  const indexAt = (offset: number): number => tokens.findIndex((token) => token.start >= offset);

  for (const match of paragraph.matchAll(NUMBER)) {
    const number: Span = { start: match.index, end: match.index + match[0].length };
    const first = tokens.findIndex((token) => token.start === number.start);
    const last = indexAt(number.end);
    const before = tokens.slice(0, first).at(-1);
    const beforeKey = before?.word ? looseKey(before.text) : '';
    let value = parseNumber(match[0]);
    let next = last === -1 ? tokens.length : last;

    const multiplier = tokens[next]?.word ? MULTIPLIERS[looseKey(tokens[next]?.text ?? '')] : undefined;
    if (multiplier !== undefined) {
      value *= multiplier;
      next++;
    }
    const noun = tokens[next];
    const yearLike = /^\d{4}$/u.test(asciiDigits(match[0])) && value >= 1900 && value <= 2099;
    if (noun?.word && MONTHS[noun.text] !== undefined) {
      skipped.push({ span: number, reason: 'a day of the month: see the dates' });
      continue;
    }
    if (yearLike && (YEAR_CONTEXT.has(beforeKey) || !isNoun(noun) || (before !== undefined && MONTHS[before.text] !== undefined))) {
      skipped.push({ span: number, reason: 'a year: see the dates' });
      continue;
    }
    if (!isNoun(noun)) {
      skipped.push({ span: number, reason: 'no noun after it says what it counts' });
      continue;
    }
    const adjective = tokens[next + 1];
    const end = adjective && isAdjective(adjective.text) && paragraph.slice(noun.end, adjective.start).trim() === '' ? adjective.end : noun.end;
    const approximate = APPROXIMATELY.has(beforeKey);
    const start = approximate && before ? before.start : number.start;
    const hedgeOrNumber = approximate ? tokens.slice(0, first - 1).at(-1) : before;
    const unit = unitOf(noun.text);
    figures.push({
      span: { start, end },
      value,
      approximate,
      noun: noun.text,
      ...(unit && { unit }),
      part: hedgeOrNumber !== undefined && PART_OF.has(looseKey(hedgeOrNumber.text)),
    });
  }

  // Ordinal rounds: «الجولة الرابعة».
  tokens.forEach((token, index) => {
    const round = /^([وفبلك]{0,2})(ال)جول[ةه]$/u.exec(token.text);
    const ordinal = tokens[index + 1];
    if (!round || !ordinal?.word) return;
    const value = ORDINALS[looseKey(ordinal.text)];
    if (value === undefined) return;
    figures.push({ span: { start: token.start + (round[1] ?? '').length, end: ordinal.end }, value, approximate: false, noun: token.text, unit: 'round', part: false });
  });

  // A bare week: «منذ نحو أسبوع» → about 1 week.
  tokens.forEach((token, index) => {
    const key = looseKey(token.text);
    const weeks = key === looseKey('أسبوع') ? 1 : key === looseKey('أسبوعين') ? 2 : undefined;
    if (weeks === undefined) return;
    const before = tokens[index - 1];
    const hedged = before?.word === true && APPROXIMATELY.has(looseKey(before.text));
    const lead = hedged ? tokens[index - 2] : before;
    if (!lead?.word || !keys('منذ خلال بعد لمدة قبل').has(looseKey(lead.text))) return;
    figures.push({ span: { start: hedged && before ? before.start : token.start, end: token.end }, value: weeks, approximate: hedged, noun: token.text, unit: 'week', part: false });
  });

  figures.sort((a, b) => a.span.start - b.span.start);
  return { figures, skipped };
}
