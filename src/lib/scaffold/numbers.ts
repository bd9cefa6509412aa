/**
 * Numbers as Arabic news writes them, read from a paragraph's tokens:
 *
 * - digits, Western (0-9), Arabic-Indic (٠-٩) or Persian (۰-۹), grouped with `,` or `٬` and with
 *   a decimal `.` or `٫` (`3,500`، `٣٬٥٠٠`، `٢٫٥`);
 * - words: one to ten (واحد… عشرة, masculine and feminine, any case ending), eleven to nineteen
 *   (ثلاثة عشر), the tens (عشرون… تسعون) and «خمسة وعشرون», مئة/مائة and its multiples,
 *   ألف/ألفان/آلاف, مليون, مليار, with their duals and plurals;
 * - a multiplier after a number (ألف، آلاف، مليون، ملايين، مليار، مليارات) multiplies it, and
 *   «ونصف» after it adds half of it: «1.5 مليار» and «مليار ونصف» are both 1500000000;
 * - the vague plurals عشرات، مئات، آلاف، ملايين standing alone («عشرات القتلى») are the
 *   smallest number they can mean, one ten, hundred, thousand or million, marked `vague`.
 */
import { asciiDigits, looseKey, tokenize, type Token } from './lexicon';

/** One written number: its tokens, from `start` to before `next`, and what it is worth. */
export interface ReadNumber {
  /** The index of its first token. */
  start: number;
  /** The index of the first token after it. */
  next: number;
  value: number;
  /** True when written in words, not digits. */
  words: boolean;
  /** True for «عشرات/مئات/آلاف» alone: a count the article does not give exactly. */
  vague: boolean;
  /** The last multiplier applied (ألف → 1000), 1 for none: the other end of a range may share it. */
  multiplier: number;
}

const fold = (word: string): string => looseKey(word);
const table = (entries: Record<string, number>): Map<string, number> => new Map(Object.entries(entries).flatMap(([words, value]) => words.split(' ').map((word) => [fold(word), value] as const)));

/** One to ten, and the words counted in units: the feminine (ثلاث) and masculine (ثلاثة) forms, and the cases. */
const UNITS = table({
  'واحد واحدة واحدا': 1,
  'اثنان اثنين اثنتان اثنتين اثنا اثنتا': 2,
  'ثلاث ثلاثة': 3,
  'أربع أربعة': 4,
  'خمس خمسة': 5,
  'ست ستة': 6,
  'سبع سبعة': 7,
  'ثماني ثمانية ثمان': 8,
  'تسع تسعة': 9,
});
const TEN = table({ 'عشر عشرة': 10 });
/** «أحد عشر»، «إحدى عشرة»: one, only before ten. */
const ONE_OF_ELEVEN = table({ 'أحد إحدى احدى': 1 });
const TENS = table({
  'عشرون عشرين': 20,
  'ثلاثون ثلاثين': 30,
  'أربعون أربعين': 40,
  'خمسون خمسين': 50,
  'ستون ستين': 60,
  'سبعون سبعين': 70,
  'ثمانون ثمانين': 80,
  'تسعون تسعين': 90,
});
const HUNDREDS = table({
  'مئة مائة': 100,
  'مئتان مئتين مئتا مئتي مائتان مائتين مائتا مائتي': 200,
  'ثلاثمئة ثلاثمائة': 300,
  'أربعمئة أربعمائة': 400,
  'خمسمئة خمسمائة': 500,
  'ستمئة ستمائة': 600,
  'سبعمئة سبعمائة': 700,
  'ثمانمئة ثمانمائة ثمانيمئة': 800,
  'تسعمئة تسعمائة': 900,
});
/** A multiplier after a number: singular (and accusative, «438 ألفاً») and plural. */
const MULTIPLIERS = table({ 'ألف ألفا': 1e3, 'آلاف الاف': 1e3, 'مليون مليونا ملايين': 1e6, 'مليار مليارا مليارات بليون': 1e9 });
/** Duals, worth two of the multiplier; «ألفا لاجئ» (two thousand refugees) too, where after a number «ألفاً» is one thousand. */
const DUAL_MULTIPLIERS = table({ 'ألفان ألفين ألفي ألفا': 2e3, 'مليونان مليونين مليوني مليونا': 2e6, 'ملياران مليارين ملياري مليارا': 2e9 });
const VAGUE = table({ 'عشرات': 10, 'مئات': 100, 'آلاف': 1e3, 'ملايين': 1e6, 'مليارات': 1e9 });
const HALF = fold('ونصف');

