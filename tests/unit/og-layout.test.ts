import { describe, expect, test } from 'vitest';
import {
  layoutBlock,
  piecesOf,
  visualOrder,
  type Measure,
  type Piece,
} from '../../src/lib/og-layout';

/** Every character 10 units wide at size 10 (ink from −width to 0): enough to check order, gaps and breaks. */
const measure: Measure = (piece, size) => ({ left: -[...piece.text].length * size, right: 0 });
const texts = (words: Piece[][]) => words.map((word) => word.map((piece) => piece.text).join('|'));

describe('piecesOf: a word cut where the font or the direction changes', () => {
  test.each([
    ['«لسنا', ['«:latin:neutral', 'لسنا:arabic:rtl']],
    ['حقاً،،', ['حقاً:arabic:rtl', '،،:arabic:neutral']],
    ['2500،', ['2500:latin:ltr', '،:arabic:neutral']],
    ['3,500', ['3,500:latin:ltr']],
    ['(البنتاجون)', ['(:latin:neutral', 'البنتاجون:arabic:rtl', '):latin:neutral']],
    ['نحتاج؟', ['نحتاج؟:arabic:rtl']],
  ])('%s', (word, expected) => {
    expect(piecesOf(word).map(({ text, face, kind }) => `${text}:${face}:${kind}`)).toEqual(
      expected,
    );
  });
});

describe('visualOrder: words and pieces from right to left, as a right-to-left line shows them', () => {
  test.each([
    { title: 'quotation marks mirror', text: '«نص»', expected: ['»|نص|«'] },
    { title: 'brackets mirror', text: '(البنتاجون)', expected: [')|البنتاجون|('] },
    {
      title: 'trailing punctuation goes to the left, reversed',
      text: 'مقاتلين... الجو».',
      expected: ['مقاتلين|...', 'الجو|.«'],
    },
    {
      title: 'a number keeps its digits',
      text: 'عددها 2500 جندى،',
      expected: ['عددها', '2500', 'جندى|،'],
    },
    {
      title: 'consecutive left-to-right words keep their order',
      text: 'قال Joe Biden اليوم',
      expected: ['قال', 'Biden', 'Joe', 'اليوم'],
    },
    {
      title: 'a Latin word reads left to right, unmirrored',
      text: 'example.org/(a)',
      expected: [')|a|/(|example.org'],
    },
  ])('$title: $text', ({ text, expected }) => {
    expect(texts(visualOrder(text.split(' ').map(piecesOf)))).toEqual(expected);
  });
});

describe('layoutBlock', () => {
  const options = { right: 1000, maxWidth: 100, measure };

  test('places pieces from the right edge leftwards, a word gap between words', () => {
    const { lines, size, truncated } = layoutBlock('اب جد', {
      ...options,
      maxLines: () => 1,
      sizes: [10],
    });
    expect({ size, truncated }).toEqual({ size: 10, truncated: false });
    // "اب" is 20 wide anchored at 1000; the gap is 2.8; "جد" is anchored at 1000 − 20 − 2.8.
    expect(lines).toEqual([
      [
        { text: 'اب', face: 'arabic', kind: 'rtl', x: 1000 },
        { text: 'جد', face: 'arabic', kind: 'rtl', x: 977.2 },
      ],
    ]);
  });

  test('breaks lines at the width, and takes the largest size at which the text fits', () => {
    const text = 'ابجد هوزح طيكل منسع';
    const block = layoutBlock(text, {
      ...options,
      maxLines: (size) => (size >= 20 ? 2 : 4),
      sizes: [20, 10],
    });
    expect(block.size).toBe(10);
    expect(block.lines.map((line) => line.map((piece) => piece.text))).toEqual([
      ['ابجد', 'هوزح'],
      ['طيكل', 'منسع'],
    ]);
  });

  test('cuts what does not fit at the smallest size with an ellipsis that fits', () => {
    const block = layoutBlock('ابجد هوزح طيكل منسع فصقر', {
      ...options,
      maxLines: () => 1,
      sizes: [10],
    });
    expect(block.truncated).toBe(true);
    const [line] = block.lines;
    expect(line?.map((piece) => piece.text)).toEqual(['ابجد', 'هوزح', '…']);
    const left = Math.min(...(line ?? []).map((piece) => piece.x + measure(piece, 10).left));
    expect(1000 - left).toBeLessThanOrEqual(100);
  });

  test('an ellipsis after a number is a word of its own, at the left', () => {
    const block = layoutBlock('ابجد 2500 هوزح طيكل', {
      ...options,
      maxLines: () => 1,
      sizes: [10],
    });
    expect(block.lines[0]?.map((piece) => piece.text)).toEqual(['ابجد', '2500', '…']);
    expect(block.lines[0]?.at(-1)?.x).toBeLessThan(block.lines[0]?.at(-2)?.x ?? 0);
  });
});
