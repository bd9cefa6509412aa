/**
 * The phrases of one paragraph that name a time. The rules, tried at each word, first match wins:
 *
 * - **relative**: `(بحلول)? (نهاية|بداية|مطلع|منتصف|أواخر|أوائل) (العام|السنة|الشهر|الأسبوع) (الجاري|المقبل|…)?`,
 *   `(العام|السنة|الشهر|الأسبوع) (المقبل|القادم|الماضي|المنصرم|الجاري|الحالي)`,
 *   `منذ (نحو|حوالي|قرابة)? (N)? (أسبوع|أسبوعين|أسابيع|شهر|عام|سنوات|أيام…)`, `أمس`, `غدا`;
 * - **weekday**: `(يوم)? (الأحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت) (المقبل|الماضي…)?`;
 * - **month**: `(N)? (يناير…ديسمبر | كانون الثاني…كانون الأول) (/تموز)? (YYYY)?` — `مارس`, also a
 *   verb, only with a day, a year or «شهر» before it;
 * - **year**: a 4-digit 19xx/20xx number after عام/العام/سنة/منذ/في/بحلول…, or with no noun
 *   after it (`عام` and `سنة` are in the span).
 *
 * The kind is guessed from the wording: «بحلول» → deadline; المقبل/القادم/غدا, or a sentence with
 * «من المقرر/سوف/المقبل…» or that opens on a present or future verb (يلتقى، سيلتقي…) → scheduled; otherwise
 * reported. The date is derived only when the text states it (a year; a month with its year; a
 * day, month and year); otherwise the proposal carries a placeholder for the author to resolve.
 */
import type { Span } from '../selectors';
import { asciiDigits, FUTURE_MARKERS, looseKey, MONTHS, PAST_MARKERS, STOP_WORDS, TIME_WORDS, tokenize, type Token, WEEKDAYS } from './lexicon';
import { quotedSpans, sentenceEnd, sentenceStart } from './sentences';

export type DateKind = 'reported' | 'scheduled' | 'deadline';

export interface DateFinding {
  span: Span;
  type: 'relative' | 'weekday' | 'month' | 'year';
  /** Phrases with the same key name the same time and become one proposal. */
  key: string;
  /** An English id for the proposal: `monday`, `end-of-year`, `year-2021`. */
  id: string;
  kind: DateKind;
  /** The date, when the text states it. */
  stated?: { date: string; precision: 'day' | 'month' | 'year' };
}

const keys = (words: string): Set<string> => new Set(words.split(/\s+/u).filter(Boolean).map(looseKey));

const PARTS: Record<string, string> = Object.fromEntries(
  Object.entries({ نهاية: 'end', بداية: 'start', مطلع: 'start', منتصف: 'mid', أواخر: 'late', أوائل: 'early' }).map(([word, english]) => [looseKey(word), english]),
);
const PERIODS: Record<string, string> = Object.fromEntries(
  Object.entries({ العام: 'year', السنة: 'year', الشهر: 'month', الأسبوع: 'week' }).map(([word, english]) => [looseKey(word), english]),
);
const RELATIVE: Record<string, string> = Object.fromEntries(
  Object.entries({ المقبل: 'next', المقبلة: 'next', القادم: 'next', القادمة: 'next', الماضي: 'last', الماضى: 'last', الماضية: 'last', المنصرم: 'last', الجاري: 'this', الجارى: 'this', الحالي: 'this', الحالى: 'this' }).map(
    ([word, english]) => [looseKey(word), english],
  ),
);
const SPANS_AGO: Record<string, string> = Object.fromEntries(
  Object.entries({
    يوم: 'a-day', يومين: 'two-days', أيام: 'days', أسبوع: 'a-week', أسبوعين: 'two-weeks', أسابيع: 'weeks', شهر: 'a-month', شهرين: 'two-months', أشهر: 'months', شهور: 'months',
    عام: 'a-year', عامين: 'two-years', أعوام: 'years', سنة: 'a-year', سنتين: 'two-years', سنوات: 'years',
  }).map(([word, english]) => [looseKey(word), english]),
);
const HEDGES = keys('نحو حوالي حوالى قرابة زهاء');
const YEAR_CONTEXT = keys('عام العام سنة منذ في فى خلال حتى بحلول مطلع أوائل أواخر منتصف نهاية بداية وفي');
const YEAR_WORDS = keys('عام العام سنة');

