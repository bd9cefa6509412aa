import type { Figure } from '../schemas/figure';
import type { Digits } from './digits';
import { formatNumber } from './format';

/** A figure's number as the analysis states it: hedged with «نحو» when the article hedges it. */
export function figureAmount({ value, approximate }: Pick<Figure, 'value' | 'approximate'>, digits?: Digits): string {
  return `${approximate ? 'نحو ' : ''}${formatNumber(value, digits)}`;
}

/**
 * How the site computed a derived figure, written out left to right (`3,500 − 2,500 = 1,000`, shown
 * isolated as LTR); undefined for a figure the article states. The schema has already checked that
 * both ids name figures of the briefing.
 */
export function derivedFormula(figure: Figure, figures: Figure[], digits?: Digits): string | undefined {
  if (!figure.derived) return undefined;
  const { minuend, subtrahend } = figure.derived;
  const a = figures.find(({ id }) => id === minuend);
  const b = figures.find(({ id }) => id === subtrahend);
  return a && b ? `${formatNumber(a.value, digits)} − ${formatNumber(b.value, digits)} = ${formatNumber(figure.value, digits)}` : undefined;
}

/** The figure a part belongs to (`partOf`), if it has one. */
export function wholeOf(figure: Figure, figures: Figure[]): Figure | undefined {
  return figure.partOf === undefined ? undefined : figures.find(({ id }) => id === figure.partOf);
}

/** The figures that are parts of `whole`, in the briefing's order. */
export function partsOf(whole: Figure, figures: Figure[]): Figure[] {
  return figures.filter(({ partOf }) => partOf === whole.id);
}
