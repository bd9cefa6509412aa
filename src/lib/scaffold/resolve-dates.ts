/**
 * A time phrase resolved against the article's publication date (`npm run new --date`): the date,
 * its precision, and a note in Arabic saying how it was worked out, for the author to check.
 *
 * - أمس/اليوم/غدا/بعد غد: that day.
 * - A weekday: the last one (that day or before) when the sentence tells of the past, the next
 *   one (that day or after) when it tells of what is to come (سـ، سوف، المقرر، يعتزم، المقبل…);
 *   «الماضي» and «المقبل» always exclude the day itself.
 * - الأسبوع الماضي/المقبل: seven days back or on, approximate (a week has no precision of its
 *   own); الشهر الماضي/المقبل/الجاري: that month; العام…: that year. نهاية العام/الشهر: its last
 *   day; بداية/مطلع/أوائل: its first month (or day, for a month); منتصف/أواخر: approximate.
 * - منذ/قبل N days … years, and بعد N: counted back or on, a day for days, approximate for weeks
 *   and for a hedged or uncounted span («قبل أسابيع»), the month or the year for those.
 * - A month without its year: the nearest one by tense — this year's if it is not past (future)
 *   or not to come (past), otherwise the year after or before. A Hijri date without its year:
 *   likewise in the Hijri calendar, then converted.
 */
import { addDays, addMonths, fromHijri, hijriMonthSpan, hijriOf, lastDayOf, weekdayOf, type Day } from './calendar';
import type { DateKind, Meaning, Part } from './dates';

export interface Resolved {
  date: string;
  precision: 'day' | 'month' | 'year' | 'approximate';
  /** How it was resolved, in Arabic. */
  how: string;
}

const WEEKDAY_NAMES = ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'];
const PERIOD_NAMES = { day: ['يوم', 'أيام'], week: ['أسبوع', 'أسابيع'], month: ['شهر', 'أشهر'], year: ['عام', 'أعوام'] } as const;

/** True when the phrase's sentence tells of what is to come. */
const isFuture = (kind: DateKind): boolean => kind !== 'reported';

/**
 * Resolves `meaning`, found in a sentence of `kind`, in an article published on `published`;
 * without that date only what the phrase states itself («منتصف عام 2026») resolves.
 */