const MONTH_NAMES = Object.keys(MONTHS).sort((a, b) => b.length - a.length);
const ENGLISH_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

const isYear = (token: Token | undefined): token is Token => token !== undefined && /^\d{4}$/u.test(asciiDigits(token.text)) && Number(asciiDigits(token.text)) >= 1900 && Number(asciiDigits(token.text)) <= 2099;
const isDay = (token: Token | undefined): token is Token => token !== undefined && /^\d{1,2}$/u.test(asciiDigits(token.text)) && Number(asciiDigits(token.text)) >= 1 && Number(asciiDigits(token.text)) <= 31;
const key = (token: Token | undefined): string => (token?.word ? looseKey(token.text) : '');

/** The month name (one or two words) starting at token `at`, and the token after it. */
function monthAt(tokens: Token[], at: number): { month: number; next: number } | undefined {
  const start = tokens[at];
  if (!start?.word) return undefined;
  for (const name of MONTH_NAMES) {
    const words = name.split(' ');
    const span = tokens.slice(at, at + words.length);
    if (span.length === words.length && span.every((token, index) => token.text === words[index])) return { month: MONTHS[name] as number, next: at + words.length };
  }
  return undefined;
}

/** The kind a date's wording suggests, from the phrase and, failing that, its sentence. */
export function guessKind(paragraph: string, span: Span): DateKind {
  const phrase = tokenize(paragraph, span.start, span.end).map((token) => looseKey(token.text));
  if (phrase.includes(looseKey('بحلول'))) return 'deadline';
  if (phrase.some((word) => FUTURE_MARKERS.has(word))) return 'scheduled';
  if (phrase.some((word) => PAST_MARKERS.has(word))) return 'reported';
  const quoted = quotedSpans(paragraph);
  const sentence = tokenize(paragraph, sentenceStart(paragraph, span.start, quoted), sentenceEnd(paragraph, span.end, quoted)).filter((token) => token.word);
  if (sentence.some((token) => FUTURE_MARKERS.has(looseKey(token.text)))) return 'scheduled';
  // A sentence that opens on a present or future verb (يلتقى، ويلتقي، سيلتقي، ستنتهي) tells what is to
  // come. A bare ت is left out: «تشكل» may as well be past.
  const opening = looseKey(sentence[0]?.text ?? '').replace(/^[وف](?=[يس])/u, '');
  if (/^(?:ي|سي|ست|سن)\p{L}{3,}$/u.test(opening) && !STOP_WORDS.has(opening)) return 'scheduled';
  return 'reported';
}

