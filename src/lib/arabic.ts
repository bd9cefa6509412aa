/**
 * Arabic spelling variants that look alike to a reader but are different characters: the
 * article's own spelling is evidence, so selectors must match it exactly — these are only used
 * to explain a near miss.
 */
const VARIANTS: Record<string, string> = {
  'ى': 'ي',
  'أ': 'ا',
  'إ': 'ا',
  'آ': 'ا',
  'ٱ': 'ا',
  'ة': 'ه',
};

/** Harakat, shadda, sukun, dagger alif and tatweel: marks a reader may or may not type. */
const IGNORABLE = /[\u064B-\u0652\u0670\u0640]/;

/** The folded text and, for each of its characters, the index it came from in `text`. */
export interface Folded {
  text: string;
  origin: number[];
}

/** Folds letter variants together and drops diacritics, remembering where each character was. */
export function foldArabic(text: string): Folded {
  let folded = '';
  const origin: number[] = [];
  for (let index = 0; index < text.length; index++) {
    const char = text[index] as string;
    if (IGNORABLE.test(char)) continue;
    folded += VARIANTS[char] ?? char;
    origin.push(index);
  }
  return { text: folded, origin };
}
