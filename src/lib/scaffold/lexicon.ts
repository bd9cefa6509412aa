/**
 * The Arabic words the scaffold's finders look for, and the few helpers they share. Words are
 * compared by `looseKey`, which folds spelling variants (ى/ي, أ/إ/آ/ا, ة/ه, ؤ/ئ/ء) and drops
 * diacritics, so one list covers «فى» and «في», «مسئول» and «مسؤول». Spans are always taken
 * from the text itself, never from these lists: a selector copies the body's own spelling.
 */
import { foldArabic } from '../arabic';
import words from '../../../content/lexicon.json';
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

const keySet = (list: string): Set<string> => new Set(list.split(/\s+/u).filter(Boolean).map(looseKey));

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
export const STOP_WORDS = keySet(words.particles.join(' '));

/** True for a particle, also with و/ف written onto it («وفي», «فمن»). */
export const isParticle = (word: string): boolean => {
  const key = looseKey(word);
  return STOP_WORDS.has(key) || (/^[وف]/u.test(key) && STOP_WORDS.has(key.slice(1)));
};

const { speech } = words;

/** «that» after a verb of saying: what follows is the reported speech. */
export const THAT = keySet(speech.that.join(' '));

/** «وأن», «وبأن»: a second clause of the same saying. */
export const isCoordinatedThat = (word: string): boolean => {
  const key = looseKey(word);
  return key.startsWith('و') && THAT.has(key.slice(1));
};

/** «his words» between a speaker and «that»: «نقل عن مسؤول قوله إن». */
export const SAYING_NOUNS = keySet(speech.sayingNouns.join(' '));

/** The past forms of a verb: قال، قالت، قالا، قالوا، قالتا; نفى → نفت، نفوا. */
function pastForms(verb: string): string[] {
  const weak = /[يا]$/u.test(verb) ? [verb.slice(0, -1)] : [];
  return [verb, ...[verb, ...weak].flatMap((base) => [`${base}ت`, `${base}وا`, `${base}تا`]), `${verb}ا`];
}

/** The present forms of a verb: يقول، تقول، يقولون، يقولان; يرى → يرون. */
function presentForms(verb: string): string[] {
  const stemmed = verb.slice(1);
  const weak = /[يا]$/u.test(stemmed) ? [stemmed.slice(0, -1)] : [];
  return ['ي', 'ت'].flatMap((prefix) => [`${prefix}${stemmed}`, ...[stemmed, ...weak].flatMap((base) => [`${prefix}${base}ون`, `${prefix}${base}ان`])]);
}

const SAYING_VERBS = new Set([...speech.verbs.map(looseKey).flatMap(pastForms), ...speech.presentVerbs.map(looseKey).flatMap(presentForms)]);
const RELAY_VERBS = new Set(speech.relay.map(looseKey).flatMap(pastForms));
const PARTICIPLES = new Set(speech.participles.map((word) => looseKey(word).replace(/ا$/u, '')));

/** A word without the و/ف written in front of it. */
const unconjoined = (key: string): string => key.replace(/^[وف]/u, '');

const PRESENT_VERBS = new Set(speech.presentVerbs.map(looseKey).flatMap(presentForms));
/** An object pronoun written onto a verb: «وصفها», «أبلغه». */
const OBJECT_PRONOUN = /(?:ها|هم|هما|ه)$/u;

/** The forms a word may be a verb of `verbs` in: as written, without و/ف, without an object pronoun. */
const verbKeys = (word: string): string[] => {
  const key = looseKey(word);
  return [key, unconjoined(key)].flatMap((form) => [form, form.replace(OBJECT_PRONOUN, '')]);
};

/** True for a verb of saying: قال، وقالت، وصرحت، وأفاد، فأكد، أضافوا، يقول، وتؤكد، ووصفها… */
export const isSayingVerb = (word: string): boolean => verbKeys(word).some((key) => SAYING_VERBS.has(key));

/** True for a verb of saying in the present tense: يقول، وتؤكد، يرون… */
export const isPresentSayingVerb = (word: string): boolean => verbKeys(word).some((key) => PRESENT_VERBS.has(key));

/** Words that open another clause between a saying and «أن» (لكنهم، فيما، الذي…). */
export const CLAUSE_BREAKS = new Set(speech.clauseBreaks.map(looseKey));

/** To whom words are said («للصحفيين»): never part of the speaker. */
export const AUDIENCES = new Set(speech.audiences.map(looseKey));

/** True for a verb that relays someone else's words, named after «عن»: نقل، ونقلت، روى. */
export const isRelayVerb = (word: string): boolean => {
  const key = looseKey(word);
  return RELAY_VERBS.has(key) || RELAY_VERBS.has(unconjoined(key));
};

/** True for a participle of saying: مضيفا، ومضيفاً، مشيرة، مؤكدين… */
export const isSayingParticiple = (word: string): boolean => PARTICIPLES.has(unconjoined(looseKey(word)).replace(/(?:ا|ه|ين|ان|ون|تين)$/u, ''));

/** The phrases after which a source is named: بحسب، وفقا لـ، نقلا عن… as lists of folded words. */
export const SOURCE_PHRASES = speech.sources.map((phrase) => phrase.split(/\s+/u).map(looseKey)).sort((a, b) => b.length - a.length);

/** The word after a relaying verb that introduces the speaker: «نقلت الوكالة عن مسؤول». */
export const RELAY_MARKER = looseKey(speech.relayMarker);

/** «قد», and the auxiliaries that with it make a pluperfect: «وكان الوزير قد أكد». */
export const PAST_PARTICLE = looseKey(speech.past);
export const PAST_AUXILIARIES = new Set(speech.pastAuxiliaries.map(looseKey));
export const isPastAuxiliary = (word: string): boolean => PAST_AUXILIARIES.has(unconjoined(looseKey(word)));

/** Words for a medium: «لصحيفة «وول ستريت جورنال»» names who carried the words. */
export const MEDIA_NOUNS = new Set(words.organizations.speakerHeads.media.map(looseKey));

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
