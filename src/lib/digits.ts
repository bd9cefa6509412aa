/**
 * Which digits a briefing shows its figures and dates in: the ones its article is written in, so
 * that «٢٥٠٠ جندي» in the text is ٢٬٥٠٠ in the sidebar, not 2,500. Set per briefing with
 * `digits:` in the frontmatter, or found from the body: the script most of its digits are in.
 * The names are Intl's numbering systems, so the formatting is Intl's, never done by hand.
 */
import { NUMBERING_SYSTEM } from '../consts';

/** Western (0-9), Arabic-Indic (٠-٩), Persian (۰-۹). */
export const DIGITS = ['latn', 'arab', 'arabext'] as const;
export type Digits = (typeof DIGITS)[number];

const SCRIPTS: Record<Digits, RegExp> = { latn: /[0-9]/gu, arab: /[٠-٩]/gu, arabext: /[۰-۹]/gu };

/** The digits most of `text`'s digits are written in; the site's own when it has none, or on a tie with them. */
export function digitsOf(text: string): Digits {
  const counts = DIGITS.map((digits) => ({ digits, count: text.match(SCRIPTS[digits])?.length ?? 0 }));
  const most = Math.max(...counts.map(({ count }) => count));
  const site = counts.find(({ digits }) => digits === NUMBERING_SYSTEM);
  if (most === 0 || site?.count === most) return NUMBERING_SYSTEM;
  return (counts.find(({ count }) => count === most) as { digits: Digits }).digits;
}

/** A briefing's digits: as its frontmatter sets them, or as its body is written. */
export const briefingDigits = (set: Digits | undefined, body: string | undefined): Digits => set ?? digitsOf(body ?? '');
