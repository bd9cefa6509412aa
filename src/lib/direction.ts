/** Scripts written right to left, for runtimes without `Intl.Locale#getTextInfo`. */
const RTL_LANGUAGES = new Set(['ar', 'arc', 'dv', 'fa', 'ha', 'he', 'khw', 'ks', 'ku', 'ps', 'sd', 'ur', 'yi']);

interface TextInfo {
  direction?: 'ltr' | 'rtl';
}

/** The writing direction of a locale, as `Intl` knows it (Starlight does the same). */
export function directionOf(locale: string): 'ltr' | 'rtl' {
  const intl = new Intl.Locale(locale) as Intl.Locale & { getTextInfo?: () => TextInfo; textInfo?: TextInfo };
  const info = intl.getTextInfo?.() ?? intl.textInfo;
  if (info?.direction) return info.direction;
  return RTL_LANGUAGES.has(intl.language) ? 'rtl' : 'ltr';
}
