import { describe, expect, test } from 'vitest';
import { pageCount, pageNumbers, pageParam, paginated } from '../../src/lib/pagination';

// `undefined` is a gap ("…") in the list of pages.
describe('pageNumbers', () => {
  test.each([
    { current: 1, last: 1, expected: [1] },
    { current: 1, last: 2, expected: [1, 2] },
    { current: 2, last: 3, expected: [1, 2, 3] },
    { current: 1, last: 5, expected: [1, 2, undefined, 5] },
    { current: 3, last: 5, expected: [1, 2, 3, 4, 5] },
    { current: 4, last: 12, expected: [1, 2, 3, 4, 5, undefined, 12] },
    { current: 6, last: 12, expected: [1, undefined, 5, 6, 7, undefined, 12] },
    { current: 12, last: 12, expected: [1, undefined, 11, 12] },
  ])('page $current of $last → $expected', ({ current, last, expected }) => {
    expect(pageNumbers(current, last)).toEqual(expected);
  });

  test('more neighbours on request', () => {
    expect(pageNumbers(6, 12, 2)).toEqual([1, undefined, 4, 5, 6, 7, 8, undefined, 12]);
  });
});

describe('pageCount', () => {
  test.each([
    [0, 10, 1],
    [1, 10, 1],
    [10, 10, 1],
    [11, 10, 2],
    [22, 10, 3],
  ])('%i items at %i a page → %i pages', (total, size, expected) => {
    expect(pageCount(total, size)).toBe(expected);
  });
});

describe('paginated', () => {
  test('cuts a list into pages in order, each knowing its number and the last', () => {
    expect(paginated(['a', 'b', 'c', 'd', 'e'], 2)).toEqual([
      { items: ['a', 'b'], current: 1, last: 3 },
      { items: ['c', 'd'], current: 2, last: 3 },
      { items: ['e'], current: 3, last: 3 },
    ]);
  });

  test('an empty list still has its first page', () => {
    expect(paginated([], 10)).toEqual([{ items: [], current: 1, last: 1 }]);
  });
});

describe('pageParam', () => {
  test('none for the first page, which is the list’s own URL; page/<n> for the others', () => {
    expect([1, 2, 13].map(pageParam)).toEqual([undefined, 'page/2', 'page/13']);
  });
});