const DIGITS = /^[0-9٠-٩۰-۹]+$/u;
const SEPARATOR = /^[.,٫٬]$/u;

/** A word without a leading و, for the second part of «خمسة وعشرون». */
const afterAnd = (token: Token | undefined): string | undefined => (token?.word && /^و/u.test(token.text) ? fold(token.text.slice(1)) : undefined);

/** Hedges, as folded word sequences, that make the number after them approximate. */
const HEDGES: string[][] = ['نحو', 'حوالي', 'حوالى', 'قرابة', 'زهاء', 'يقارب', 'ما يقارب', 'ما يقرب من', 'أكثر من', 'أقل من', 'أزيد من', 'ما يزيد على', 'ما يزيد عن', 'ما لا يقل عن', 'أكثر من نحو', 'ما بين', 'نحو من']
  .map((hedge) => hedge.split(' ').map(looseKey))
  .sort((a, b) => b.length - a.length);

/** The hedge that ends right before token `at`: the index of its first token. */
export function hedgeBefore(tokens: Token[], at: number): number | undefined {
  for (const hedge of HEDGES) {
    const start = at - hedge.length;
    // The first word may carry و or ب: «وبنحو»، «بحوالي».
    const matches = (word: string, index: number): boolean => {
      const key = tokens[start + index]?.word ? looseKey(tokens[start + index]?.text ?? '') : '';
      return key === word || (index === 0 && key.replace(/^و?ب?/u, '') === word);
    };
    if (start >= 0 && hedge.every(matches)) {
      // «ما بين» opens a range, it hedges nothing.
      return hedge.join(' ') === looseKey('ما بين') ? undefined : start;
    }
  }
  return undefined;
}

/** The number of tokens of the hedge that starts at token `at`, 0 for none: «منذ أكثر من سبعة أشهر». */
export function hedgeAt(tokens: Token[], at: number): number {
  for (const hedge of HEDGES) {
    if (hedge.join(' ') !== looseKey('ما بين') && hedge.every((word, index) => tokens[at + index]?.word && looseKey(tokens[at + index]?.text ?? '') === word)) return hedge.length;
  }
  return 0;
}

/** `3,500` → 3500, `2.5` → 2.5, `٣٥٠٠` → 3500. A comma before groups of three digits groups thousands. */
export function parseNumber(written: string): number {
  const ascii = asciiDigits(written).replace(/٬/gu, ',').replace(/٫/gu, '.');
  const grouped = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/u.test(ascii) ? ascii.replace(/,/gu, '') : ascii.replace(/,/gu, '.');
  return Number(grouped);
}

/** Digits with their separators, as one number, from token `at`: `3`, `,`, `500` → 3,500. */
function digitsAt(tokens: Token[], at: number): { text: string; next: number } | undefined {
  const first = tokens[at];
  if (!first || !DIGITS.test(first.text)) return undefined;
  let next = at + 1;
  let end = first.end;
  while (SEPARATOR.test(tokens[next]?.text ?? '') && tokens[next]?.start === end && DIGITS.test(tokens[next + 1]?.text ?? '') && tokens[next + 1]?.start === (tokens[next] as Token).end) {
    end = (tokens[next + 1] as Token).end;
    next += 2;
  }
  return { text: tokens.slice(at, next).map((token) => token.text).join(''), next };
}

/** A number in words below a thousand from token `at`: «خمسة وعشرون»، «ثلاثة عشر»، «مئتان وخمسون». */
function wordsAt(tokens: Token[], at: number): { value: number; next: number } | undefined {
  const word = tokens[at]?.word ? fold(tokens[at]?.text ?? '') : '';
  let value: number | undefined;
  let next = at + 1;
  const hundreds = HUNDREDS.get(word);
  if (hundreds !== undefined) {
    value = hundreds;
    const rest = afterAnd(tokens[next]);
    const more = rest === undefined ? undefined : wordsAt([{ ...(tokens[next] as Token), text: rest }, ...tokens.slice(next + 1)], 0);
    if (more && more.value < 100) return { value: hundreds + more.value, next: next + more.next };
    return { value, next };
  }
  const unit = UNITS.get(word);
  if (unit !== undefined) {
    value = unit;
    if (TEN.has(tokens[next]?.word ? fold(tokens[next]?.text ?? '') : '')) return { value: unit + 10, next: next + 1 };
    const tens = TENS.get(afterAnd(tokens[next]) ?? '');
    if (tens !== undefined) return { value: unit + tens, next: next + 1 };
    return { value, next };
  }
  if (ONE_OF_ELEVEN.has(word) && TEN.has(tokens[next]?.word ? fold(tokens[next]?.text ?? '') : '')) return { value: 11, next: next + 1 };
  value = TEN.get(word) ?? TENS.get(word);
  return value === undefined ? undefined : { value, next };
}

