import { describe, expect, test } from 'vitest';
import { directiveFinder, directiveMatches, formatDirective } from '../../src/lib/text-fragment';

const BLOCKS = [
  'وقال المسؤول: «إنه ليس تعديلاً عددياً حقاً،، بل هو توضيح وظيفى لما ستفعله القوة».',
  'وقال المصدر إن المهمة الأمريكية بالعراق معنية بمقاومة داعش وليست متواجدة لمحاربة إيران.',
  'وأوضح المصدر أن المحادثات ستبحث فى عدد كبير من المواضيع، وقال المصدر إن المهمة مستمرة.',
];

function spanOf(block: number, quote: string) {
  const start = (BLOCKS[block] as string).indexOf(quote);
  return { start, end: start + quote.length };
}

describe('directiveFinder lands on the quote and nowhere else', () => {
  test.each([
    { title: 'a short unique quote, whole', block: 1, quote: 'معنية بمقاومة داعش', expected: { start: 'معنية بمقاومة داعش' } },
    { title: 'a long quote, by its first and last words', block: 0, quote: '«إنه ليس تعديلاً عددياً حقاً،، بل هو توضيح وظيفى لما ستفعله القوة»', expected: { start: '«إنه ليس تعديلاً', end: 'لما ستفعله القوة»' } },
    { title: 'a phrase repeated with the same word before it, singled out by two', block: 2, quote: 'المصدر إن المهمة', expected: { start: 'المصدر إن المهمة', prefix: 'المواضيع، وقال' } },
  ])('$title', ({ block, quote, expected }) => {
    const directive = directiveFinder(BLOCKS)(block, spanOf(block, quote));
    expect(directive).toEqual(expected);
    expect(directiveMatches(BLOCKS, directive!)).toEqual([{ block, span: spanOf(block, quote) }]);
  });

  test('a span that is not whole words has no directive', () => {
    expect(directiveFinder(BLOCKS)(1, spanOf(1, 'عنية بمقاومة'))).toBeUndefined();
  });
});

describe('formatDirective percent-encodes, the directive syntax included, and leaves Arabic letters as they are', () => {
  test.each([
    [{ start: 'a-b, c&d' }, 'text=a%2Db%2C%20c%26d'],
    [{ prefix: 'وقال', start: 'داعش' }, 'text=وقال-,داعش'],
    [{ start: 'x', end: 'y', suffix: 'z' }, 'text=x,y,-z'],
    [{ start: 'حقاً،، بل\u200f 2500' }, 'text=حقاً%D8%8C%D8%8C%20بل%E2%80%8F%202500'],
  ])('%o → %s', (directive, expected) => {
    expect(formatDirective(directive)).toBe(expected);
  });
});