/** The time phrases of one paragraph, in order. */
export function findDates(paragraph: string): DateFinding[] {
  const tokens = tokenize(paragraph);
  const found: Omit<DateFinding, 'kind'>[] = [];

  for (let at = 0; at < tokens.length; ) {
    const token = tokens[at] as Token;
    const here = key(token);
    const push = (end: number, entry: Omit<DateFinding, 'kind' | 'span'>): void => {
      found.push({ span: { start: token.start, end: (tokens[end - 1] as Token).end }, ...entry });
      at = end;
    };

    // بحلول نهاية العام / نهاية العام الجاري
    const by = here === looseKey('بحلول') ? 1 : 0;
    const part = PARTS[key(tokens[at + by])];
    const partPeriod = PERIODS[key(tokens[at + by + 1])];
    if (part && partPeriod) {
      const relative = RELATIVE[key(tokens[at + by + 2])];
      const end = at + by + 2 + (relative ? 1 : 0);
      const id = relative === 'next' || relative === 'last' ? `${part}-of-${relative}-${partPeriod}` : `${part}-of-${partPeriod}`;
      push(end, { type: 'relative', key: `relative:${id}`, id });
      continue;
    }
    // العام المقبل / الأسبوع الماضي
    const period = PERIODS[here];
    const relative = RELATIVE[key(tokens[at + 1])];
    if (period && relative) {
      push(at + 2, { type: 'relative', key: `relative:${relative}-${period}`, id: `${relative}-${period}` });
      continue;
    }
    // منذ نحو أسبوع / منذ 3 أشهر
    if (here === looseKey('منذ')) {
      let next = at + 1;
      const hedged = HEDGES.has(key(tokens[next]));
      if (hedged) next++;
      const count = tokens[next] && /^\p{N}+$/u.test(tokens[next]?.text ?? '') ? (tokens[next] as Token).text : undefined;
      if (count !== undefined) next++;
      const ago = SPANS_AGO[key(tokens[next])];
      if (ago) {
        const id = `${hedged ? 'about-' : ''}${count !== undefined ? `${asciiDigits(count)}-` : ''}${count !== undefined ? ago.replace(/^(a|two)-/u, '') : ago}-ago`;
        push(next + 1, { type: 'relative', key: `relative:${id}`, id });
        continue;
      }
    }
    if (here === looseKey('أمس') || here === looseKey('غدا')) {
      const id = here === looseKey('أمس') ? 'yesterday' : 'tomorrow';
      push(at + 1, { type: 'relative', key: `relative:${id}`, id });
      continue;
    }

    // يوم الاثنين المقبل
    const onDay = here === looseKey('يوم') ? 1 : 0;
    const weekday = WEEKDAYS[tokens[at + onDay]?.text ?? ''];
    if (weekday && tokens[at + onDay]?.word) {
      const modifier = RELATIVE[key(tokens[at + onDay + 1])];
      const id = modifier && modifier !== 'this' ? `${modifier}-${weekday}` : weekday;
      push(at + onDay + 1 + (modifier ? 1 : 0), { type: 'weekday', key: `weekday:${id}`, id });
      continue;
    }

    // 26 يوليو/تموز 2021
    const day = isDay(token) ? 1 : 0;
    const named = here === looseKey('شهر') ? 1 : 0;
    const month = monthAt(tokens, at + day + named);
    if (month) {
      let next = month.next;
      // يوليو/تموز, يوليو (تموز)
      if (tokens[next]?.text === '/' || tokens[next]?.text === '(') {
        const second = monthAt(tokens, next + 1);
        if (second?.month === month.month) next = second.next + (tokens[second.next]?.text === ')' ? 1 : 0);
      }
      const year = isYear(tokens[next]) ? asciiDigits((tokens[next] as Token).text) : undefined;
      if (year !== undefined) next++;
      const ambiguous = tokens[at + day + named]?.text === 'مارس' && !day && !named && year === undefined;
      if (!ambiguous) {
        const mm = String(month.month).padStart(2, '0');
        const dd = day ? asciiDigits(token.text).padStart(2, '0') : undefined;
        const english = ENGLISH_MONTHS[month.month - 1] as string;
        const id = [english, dd && String(Number(dd)), year].filter(Boolean).join('-');
        const stated = year === undefined ? undefined : dd ? { date: `${year}-${mm}-${dd}`, precision: 'day' as const } : { date: `${year}-${mm}`, precision: 'month' as const };
        push(next, { type: 'month', key: `month:${id}`, id, ...(stated && { stated }) });
        continue;
      }
    }

    // عام 2021 / منذ 2014
    const yearWord = YEAR_WORDS.has(here) && isYear(tokens[at + 1]) ? 1 : 0;
    const year = tokens[at + yearWord];
    if (isYear(year)) {
      const before = key(tokens[at - 1]);
      const after = tokens[at + yearWord + 1];
      const counts = after?.word === true && !/^\p{N}+$/u.test(after.text) && !STOP_WORDS.has(looseKey(after.text)) && !TIME_WORDS.has(looseKey(after.text));
      if (yearWord || YEAR_CONTEXT.has(before) || !counts) {
        const digits = asciiDigits(year.text);
        push(at + yearWord + 1, { type: 'year', key: `year:${digits}`, id: `year-${digits}`, stated: { date: digits, precision: 'year' } });
        continue;
      }
    }
    at++;
  }

  return found.map((finding) => ({ ...finding, kind: guessKind(paragraph, finding.span) }));
}