/** One number without the parts added to it after و: digits or words, then its multipliers. */
function partAt(tokens: Token[], at: number): ReadNumber | undefined {
  const token = tokens[at];
  if (!token?.word) return undefined;
  const key = fold(token.text);
  const digits = digitsAt(tokens, at);
  const dual = DUAL_MULTIPLIERS.get(key);
  if (dual !== undefined) return { start: at, next: at + 1, value: dual, words: true, vague: false, multiplier: dual / 2 };
  // «مليون دولار», «آلاف الجنود»: a multiplier alone counts one of itself; «عشرات» one ten.
  const vague = !digits && VAGUE.has(key);
  const base = digits ? { value: parseNumber(digits.text), next: digits.next } : (wordsAt(tokens, at) ?? (MULTIPLIERS.has(key) ? { value: 1, next: at } : vague ? { value: VAGUE.get(key) as number, next: at + 1 } : undefined));
  if (!base) return undefined;

  let { value, next } = base;
  let multiplier = 1;
  for (;;) {
    const word = tokens[next]?.word ? fold(tokens[next]?.text ?? '') : '';
    // «عشرات الآلاف»: after a vague plural, the multiplier takes the article.
    const found = MULTIPLIERS.get(word) ?? (vague ? MULTIPLIERS.get(word.replace(/^ال/u, '')) : undefined);
    if (found === undefined) break;
    value *= found;
    multiplier = found;
    next++;
  }
  if (multiplier > 1 && tokens[next]?.word && fold(tokens[next]?.text ?? '') === HALF) {
    value += multiplier / 2;
    next++;
  }
  return { start: at, next, value, words: !digits, vague, multiplier };
}

/**
 * The number written from token `at`, if one starts there: a part, and the smaller parts added
 * to it after و once it ends on a multiplier («ألفين وخمسمائة»، «مليونين و438 ألفاً و954»).
 */
export function numberAt(tokens: Token[], at: number): ReadNumber | undefined {
  const first = partAt(tokens, at);
  if (!first || first.vague) return first;
  let { value, next, multiplier } = first;
  while (multiplier > 1) {
    const and = tokens[next];
    // «و» alone before digits (split off them), or written onto a word: «وخمسمائة».
    const part =
      and?.text === 'و' ? partAt(tokens, next + 1) : and?.word && /^و\p{L}/u.test(and.text) ? partAt(tokens.with(next, { ...and, text: and.text.slice(1), start: and.start + 1 }), next) : undefined;
    if (!part || part.vague || part.value >= multiplier) break;
    value += part.value;
    next = part.next;
    multiplier = part.multiplier;
  }
  return { ...first, value, next, multiplier };
}

/** Every number of a paragraph, in order, none overlapping another. */
export function findNumbers(paragraph: string): { tokens: Token[]; numbers: ReadNumber[] } {
  // «و800» is «و» and «800»: the second end of «بين 300 و800».
  const tokens = tokenize(paragraph).flatMap((token) =>
    /^و[0-9٠-٩۰-۹]+$/u.test(token.text) ? [{ ...token, text: 'و', end: token.start + 1 }, { ...token, text: token.text.slice(1), start: token.start + 1 }] : [token],
  );
  const numbers: ReadNumber[] = [];
  for (let at = 0; at < tokens.length; ) {
    // A digit glued to a letter («2021م»، «F16») is a code or a date mark, not a count.
    const token = tokens[at] as Token;
    let found = /^[0-9٠-٩۰-۹]+\p{L}/u.test(token.text) ? undefined : numberAt(tokens, at);
    // «وعشرات»، «وثلاثة آلاف»: a number after و, which is split off it.
    if (!found && /^و\p{L}{2,}/u.test(token.text)) {
      const split = [{ ...token, text: 'و', end: token.start + 1 }, { ...token, text: token.text.slice(1), start: token.start + 1 }];
      const candidate = [...tokens.slice(0, at), ...split, ...tokens.slice(at + 1)];
      const inside = numberAt(candidate, at + 1);
      if (inside) {
        tokens.splice(at, 1, ...split);
        found = inside;
      }
    }
    if (found) {
      numbers.push(found);
      at = found.next;
    } else {
      at++;
    }
  }
  return { tokens, numbers };
}
