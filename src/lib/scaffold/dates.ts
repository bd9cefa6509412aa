/**
 * The phrases of one paragraph that name a time, with what each means. The rules, tried at each
 * word, first match wins:
 *
 * - **relative**: `(بحلول)? (نهاية|بداية|مطلع|منتصف|أواخر|أوائل) (العام|السنة|الشهر|الأسبوع) (الجاري|المقبل|…)?`,
 *   `(العام|السنة|الشهر|الأسبوع) (المقبل|القادم|الماضي|المنصرم|الجاري|الحالي)`, `(هذا|هذه) (العام|…)`,
 *   `(منذ|قبل) (نحو|حوالي|قرابة)? (N)? (أسبوع|أسبوعين|أسابيع|شهر|عام|سنوات|أيام…)`, the same after
 *   `بعد` (later) unless «من/على» follows (then it counts from another event, not the article),
 *   `أمس`, `أول أمس`, `اليوم` (not «اليوم التالي/نفسه»), `غدا`, `بعد غد` — N in digits or words;
 * - **weekday**: `(يوم)? (الأحد|الاثنين|…|السبت) (المقبل|الماضي…)?`; after `أمس/اليوم/غدا` it is
 *   that day («أمس الأحد»), in one span;
 * - **month**: `(N)? (يناير…ديسمبر | كانون الثاني…كانون الأول) (/تموز)? (YYYY)?` — `مارس`, also a
 *   verb, only with a day, a year or «شهر» before it;
 * - **hijri**: `(N)? (محرم…ذو الحجة) (YYYY)? (هـ)?` and a year before هـ (`١٤٤٣هـ`، `1445 هـ`) — a
 *   month name alone only after «شهر» or for رمضان, since صفر and رجب are words too;
 * - **year**: a 4-digit 19xx/20xx number (or one written with م) after عام/العام/سنة/منذ/في/بحلول…, or
 *   with no noun after it (`عام` and `سنة` are in the span).
 *
 * A weekday right before the explicit date of a day («الثلاثاء 14 مارس»، «يوم الأحد الموافق …»)
 * names that day: both phrases get its key, and become one event with two mentions.
 *
 * The kind is guessed from the wording: «بحلول» → deadline; المقبل/القادم/غدا, or a sentence with
 * «من المقرر/سوف/المقبل…» or that opens on a present or future verb (يلتقى، سيلتقي…) → scheduled;
 * otherwise reported. A stated date (a year; a month with its year; a day, month and year; a
 * Hijri date with its year, converted) is derived here; the rest is resolved against the
 * article's date by resolve-dates.ts, when the author gives it.
 */
import { isCalendarDate } from '../dates';
import type { Span } from '../selectors';
import { fromHijri, hijriMonthSpan } from './calendar';
import { asciiDigits, FUTURE_MARKERS, looseKey, MONTHS, PAST_MARKERS, STOP_WORDS, tokenize, type Token, WEEKDAYS } from './lexicon';
import { hedgeAt, numberAt } from './numbers';
import { unitNounAt } from './unit-nouns';
import { quotedSpans, sentenceEnd, sentenceStart } from './sentences';

export type DateKind = 'reported' | 'scheduled' | 'deadline';

export type Period = 'day' | 'week' | 'month' | 'year';

/** What a time phrase means, before it is resolved against the article's date. */
export type Meaning =
  /** أمس (−1)، اليوم (0)، غدا (+1)، بعد غد (+2)، أول أمس (−2). */
  | { type: 'days'; offset: number }
  /** 0 for Sunday; `direction` when the phrase says it (الماضي/المقبل). */
  | { type: 'weekday'; weekday: number; direction?: 'last' | 'next' }
  /** الأسبوع الماضي (−1)، الشهر الجاري (0)، نهاية العام (0, end)… */
  | { type: 'period'; period: Exclude<Period, 'day'>; offset: number; part?: Part; year?: number }
  /** منذ/قبل (−1) or بعد (+1) N units; no count for «قبل أسابيع». */
  | { type: 'span'; period: Period; count?: number; direction: -1 | 1; approximate: boolean }
  | { type: 'gregorian'; month: number; day?: number; year?: number; direction?: 'last' | 'next'; part?: Part }
  | { type: 'hijri'; month?: number; day?: number; year?: number; direction?: 'last' | 'next' }
  | { type: 'year'; year: number };