export function resolveDate(meaning: Meaning, kind: DateKind, published: Day | undefined): Resolved | undefined {
  if (meaning.type === 'period' && meaning.year !== undefined) return partOfYear(meaning.year, meaning.part, `«${meaning.year}» كما يذكره النص`);
  if (meaning.type === 'gregorian' && meaning.part && meaning.year !== undefined) return partOfMonth(`${meaning.year}-${String(meaning.month).padStart(2, '0')}`, meaning.part, 'الشهر كما يذكره النص');
  if (published === undefined) return undefined;
  const from = `من تاريخ نشر الخبر ${published} (${WEEKDAY_NAMES[weekdayOf(published)]})`;
  const year = Number(published.slice(0, 4));
  switch (meaning.type) {
    case 'days': {
      const date = addDays(published, meaning.offset);
      return { date, precision: 'day', how: `${meaning.offset === 0 ? 'يوم النشر نفسه' : `${Math.abs(meaning.offset) === 1 ? 'اليوم' : 'اليومان'} ${meaning.offset < 0 ? 'السابق' : 'التالي'}`}، محسوبا ${from}: ${date}.` };
    }
    case 'weekday': {
      const future = meaning.direction ? meaning.direction === 'next' : isFuture(kind);
      const strict = meaning.direction !== undefined;
      const gap = future ? (meaning.weekday - weekdayOf(published) + 7) % 7 : -((weekdayOf(published) - meaning.weekday + 7) % 7);
      const offset = gap === 0 && strict ? (future ? 7 : -7) : gap;
      const date = addDays(published, offset);
      const tense = meaning.direction ? (future ? '«المقبل»' : '«الماضي»') : future ? 'الجملة بصيغة المستقبل' : 'الجملة تروي ما مضى';
      return { date, precision: 'day', how: `${tense}، فهو ${WEEKDAY_NAMES[meaning.weekday]} ${future ? 'التالي' : 'السابق'}${offset === 0 ? ' (يوم النشر نفسه)' : ''} ${from}: ${date}.` };
    }
    case 'period':
      return period(meaning, published, from);
    case 'span': {
      const count = meaning.count ?? 1;
      const sign = meaning.direction;
      const [one, many] = PERIOD_NAMES[meaning.period];
      const words = meaning.count === undefined ? `بضعة ${many}` : meaning.count === 1 ? one : `${meaning.count} ${meaning.count >= 3 && meaning.count <= 10 ? many : one}`;
      const way = sign < 0 ? 'قبل' : 'بعد';
      const approximate = meaning.approximate;
      // «قبل أسابيع»، «قبل أشهر»: a few of them, known to the month at best.
      if (meaning.count === undefined && meaning.period !== 'day') {
        const date = meaning.period === 'year' ? String(year + sign * 5) : meaning.period === 'month' ? addMonths(published, sign * 6) : addDays(published, sign * 21).slice(0, 7);
        return { date, precision: 'approximate', how: `${words} ${way} تاريخ النشر ${published}، والعدد غير مذكور: ${meaning.period === 'week' ? 'نحو ثلاثة أسابيع، فالشهر وحده معروف تقريبا' : meaning.period === 'month' ? 'نحو نصف عام' : 'نحو خمس سنوات'}: ${date}.` };
      }
      if (meaning.period === 'day' || meaning.period === 'week') {
        const date = addDays(published, sign * count * (meaning.period === 'week' ? 7 : 1));
        const precision = approximate || meaning.period === 'week' ? 'approximate' : 'day';
        return { date, precision, how: `${words} ${way} تاريخ النشر ${published}${meaning.count === undefined ? ' (العدد غير مذكور، فالتاريخ تقريبي)' : ''}: ${precision === 'day' ? '' : 'نحو '}${date}.` };
      }
      if (meaning.period === 'month') {
        const date = addMonths(published, sign * count);
        return { date, precision: approximate ? 'approximate' : 'month', how: `${words} ${way} تاريخ النشر ${published}: ${date}.` };
      }
      const date = String(year + sign * count);
      return { date, precision: approximate ? 'approximate' : 'year', how: `${words} ${way} تاريخ النشر ${published}: ${date}.` };
    }
    case 'gregorian': {
      if (meaning.year !== undefined) return undefined;
      const month = published.slice(0, 7);
      const candidate = (y: number): string => `${y}-${String(meaning.month).padStart(2, '0')}`;
      const compare = (y: number): number => (meaning.day === undefined ? candidate(y).localeCompare(month) : `${candidate(y)}-${String(meaning.day).padStart(2, '0')}`.localeCompare(published));
      const future = meaning.direction ? meaning.direction === 'next' : isFuture(kind);
      // «المقبل/الماضي» exclude the month of publication itself.
      const strict = meaning.direction !== undefined;
      const chosen = future ? (compare(year) > 0 || (compare(year) === 0 && !strict) ? year : year + 1) : compare(year) < 0 || (compare(year) === 0 && !strict) ? year : year - 1;
      const date = meaning.day === undefined ? candidate(chosen) : `${candidate(chosen)}-${String(meaning.day).padStart(2, '0')}`;
      if (meaning.part) return partOfMonth(date, meaning.part, `الشهر بلا سنة، ${future ? 'أقرب شهر بهذا الاسم لم يمضِ' : 'أقرب شهر بهذا الاسم لم يأتِ بعد'} ${from}`);
      return { date, precision: meaning.day === undefined ? 'month' : 'day', how: `الشهر بلا سنة، ${meaning.direction ? (future ? 'و«المقبل» يعني أقرب شهر بهذا الاسم بعد شهر النشر' : 'و«الماضي» يعني أقرب شهر بهذا الاسم قبل شهر النشر') : future ? 'والجملة بصيغة المستقبل فهو أقرب شهر بهذا الاسم لم يمضِ' : 'والجملة تروي ما مضى فهو أقرب شهر بهذا الاسم لم يأتِ بعد'} ${from}: ${date}.` };
    }
    case 'hijri': {
      if (meaning.year !== undefined || meaning.month === undefined) return undefined;
      const today = hijriOf(published);
      const order = (y: number): number => (meaning.month as number) * 100 + (meaning.day ?? today.day) - (today.month * 100 + today.day) + (y - today.year) * 10_000;
      const future = meaning.direction ? meaning.direction === 'next' : isFuture(kind);
      const chosen = future ? (order(today.year) >= 0 ? today.year : today.year + 1) : order(today.year) <= 0 ? today.year : today.year - 1;
      const how = `الشهر الهجري بلا سنة، فهو ${chosen}هـ، أقرب سنة ${future ? 'قادمة' : 'ماضية'} ${from}`;
      if (meaning.day !== undefined) {
        const date = fromHijri(chosen, meaning.month, meaning.day);
        return date === undefined ? undefined : { date, precision: 'day', how: `${how}؛ ${meaning.day}/${meaning.month}/${chosen}هـ بتقويم أم القرى يوافق ${date}.` };
      }
      const span = hijriMonthSpan(chosen, meaning.month);
      return span && { date: span.first, precision: 'approximate', how: `${how}؛ يمتد بتقويم أم القرى من ${span.first} إلى ${span.last}، وكُتب أوله بدقة تقريبية.` };
    }
    case 'year':
      return undefined;
  }
}

