/**
 * The Arabic words the scaffold's finders look for, and the few helpers they share. Words are
 * compared by `looseKey`, which folds spelling variants (ى/ي, أ/إ/آ/ا, ة/ه, ؤ/ئ/ء) and drops
 * diacritics, so one list covers «فى» and «في», «مسئول» and «مسؤول». Spans are always taken
 * from the text itself, never from these lists: a selector copies the body's own spelling.
 */
import { foldArabic } from '../arabic';
import type { Span } from '../selectors';

/** A word of the text, or one punctuation character, with its offsets. */
export interface Token extends Span {
  text: string;
  /** True for a word (letters, marks, digits), false for punctuation. */
  word: boolean;
}

const TOKEN = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** True for a character that belongs to a word: a letter (tatweel included), a mark or a digit. */
export const isWordChar = (char: string | undefined): boolean => char !== undefined && WORD_CHAR.test(char);

/** The words and punctuation of `text` between `from` and `to`, in offsets of `text`. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  return [...text.slice(from, to).matchAll(TOKEN)].map((match) => ({
    text: match[0],
    start: from + match.index,
    end: from + match.index + match[0].length,
    word: isWordChar(match[0][0]),
  }));
}

/** A word folded for comparison: letter variants and hamza seats merged, diacritics dropped. */
export function looseKey(text: string): string {
  return foldArabic(text)
    .text.replace(/[ؤئء]/gu, 'ء')
    .replace(/\s+/gu, ' ')
    .trim();
}

const keySet = (words: string): Set<string> => new Set(words.split(/\s+/u).filter(Boolean).map(looseKey));

/** The proclitics that may be written onto a word: و ف ب ل ك, alone or as وب، ول، فب… */
export const PROCLITIC = /^(?:[وف]?[بلك]|[وف])/u;

/** A word without the definite article or a proclitic in front: «بالبنتاجون» → «بنتاجون». */
export function stem(word: string): string {
  const key = looseKey(word);
  const bare = key.replace(/^(?:[وف]?[بك]?ال|[وف]?لل)/u, '');
  if (bare !== key && bare.length >= 2) return bare;
  const unclitic = key.replace(PROCLITIC, '');
  return unclitic.length >= 3 ? unclitic : key;
}

/** Prepositions, conjunctions and particles: a name or a title never runs across one. */
export const STOP_WORDS = keySet(`
  في فى من إلى الى على عن مع خلال أمام لدى حول عبر منذ بعد قبل حتى عند ضد بين دون وفق وفقا نحو
  أن إن ان بأن وأن وإن أنه إنه بأنه لأن كما قد لا لم لن ما ثم أو أم بل لكن ولكن حيث إذ إذا
  الذي الذى التي التى الذين اللذين اللتين هو هي هم هذا هذه ذلك تلك كان كانت يكون تكون وكان
  عبر لدى كل بعض جميع أي أيضا أيضاً
`);

/** «that» after a verb of saying: what follows is the reported speech. */
export const THAT = keySet('أن إن ان بأن بان أنه إنه بأنه');

/** A verb of saying, with و/ف in front and the feminine or plural ending: وقال، وقالت، فأكدوا… */
const SAYING_VERB = /^[وف]?(?:قال|اكد|اوضح|صرح|افاد|اضاف|ذكر|اشار|اعلن|تابع|شدد|اعتبر|نفي|اعرب)(?:ت|وا)?$/u;

/** The participle of saying that carries on the same speaker's words: «، مضيفا أن…». */
const SAYING_PARTICIPLE = /^و?(?:مضيف|مشير|مءكد|موضح|لافت|معتبر)(?:ا|ه|ين)?$/u;

/** True for a verb of saying: قال، وقالت، وصرحت، وأفاد، فأكد، أضافوا… */
export const isSayingVerb = (word: string): boolean => SAYING_VERB.test(looseKey(word));

/** True for a participle of saying: مضيفا، ومضيفاً، مشيرا، مؤكدا… */
export const isSayingParticiple = (word: string): boolean => SAYING_PARTICIPLE.test(looseKey(word));

/** Words for a medium: «لصحيفة «وول ستريت جورنال»» names who carried the words. */
export const MEDIA_NOUNS = keySet('صحيفة جريدة وكالة قناة موقع شبكة تلفزيون إذاعة مجلة');

/** True for «لصحيفة», «بصحيفة», «صحيفة»…: a medium is named next. */
export const isMediaNoun = (word: string): boolean => MEDIA_NOUNS.has(looseKey(word).replace(/^[وف]?[لب]?/u, '')) || MEDIA_NOUNS.has(looseKey(word));

/** The days of the week, by their English name; both spellings of Monday. */
export const WEEKDAYS: Record<string, string> = {
  الأحد: 'sunday',
  الاحد: 'sunday',
  الاثنين: 'monday',
  الإثنين: 'monday',
  الثلاثاء: 'tuesday',
  الأربعاء: 'wednesday',
  الاربعاء: 'wednesday',
  الخميس: 'thursday',
  الجمعة: 'friday',
  السبت: 'saturday',
};

/** Month names, Egyptian/Gulf and Levantine, with their number. */
export const MONTHS: Record<string, number> = {
  يناير: 1, فبراير: 2, مارس: 3, أبريل: 4, إبريل: 4, ابريل: 4, مايو: 5, يونيو: 6, يونيه: 6, يونية: 6,
  يوليو: 7, يوليه: 7, يولية: 7, أغسطس: 8, اغسطس: 8, سبتمبر: 9, أكتوبر: 10, اكتوبر: 10, نوفمبر: 11, ديسمبر: 12,
  'كانون الثاني': 1, شباط: 2, آذار: 3, نيسان: 4, أيار: 5, حزيران: 6, تموز: 7, آب: 8, أيلول: 9,
  'تشرين الأول': 10, 'تشرين الثاني': 11, 'كانون الأول': 12,
};

/** Words that name a time: a name never runs into one («مصطفى الكاظمى الإثنين»). */
export const TIME_WORDS = new Set([
  ...Object.keys(WEEKDAYS).map(looseKey),
  ...Object.keys(MONTHS).filter((month) => !month.includes(' ')).map(looseKey),
  ...keySet('يوم اليوم أمس غدا غداً العام الشهر الأسبوع عام شهر أسبوع'),
]);

/** Words that say an event is still to come. */
export const FUTURE_MARKERS = keySet('المقبل المقبلة القادم القادمة المقرر مقرر سوف المرتقب المرتقبة يعتزم يعتزمون تعتزم غدا غداً');

/** Words that say an event is past. */
export const PAST_MARKERS = keySet('الماضي الماضى الماضية المنصرم أمس منذ');

/** Arabic-Indic and Eastern Arabic-Indic digits → ASCII digits. */
export function asciiDigits(text: string): string {
  return text.replace(/[٠-٩]/gu, (digit) => String(digit.charCodeAt(0) - 0x0660)).replace(/[۰-۹]/gu, (digit) => String(digit.charCodeAt(0) - 0x06f0));
}
