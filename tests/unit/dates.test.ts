import { describe, expect, test } from 'vitest';
import { isCalendarDate, precisionMatches } from '../../src/lib/dates';

describe('isCalendarDate', () => {
  test.each([
    ['2021-07-26', true],
    ['2021-07', true],
    ['2021', true],
    ['2020-02-29', true],
    ['2021-02-29', false],
    ['2021-02-30', false],
    ['2021-13', false],
    ['2021-7-26', false],
    ['26/07/2021', false],
    ['', false],
  ])('%s → %s', (date, expected) => {
    expect(isCalendarDate(date)).toBe(expected);
  });
});

describe('precisionMatches', () => {
  test.each([
    ['day', '2021-07-26', true],
    ['day', '2021-07', false],
    ['month', '2021-07', true],
    ['month', '2021-07-26', false],
    ['year', '2021', true],
    ['year', '2021-12-31', false],
    ['approximate', '2021-07-20', true],
    ['open', '2022', true],
  ] as const)('%s with %s → %s', (precision, date, expected) => {
    expect(precisionMatches(precision, date)).toBe(expected);
  });
});