export type Part = 'end' | 'start' | 'mid' | 'late' | 'early';

export interface DateFinding {
  span: Span;
  type: 'relative' | 'weekday' | 'month' | 'hijri' | 'year';
  /** Phrases with the same key name the same time and become one proposal. */
  key: string;
  /** An English id for the proposal: `monday`, `end-of-year`, `year-2021`. */
  id: string;
  kind: DateKind;
  meaning: Meaning;
  /** The date, when the text states it. */
  stated?: { date: string; precision: 'day' | 'month' | 'year' | 'approximate'; how?: string };
}

const keys = (words: string): Set<string> => new Set(words.split(/\s+/u).filter(Boolean).map(looseKey));
const folded = <Value>(entries: Record<string, Value>): Record<string, Value> => Object.fromEntries(Object.entries(entries).map(([word, value]) => [looseKey(word), value]));

const PARTS: Record<string, Part> = folded({ نهاية: 'end', بداية: 'start', مطلع: 'start', منتصف: 'mid', أواخر: 'late', أوائل: 'early' });
const PERIODS: Record<string, Exclude<Period, 'day'>> = folded({ العام: 'year', السنة: 'year', الشهر: 'month', الأسبوع: 'week' });
const RELATIVE: Record<string, 'next' | 'last' | 'this'> = folded({
  المقبل: 'next', المقبلة: 'next', القادم: 'next', القادمة: 'next', الماضي: 'last', الماضى: 'last', الماضية: 'last', المنصرم: 'last', الجاري: 'this', الجارى: 'this', الحالي: 'this', الحالى: 'this',
});
const OFFSET = { next: 1, last: -1, this: 0 } as const;
const THIS = keys('هذا هذه');
/** The unit words of «منذ 3 أيام»: their period, and the count a dual or a singular carries. */
const SPAN_WORDS: Record<string, { period: Period; count?: number; english: string }> = folded({
  يوم: { period: 'day', count: 1, english: 'a-day' }, يوما: { period: 'day', english: 'days' }, يومين: { period: 'day', count: 2, english: 'two-days' }, أيام: { period: 'day', english: 'days' },
  أسبوع: { period: 'week', count: 1, english: 'a-week' }, أسبوعا: { period: 'week', english: 'weeks' }, أسبوعين: { period: 'week', count: 2, english: 'two-weeks' }, أسابيع: { period: 'week', english: 'weeks' },
  شهر: { period: 'month', count: 1, english: 'a-month' }, شهرا: { period: 'month', english: 'months' }, شهرين: { period: 'month', count: 2, english: 'two-months' }, أشهر: { period: 'month', english: 'months' }, شهور: { period: 'month', english: 'months' },
  عام: { period: 'year', count: 1, english: 'a-year' }, عاما: { period: 'year', english: 'years' }, عامين: { period: 'year', count: 2, english: 'two-years' }, أعوام: { period: 'year', english: 'years' },
  سنة: { period: 'year', count: 1, english: 'a-year' }, سنتين: { period: 'year', count: 2, english: 'two-years' }, سنوات: { period: 'year', english: 'years' },
});
/** Single words for a day counted from the article's: أمس، اليوم، غدا. */
const DAY_WORDS: Record<string, { offset: number; id: string }> = folded({ أمس: { offset: -1, id: 'yesterday' }, اليوم: { offset: 0, id: 'today' }, غدا: { offset: 1, id: 'tomorrow' }, غداً: { offset: 1, id: 'tomorrow' } });
/** After «اليوم», words that make it «the day» of something, not today. */
const NOT_TODAY = keys('نفسه ذاته ذات التالي السابق الأول الثاني الأخير الذي الذى التي');
const AGO = keys('منذ قبل');
const LATER = keys('بعد');
/** After «بعد يومين», these make it count from another event («بعد يومين من الهجوم»). */
const FROM_EVENT = keys('من على عن');
const YEAR_CONTEXT = keys('عام العام سنة منذ في فى خلال حتى بحلول مطلع أوائل أواخر منتصف نهاية بداية وفي');
const YEAR_WORDS = keys('عام العام سنة');
/** Words that open a time phrase, and may carry و or ف: «وبحلول»، «ومنذ»، «واليوم». */
const LEADS = new Set([...keys('بحلول منذ قبل بعد أمس اليوم غدا هذا هذه'), ...Object.keys(PARTS)]);
/** What may sit between a weekday and the explicit date of the same day. */
const WEEKDAY_DATE_GAP = /^[\s،,(–-]*(?:الموافق|الموافق ل|الموافقة)?[\s،,(–-]*$/u;

const WEEKDAY_NUMBERS: Record<string, number> = { sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6 };

/** Hijri month names, folded, with their number; both names of the fourth and sixth months. */
export const HIJRI_MONTHS: Record<string, number> = {
  محرم: 1, صفر: 2, 'ربيع الأول': 3, 'ربيع الاول': 3, 'ربيع الآخر': 4, 'ربيع الاخر': 4, 'ربيع الثاني': 4,
  'جمادى الأولى': 5, 'جمادى الاولى': 5, 'جمادى الآخرة': 6, 'جمادى الاخرة': 6, 'جمادى الثانية': 6, رجب: 7, شعبان: 8, رمضان: 9, شوال: 10,
  'ذو القعدة': 11, 'ذي القعدة': 11, 'ذو الحجة': 12, 'ذي الحجة': 12,
};
const HIJRI_NAMES = Object.entries(HIJRI_MONTHS)
  .map(([name, month]) => ({ words: name.split(' ').map(looseKey), month }))
  .sort((a, b) => b.words.length - a.words.length);
const ENGLISH_HIJRI = ['muharram', 'safar', 'rabi-al-awwal', 'rabi-al-thani', 'jumada-al-ula', 'jumada-al-akhirah', 'rajab', 'shaban', 'ramadan', 'shawwal', 'dhu-al-qadah', 'dhu-al-hijjah'];
/** A Hijri month unambiguous alone: the others (صفر، رجب، محرم…) are also words or names. */
const HIJRI_ALONE = new Set([9]);
const ERA_HIJRI = /^(?:هـ|ه)\.?$/u;

const MONTH_NAMES = Object.keys(MONTHS).sort((a, b) => b.length - a.length);
const ENGLISH_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

const numeric = (token: Token | undefined): number | undefined => (token && /^[0-9٠-٩۰-۹]+$/u.test(token.text) ? Number(asciiDigits(token.text)) : undefined);
/** A Gregorian year: 19xx or 20xx, bare or with «م» written onto it (2021م). */
const yearOf = (token: Token | undefined): number | undefined => {
  const match = token && /^([0-9٠-٩۰-۹]{4})م?$/u.exec(token.text);
  const year = match ? Number(asciiDigits(match[1] as string)) : undefined;
  return year !== undefined && year >= 1900 && year <= 2099 ? year : undefined;
};
const isDay = (token: Token | undefined): token is Token => (numeric(token) ?? 0) >= 1 && (numeric(token) ?? 0) <= 31;
const key = (token: Token | undefined): string => (token?.word ? looseKey(token.text) : '');
const pad = (value: number): string => String(value).padStart(2, '0');

/** A date written in figures from token `at` — `D/M/YYYY` or `YYYY/M/D`, with / - or . between, no spaces — as `YYYY-MM-DD`. */
function numericDateAt(tokens: Token[], at: number): string | undefined {
  const parts = tokens.slice(at, at + 5);
  if (parts.length < 5 || parts.some((part, index) => index > 0 && part.start !== (parts[index - 1] as Token).end)) return undefined;
  const [a, first, b, second, c] = parts as [Token, Token, Token, Token, Token];
  if (!/^[/.-]$/u.test(first.text) || second.text !== first.text || [a, b, c].some((part) => !/^[0-9٠-٩۰-۹]{1,4}$/u.test(part.text))) return undefined;
  const [x, y, z] = [a, b, c].map((part) => asciiDigits(part.text));
  const [year, month, day] = (x as string).length === 4 ? [x, y, z] : [z, y, x];
  if ((year as string).length !== 4) return undefined;
  const date = `${year}-${(month as string).padStart(2, '0')}-${(day as string).padStart(2, '0')}`;
  return isCalendarDate(date) ? date : undefined;
}

/** Ordinal days, masculine as Arabic writes a day of the month: «السابع من أكتوبر». */
const ORDINAL_UNITS = ['الأول', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس', 'السابع', 'الثامن', 'التاسع'].map(looseKey);
const ORDINAL_ELEVEN = looseKey('الحادي');
const ORDINAL_TENS: Record<string, number> = folded({ العاشر: 10, العشرين: 20, الثلاثين: 30 });

/** An ordinal day followed by «من» at token `at` (الأول… الحادي والثلاثين): the day, and how many tokens with «من». */
function ordinalDayAt(tokens: Token[], at: number): { day: number; length: number } | undefined {
  const first = key(tokens[at]);
  const unit = first === ORDINAL_ELEVEN ? 1 : ORDINAL_UNITS.indexOf(first) + 1;
  let day: number | undefined;
  let length = 1;
  if (unit > 0 && key(tokens[at + 1]) === looseKey('عشر')) [day, length] = [unit + 10, 2];
  else if (unit > 0 && ORDINAL_TENS[key(tokens[at + 1]).replace(/^و/u, '')] !== undefined && key(tokens[at + 1]).startsWith('و')) [day, length] = [unit + (ORDINAL_TENS[key(tokens[at + 1]).slice(1)] as number), 2];
  else if (unit > 0 && first !== ORDINAL_ELEVEN) day = unit;
  else day = ORDINAL_TENS[first];
  if (day === undefined || day > 31 || key(tokens[at + length]) !== looseKey('من')) return undefined;
  return { day, length: length + 1 };
}

/** The Gregorian month name (one or two words) starting at token `at`, and the token after it. */
function monthAt(tokens: Token[], at: number): { month: number; next: number } | undefined {
  if (!tokens[at]?.word) return undefined;
  for (const name of MONTH_NAMES) {
    const words = name.split(' ');
    const span = tokens.slice(at, at + words.length);
    if (span.length === words.length && span.every((token, index) => token.text === words[index])) return { month: MONTHS[name] as number, next: at + words.length };
  }
  return undefined;
}

/** The Hijri month name starting at token `at`, compared folded, and the token after it. */
function hijriMonthAt(tokens: Token[], at: number): { month: number; next: number } | undefined {
  for (const { words, month } of HIJRI_NAMES) {
    const span = tokens.slice(at, at + words.length);
    if (span.length === words.length && span.every((token, index) => key(token) === words[index])) return { month, next: at + words.length };
  }
  return undefined;
}

/** A Hijri year at token `at`: `1443` before هـ, or `١٤٤٣هـ` in one word; the token after it. */
function hijriYearAt(tokens: Token[], at: number): { year: number; next: number } | undefined {
  const token = tokens[at];
  const glued = token && /^([0-9٠-٩۰-۹]{3,4})(?:هـ|ه)$/u.exec(token.text);
  if (glued) return { year: Number(asciiDigits(glued[1] as string)), next: at + 1 + (tokens[at + 1]?.text === '.' ? 1 : 0) };
  const year = numeric(token);
  if (year !== undefined && ERA_HIJRI.test(tokens[at + 1]?.text ?? '')) return { year, next: at + 2 };
  return undefined;
}

/** Nouns that start the way a future verb does (سـ + ي/ت/ن): سياسة، سيارة، سنوات، ستة… */
const LOOKS_FUTURE = /^(?:سياس|سيار|سيطر|سياد|سيد|سين|سيول|سيف|سير|سيبر|سنو|سنه|سنت|سني|سنين|سته|ستين|ستون|ستار)/u;

const CLAUSE_BREAK = /^[،,؛;]$/u;

/** A verb with the future prefix: سيلتقي، وستنتهي، سنواصل. */
const isFutureVerb = (word: string): boolean => {
  const bare = looseKey(word).replace(/^[وف]/u, '');
  return /^س[يتن]\p{L}{2,}$/u.test(bare) && !LOOKS_FUTURE.test(bare);
};

/** The kind a date's wording suggests, from the phrase and, failing that, its sentence. */
export function guessKind(paragraph: string, span: Span): DateKind {
  const phrase = tokenize(paragraph, span.start, span.end).map((token) => looseKey(token.text));
  if (phrase.includes(looseKey('بحلول'))) return 'deadline';
  if (phrase.some((word) => FUTURE_MARKERS.has(word))) return 'scheduled';
  if (phrase.some((word) => PAST_MARKERS.has(word))) return 'reported';
  const quoted = quotedSpans(paragraph);
  const all = tokenize(paragraph, sentenceStart(paragraph, span.start, quoted), sentenceEnd(paragraph, span.end, quoted));
  const sentence = all.filter((token) => token.word);
  // The markers of the future count in the date's own clause: «وصل الأحد، وسيغادر بعد غد».
  const breaks = all.filter((token) => CLAUSE_BREAK.test(token.text) && !quoted.some((inside) => inside.start <= token.start && token.end <= inside.end));
  const clauseStart = breaks.filter((token) => token.end <= span.start).at(-1)?.end ?? 0;
  const clauseEnd = breaks.find((token) => token.start >= span.end)?.start ?? paragraph.length;
  const clause = sentence.filter((token) => token.start >= clauseStart && token.end <= clauseEnd);
  if (clause.some((token) => FUTURE_MARKERS.has(looseKey(token.text)) || isFutureVerb(token.text))) return 'scheduled';
  // A sentence that opens on a present or future verb (يلتقى، ويلتقي، سيلتقي، ستنتهي) tells what is to
  // come. A bare ت is left out: «تشكل» may as well be past.
  const opening = looseKey(sentence[0]?.text ?? '').replace(/^[وف](?=[يس])/u, '');
  if (/^(?:ي|سي|ست|سن)\p{L}{3,}$/u.test(opening) && !STOP_WORDS.has(opening)) return 'scheduled';
  return 'reported';
}

type Found = Omit<DateFinding, 'kind'>;

/** The time phrases of one paragraph, in order. */
export function findDates(paragraph: string): DateFinding[] {
  const tokens = tokenize(paragraph);
  const found: Found[] = [];

  for (let at = 0; at < tokens.length; ) {
    const token = tokens[at] as Token;
    // «وبحلول»، «ومنذ»، «واليوم»: the conjunction stays out of the span.
    const conjunction = token.word && /^[وف]/u.test(token.text) && LEADS.has(looseKey(token.text.slice(1))) ? 1 : 0;
    const here = conjunction ? looseKey(token.text.slice(1)) : key(token);
    const push = (end: number, entry: Omit<Found, 'span'>): void => {
      found.push({ span: { start: token.start + conjunction, end: (tokens[end - 1] as Token).end }, ...entry });
      at = end;
    };

    // بحلول نهاية العام / نهاية العام الجاري
    const by = here === looseKey('بحلول') ? 1 : 0;
    const part = PARTS[by ? key(tokens[at + by]) : here];
    const partPeriod = PERIODS[key(tokens[at + by + 1])];
    if (part && partPeriod) {
      const relative = RELATIVE[key(tokens[at + by + 2])];
      const end = at + by + 2 + (relative ? 1 : 0);
      const id = relative === 'next' || relative === 'last' ? `${part}-of-${relative}-${partPeriod}` : `${part}-of-${partPeriod}`;
      push(end, { type: 'relative', key: `relative:${id}`, id, meaning: { type: 'period', period: partPeriod, offset: relative ? OFFSET[relative] : 0, part } });
      continue;
    }
    // منتصف عام 2026 / بحلول نهاية 2024
    const yearPart = PARTS[by ? key(tokens[at + by]) : here];
    const yearWord = YEAR_WORDS.has(key(tokens[at + by + 1])) ? 1 : 0;
    const partYear = yearPart ? yearOf(tokens[at + by + 1 + yearWord]) : undefined;
    if (yearPart && partYear !== undefined) {
      push(at + by + 2 + yearWord, { type: 'relative', key: `year:${yearPart}-${partYear}`, id: `${yearPart}-of-${partYear}`, meaning: { type: 'period', period: 'year', offset: 0, part: yearPart, year: partYear } });
      continue;
    }
    // العام المقبل / الأسبوع الماضي / هذا العام
    const period = PERIODS[here];
    const relative = RELATIVE[key(tokens[at + 1])];
    if (period && relative) {
      push(at + 2, { type: 'relative', key: `relative:${relative}-${period}`, id: `${relative}-${period}`, meaning: { type: 'period', period, offset: OFFSET[relative] } });
      continue;
    }
    const thisPeriod = THIS.has(here) ? PERIODS[key(tokens[at + 1])] : undefined;
    if (thisPeriod) {
      push(at + 2, { type: 'relative', key: `relative:this-${thisPeriod}`, id: `this-${thisPeriod}`, meaning: { type: 'period', period: thisPeriod, offset: 0 } });
      continue;
    }
    // منذ نحو أسبوع / قبل 3 أشهر / بعد ثلاثة أيام / قبل أسابيع
    const direction = AGO.has(here) ? -1 : LATER.has(here) ? 1 : 0;
    if (direction !== 0) {
      let next = at + 1;
      const hedge = hedgeAt(tokens, next);
      const hedged = hedge > 0;
      next += hedge;
      const count = numberAt(tokens, next);
      const counted = count && !count.vague ? count : undefined;
      if (counted) next = counted.next;
      const unit = SPAN_WORDS[key(tokens[next])];
      const fromEvent = direction === 1 && FROM_EVENT.has(key(tokens[next + 1]));
      // «بعد عام 2003» and «منذ شهر مارس» name a date, not a span.
      const datedNext = yearOf(tokens[next + 1]) !== undefined || monthAt(tokens, next + 1) !== undefined || hijriMonthAt(tokens, next + 1) !== undefined;
      if (unit && !fromEvent && !datedNext && (counted === undefined || unit.count === undefined)) {
        const number = counted?.value ?? unit.count;
        const plural = unit.english.replace(/^(a|two)-/u, '').replace(/^(day|week|month|year)$/u, '$1s');
        const amount = counted ? `${counted.value}-${plural}` : unit.english;
        const id = direction === -1 ? `${hedged ? 'about-' : ''}${amount}-ago` : `${hedged ? 'about-' : ''}in-${amount}`;
        push(next + 1, {
          type: 'relative',
          key: `relative:${id}`,
          id,
          meaning: { type: 'span', period: unit.period, ...(number !== undefined && { count: number }), direction, approximate: hedged || number === undefined },
        });
        continue;
      }
    }
    // أول أمس / أمس الأول / بعد غد
    if ((here === looseKey('أول') && key(tokens[at + 1]) === looseKey('أمس')) || (here === looseKey('أمس') && key(tokens[at + 1]) === looseKey('الأول'))) {
      push(at + 2, { type: 'relative', key: 'relative:day-before-yesterday', id: 'day-before-yesterday', meaning: { type: 'days', offset: -2 } });
      continue;
    }
    if (here === looseKey('بعد') && key(tokens[at + 1]) === looseKey('غد')) {
      push(at + 2, { type: 'relative', key: 'relative:day-after-tomorrow', id: 'day-after-tomorrow', meaning: { type: 'days', offset: 2 } });
      continue;
    }
    // أمس / اليوم / غدا, and the weekday that may follow: «أمس الأحد»
    const dayWord = DAY_WORDS[here];
    const after = tokens[at + 1];
    if (dayWord && !(dayWord.offset === 0 && after?.word && (NOT_TODAY.has(key(after)) || (key(after).startsWith('ال') && !WEEKDAYS[after.text])))) {
      const withWeekday = after?.word && WEEKDAYS[after.text] ? 1 : 0;
      push(at + 1 + withWeekday, { type: 'relative', key: `relative:${dayWord.id}`, id: dayWord.id, meaning: { type: 'days', offset: dayWord.offset } });
      continue;
    }

    // يوم الاثنين المقبل
    const onDay = here === looseKey('يوم') ? 1 : 0;
    const weekday = WEEKDAYS[tokens[at + onDay]?.text ?? ''];
    if (weekday && tokens[at + onDay]?.word) {
      const modifier = RELATIVE[key(tokens[at + onDay + 1])];
      const id = modifier && modifier !== 'this' ? `${modifier}-${weekday}` : weekday;
      const stated = modifier === 'next' || modifier === 'last' ? modifier : undefined;
      push(at + onDay + 1 + (modifier ? 1 : 0), { type: 'weekday', key: `weekday:${id}`, id, meaning: { type: 'weekday', weekday: WEEKDAY_NUMBERS[weekday] as number, ...(stated && { direction: stated }) } });
      continue;
    }

    // 3/5/2024، ٢٠٢٤/٥/٣: a day in figures, day first as Arabic writes it, or year first.
    const numericDay = numericDateAt(tokens, at);
    if (numericDay) {
      push(at + 5, { type: 'month', key: `day:${numericDay}`, id: `day-${numericDay}`, meaning: { type: 'gregorian', month: Number(numericDay.slice(5, 7)), day: Number(numericDay.slice(8)), year: Number(numericDay.slice(0, 4)) }, stated: { date: numericDay, precision: 'day' } });
      continue;
    }

    const day = isDay(token) ? 1 : 0;
    const named = key(tokens[at + day]) === looseKey('شهر') ? 1 : 0;

    // ١٢ ربيع الأول ١٤٤٣هـ / رمضان 1445 هـ / شهر رمضان / 1445 هـ
    const hijri = hijriMonthAt(tokens, at + day + named);
    const hijriYearOnly = !day && !named ? hijriYearAt(tokens, at) : undefined;
    if (hijri || hijriYearOnly) {
      const year = hijri ? hijriYearAt(tokens, hijri.next) : hijriYearOnly;
      const month = hijri?.month;
      const after = year?.next ?? (hijri as { next: number }).next;
      const modifier = year === undefined ? RELATIVE[key(tokens[after])] : undefined;
      const direction = modifier === 'next' || modifier === 'last' ? modifier : undefined;
      if (month === undefined || day || named || year || direction || HIJRI_ALONE.has(month)) {
        const dd = day ? (numeric(token) as number) : undefined;
        const id = [direction, month && ENGLISH_HIJRI[month - 1], dd, year && `${year.year}-ah`].filter(Boolean).join('-') || 'hijri';
        push(after + (modifier ? 1 : 0), {
          type: 'hijri',
          key: `hijri:${id}`,
          id: month === undefined ? `year-${year?.year}-ah` : id,
          meaning: { type: 'hijri', ...(month !== undefined && { month }), ...(dd !== undefined && { day: dd }), ...(year && { year: year.year }), ...(direction && { direction }) },
        });
        const stated = year && statedHijri(year.year, month, dd);
        if (stated) (found.at(-1) as Found).stated = stated;
        continue;
      }
    }

    // 26 يوليو/تموز 2021 / السابع من أكتوبر / منتصف أبريل المقبل
    const ordinal = day ? undefined : ordinalDayAt(tokens, at);
    const monthPart = day || ordinal ? undefined : PARTS[here];
    const lead = day + (ordinal?.length ?? 0) + (monthPart ? 1 : 0);
    const monthNamed = lead > 0 && !day && key(tokens[at + lead]) === looseKey('شهر') ? 1 : 0;
    const month = monthAt(tokens, at + lead + (day ? named : monthNamed));
    if (month) {
      let next = month.next;
      // يوليو/تموز, يوليو (تموز)
      if (tokens[next]?.text === '/' || tokens[next]?.text === '(') {
        const second = monthAt(tokens, next + 1);
        if (second?.month === month.month) next = second.next + (tokens[second.next]?.text === ')' ? 1 : 0);
      }
      const year = yearOf(tokens[next]);
      if (year !== undefined) next++;
      // «فبراير الماضي»، «أكتوبر المقبل»: the modifier is in the span, and says which one.
      const modifier = year === undefined ? RELATIVE[key(tokens[next])] : undefined;
      if (modifier) next++;
      const ambiguous = tokens[at + lead + named]?.text === 'مارس' && lead === 0 && !named && year === undefined;
      if (!ambiguous) {
        const dd = day ? (numeric(token) as number) : ordinal?.day;
        const english = ENGLISH_MONTHS[month.month - 1] as string;
        const id = [monthPart && `${monthPart}-of`, english, dd, year].filter((part) => part !== undefined).join('-');
        const stated = year === undefined || monthPart ? undefined : dd ? { date: `${year}-${pad(month.month)}-${pad(dd)}`, precision: 'day' as const } : { date: `${year}-${pad(month.month)}`, precision: 'month' as const };
        const direction = modifier === 'next' || modifier === 'last' ? modifier : undefined;
        const named = direction ? `${direction}-${id}` : id;
        push(next, {
          type: 'month',
          key: `month:${named}`,
          id: named,
          meaning: { type: 'gregorian', month: month.month, ...(dd !== undefined && { day: dd }), ...(year !== undefined && { year }), ...(direction && { direction }), ...(monthPart && { part: monthPart }) },
          ...(stated && { stated }),
        });
        continue;
      }
    }

    // عام 2021 / منذ 2014
    const yearNamed = YEAR_WORDS.has(here) && yearOf(tokens[at + 1]) !== undefined ? 1 : 0;
    const year = yearOf(tokens[at + yearNamed]);
    if (year !== undefined) {
      const before = key(tokens[at - 1]);
      // «2000 جندي» counts; «نسخة ٢٠٣٠ لملف» names a year.
      const counts = unitNounAt(tokens, at + yearNamed + 1) !== undefined;
      if (yearNamed || YEAR_CONTEXT.has(before) || !counts) {
        push(at + yearNamed + 1, { type: 'year', key: `year:${year}`, id: `year-${year}`, meaning: { type: 'year', year }, stated: { date: String(year), precision: 'year' } });
        continue;
      }
    }
    at++;
  }

  // «الثلاثاء 14 مارس»: the weekday names the day the date after it states.
  found.forEach((finding, index) => {
    const next = found[index + 1];
    const dated = next && ((next.meaning.type === 'gregorian' && next.meaning.day !== undefined) || (next.meaning.type === 'hijri' && next.meaning.day !== undefined));
    if (finding.type !== 'weekday' || !next || !dated || !WEEKDAY_DATE_GAP.test(paragraph.slice(finding.span.end, next.span.start))) return;
    Object.assign(finding, { key: next.key, id: next.id, meaning: next.meaning, ...(next.stated && { stated: next.stated }) });
  });

  return found.map((finding) => ({ ...finding, kind: guessKind(paragraph, finding.span) }));
}

/** A Hijri date with its year, converted: a day is a day; a month or a year, its first day, approximately. */
function statedHijri(year: number, month: number | undefined, day: number | undefined): NonNullable<DateFinding['stated']> | undefined {
  if (month !== undefined && day !== undefined) {
    const date = fromHijri(year, month, day);
    return date ? { date, precision: 'day', how: `${day}/${month}/${year}هـ بتقويم أم القرى يوافق ${date}` } : undefined;
  }
  if (month !== undefined) {
    const span = hijriMonthSpan(year, month);
    return span && { date: span.first, precision: 'approximate', how: `الشهر ${month} من عام ${year}هـ بتقويم أم القرى يمتد من ${span.first} إلى ${span.last}؛ كُتب أوله بدقة تقريبية` };
  }
  const first = fromHijri(year, 1, 1);
  const last = fromHijri(year + 1, 1, 1);
  return first && last ? { date: first, precision: 'approximate', how: `عام ${year}هـ بتقويم أم القرى يمتد من ${first} إلى ${last}؛ كُتب أوله بدقة تقريبية` } : undefined;
}