function period(meaning: Extract<Meaning, { type: 'period' }>, published: Day, from: string): Resolved {
  const { part, offset } = meaning;
  if (meaning.period === 'week') {
    // Weeks counted from Monday, as ISO 8601 counts them; its end is the Sunday.
    const monday = addDays(published, -((weekdayOf(published) + 6) % 7) + offset * 7);
    const date = part === 'end' ? addDays(monday, 6) : monday;
    return { date, precision: 'approximate', how: `${offset === 0 ? 'أسبوع النشر' : offset < 0 ? 'الأسبوع السابق لأسبوع النشر' : 'الأسبوع التالي لأسبوع النشر'}${part ? ` (${partName(part)})` : ''}، محسوبا ${from}: الأسبوع الذي ${part === 'end' ? 'ينتهي الأحد' : 'يبدأ الاثنين'} ${date}، واليوم غير محدد.` };
  }
  if (meaning.period === 'month') {
    const month = addMonths(published, offset);
    const name = offset === 0 ? 'شهر النشر' : offset < 0 ? 'الشهر السابق لشهر النشر' : 'الشهر التالي لشهر النشر';
    if (part) return partOfMonth(month, part, `${name}، محسوبا ${from}`);
    return { date: month, precision: 'month', how: `${name}، محسوبا ${from}: ${month}.` };
  }
  const year = Number(published.slice(0, 4)) + offset;
  return partOfYear(year, part, `${offset === 0 ? 'عام النشر' : offset < 0 ? 'العام السابق لعام النشر' : 'العام التالي لعام النشر'}، محسوبا ${from}`);
}

/** A part of a month `YYYY-MM`: its end is its last day; its start, middle or late days are approximate. */
function partOfMonth(month: string, part: Part, which: string): Resolved {
  if (part === 'end') return { date: lastDayOf(month), precision: 'day', how: `آخر يوم من ${which}: ${lastDayOf(month)}.` };
  const date = `${month}-${part === 'mid' ? '15' : part === 'late' ? '25' : '01'}`;
  return { date, precision: 'approximate', how: `${partName(part)}، ${which}: نحو ${date}.` };
}

/** A year, or a part of it: its end is its last day, its start January, its middle about July. */
function partOfYear(year: number, part: Part | undefined, which: string): Resolved {
  if (part === 'end') return { date: `${year}-12-31`, precision: 'day', how: `آخر يوم من ${which}: ${year}-12-31.` };
  if (part === 'start' || part === 'early') return { date: `${year}-01`, precision: 'month', how: `مطلع ${which}، أي يناير/كانون الثاني ${year}.` };
  if (part === 'mid') return { date: `${year}-07`, precision: 'approximate', how: `منتصف ${which}، نحو يوليو/تموز ${year}.` };
  if (part === 'late') return { date: `${year}-12`, precision: 'month', how: `أواخر ${which}، أي ديسمبر/كانون الأول ${year}.` };
  return { date: String(year), precision: 'year', how: `${which}: ${year}.` };
}

const partName = (part: NonNullable<Extract<Meaning, { type: 'period' }>['part']>): string => ({ end: 'نهايته', start: 'بدايته', mid: 'منتصفه', late: 'أواخره', early: 'أوائله' })[part];
