/**
 * The nouns of content/units.json as the finders meet them in a text: folded (letter variants,
 * the article and a proclitic do not count), one word or several («في المئة»).
 */
import { UNITS } from '../units';
import { looseKey, type Token } from './lexicon';

/** A noun without the article or a proclitic: «بالمئة» and «المئة» are «مئة», «والجنود» is «جنود». */
export function nounKey(word: string): string {
  const key = looseKey(word);
  const bare = key.replace(/^(?:[وف]?[بلك]?ال|[وف]?لل)/u, '');
  if (bare !== key && bare.length >= 2) return bare;
  // A lone و/ف only where a word is left: «وجنود», never «فرد» → «رد».
  const unclitic = key.replace(/^[وف]/u, '');
  return unclitic.length >= 3 ? unclitic : key;
}

/** Each unit's nouns as sequences of folded words, longest first. */
const NOUNS: { unit: string; words: string[] }[] = UNITS.flatMap((unit) =>
  [...new Set([unit.singular, unit.dual, unit.plural, ...unit.nouns])].map((noun) => ({ unit: unit.id, words: noun.trim().split(/\s+/u).map(nounKey) })),
).sort((a, b) => b.words.length - a.words.length);

/** The unit a noun counts, if content/units.json has one for it. */
export function unitOf(noun: string): string | undefined {
  const key = nounKey(noun);
  return NOUNS.find((entry) => entry.words.length === 1 && entry.words[0] === key)?.unit;
}

/** The unit noun that starts at token `at`, and the token after it. */
export function unitNounAt(tokens: Token[], at: number): { unit: string; next: number } | undefined {
  for (const { unit, words } of NOUNS) {
    const span = tokens.slice(at, at + words.length);
    if (span.length === words.length && span.every((token, index) => nounKey(token.text) === words[index])) return { unit, next: at + words.length };
  }
  return undefined;
}
