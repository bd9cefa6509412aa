/**
 * Ids for proposed annotations: kebab-case ASCII, as the schema requires. A phrase whose every
 * word is in the glossary of content/lexicon.json becomes English (`مصدر بالخارجية` → `foreign-source`,
 * `الحكومة السورية` → `syrian-government`): Arabic puts adjectives after the noun and the noun
 * before its complement, so adjectives come first, then the nouns in reverse order. Anything
 * else — a person's name — is transliterated letter by letter (`فؤاد حسين` → `fuad-hsin`), a
 * rough but stable id the author may rename before the briefing is first published.
 */
import words from '../../../content/lexicon.json';
import { looseKey, stem } from './lexicon';

/** The shape of an id: kebab-case ASCII. */
export const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;

/** The most words of a phrase an id is made of. */
const ID_MAX_WORDS = 4;

type Gloss = { english: string; adjective: boolean };

const gloss = (entries: Record<string, string>, adjective: boolean): [string, Gloss][] =>
  Object.entries(entries).flatMap(([words, english]) => words.split(' ').map((word): [string, Gloss] => [looseKey(word), { english, adjective }]));

/** Nationality stems (the word without ال, و and its nisba ending) and news words, from content/lexicon.json. */
const NATIONALITIES: Record<string, string> = words.glossary.nationalities;

const GLOSSARY = new Map<string, Gloss>([...gloss(words.glossary.nouns, false), ...gloss(words.glossary.adjectives, true)]);

/** The English of one word, if the glossary or the nationalities have it. */
function glossOf(word: string): Gloss | undefined {
  const bare = stem(word).replace(/^و/u, '');
  const direct = GLOSSARY.get(bare) ?? GLOSSARY.get(bare.replace(/ه$/u, 'ة')) ?? GLOSSARY.get(looseKey(word));
  if (direct) return direct;
  const nationality = bare.replace(/(?:يون|يين|يه|ية|ي)$/u, '');
  const english = NATIONALITIES[nationality];
  return english !== undefined && nationality !== bare ? { english, adjective: true } : undefined;
}

const LETTERS: Record<string, string> = {
  ا: 'a', أ: 'a', إ: 'i', آ: 'a', ٱ: 'a', ء: '', ؤ: 'u', ئ: 'i', ب: 'b', ت: 't', ث: 'th', ج: 'j', ح: 'h', خ: 'kh', د: 'd', ذ: 'dh', ر: 'r', ز: 'z', س: 's', ش: 'sh',
  ص: 's', ض: 'd', ط: 't', ظ: 'z', غ: 'gh', ف: 'f', ق: 'q', ك: 'k', ل: 'l', م: 'm', ن: 'n', ه: 'h', ة: 'a', پ: 'p', چ: 'ch', گ: 'g', ڤ: 'v',
};

/** One Arabic word in Latin letters: و and ي as vowels between consonants, ال as `al-`. */
export function transliterateWord(word: string): string {
  const letters = [...word.replace(/[\u064B-\u0652\u0670\u0640]/gu, '')];
  let out = '';
  letters.forEach((letter, index) => {
    const previous = letters[index - 1];
    const next = letters[index + 1];
    const nearAlef = previous === 'ا' || next === 'ا';
    if (letter === 'و') out += index === 0 || nearAlef ? 'w' : 'u';
    else if (letter === 'ي') out += index === 0 || nearAlef ? 'y' : 'i';
    else if (letter === 'ى') out += index === letters.length - 1 && word.startsWith('ال') ? 'i' : 'a';
    else if (letter === 'ع') out += index === 0 ? 'a' : '';
    else out += LETTERS[letter] ?? letter.toLowerCase();
  });
  return out.replace(/^al(?=[a-z])/u, word.startsWith('ال') ? 'al-' : 'al');
}

/** Lower-case ASCII with single hyphens, or '' when nothing is left. */
export function kebab(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
}

/** An id for an Arabic phrase: English from the glossary when every word has one, else a transliteration. */
export function idFor(phrase: string): string {
  const words = phrase.split(/[\s\u00A0]+/u).filter((word) => /\p{L}/u.test(word)).slice(0, ID_MAX_WORDS);
  const glossed = words.map(glossOf);
  if (glossed.length > 0 && glossed.every(Boolean)) {
    const known = glossed as Gloss[];
    const english = [...known.filter((entry) => entry.adjective), ...known.filter((entry) => !entry.adjective).reverse()].map((entry) => entry.english);
    return kebab([...new Set(english)].join('-'));
  }
  return kebab(words.map(transliterateWord).join('-'));
}

/** Hands out ids, each once: a second `monday` becomes `monday-2`. */
export class IdRegistry {
  readonly #taken = new Set<string>();

  /** `base` if it is free and well-formed, else `base-2`, `base-3`…; `fallback` when `base` is empty. */
  claim(base: string, fallback: string): string {
    const root = ID.test(base) ? base : fallback;
    let id = root;
    for (let n = 2; this.#taken.has(id); n++) id = `${root}-${n}`;
    this.#taken.add(id);
    return id;
  }
}
