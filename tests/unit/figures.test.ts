import { describe, expect, test } from 'vitest';
import { derivedFormula, figureAmount, partsOf, wholeOf } from '../../src/lib/figures';
import type { Figure } from '../../src/schemas/figure';

const figure = (id: string, value: number, extra: Partial<Figure> = {}): Figure => ({
  id,
  value,
  unit: 'troops',
  label: id,
  approximate: false,
  aliases: [],
  mentions: [],
  ...extra,
});

const whole = figure('whole', 4200, { approximate: true });
const part = figure('part', 1700, { partOf: 'whole' });
const rest = figure('rest', 2500, { partOf: 'whole', derived: { minuend: 'whole', subtrahend: 'part' } });
const figures = [whole, part, rest];

describe('figureAmount', () => {
  test.each([
    { title: 'a stated number', input: part, expected: '1,700' },
    { title: 'a hedged number gets «نحو»', input: whole, expected: 'نحو 4,200' },
  ])('$title → $expected', ({ input, expected }) => {
    expect(figureAmount(input)).toBe(expected);
  });
});

describe('derivedFormula', () => {
  test('a derived figure: minuend − subtrahend = value, in the site’s number format', () => {
    expect(derivedFormula(rest, figures)).toBe('4,200 − 1,700 = 2,500');
  });

  test('a stated figure has none', () => {
    expect(derivedFormula(part, figures)).toBeUndefined();
  });
});

describe('wholeOf', () => {
  test.each([
    { title: 'a part → its whole', input: part, expected: 'whole' },
    { title: 'a whole → nothing', input: whole, expected: undefined },
  ])('$title', ({ input, expected }) => {
    expect(wholeOf(input, figures)?.id).toBe(expected);
  });
});

describe('partsOf', () => {
  test('a whole → its parts, in the briefing’s order', () => {
    expect(partsOf(whole, figures).map(({ id }) => id)).toEqual(['part', 'rest']);
  });

  test('a part → none', () => {
    expect(partsOf(part, figures)).toEqual([]);
  });
});
