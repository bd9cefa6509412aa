import { describe, expect, test } from 'vitest';
import { quoteInContext } from '../../src/lib/quote-context';

const BODY = [
  '<p id="p-1">يلتقى <span id="actor-a" class="actor">جو بايدن</span> الاثنين.</p>',
  '<p id="p-2">وقال <span class="actor">فؤاد حسين</span>: <q id="quote-b">«لسنا <data value="1">بحاجة</data>»</q>، ثم <q id="quote-c">مضى</q>.</p>',
].join('\n');

describe('quoteInContext: a paragraph of the rendered body, split around a quote', () => {
  test.each([
    { quote: 'quote-b', before: 'وقال فؤاد حسين: ', text: '«لسنا بحاجة»', after: '، ثم مضى.' },
    { quote: 'quote-c', before: 'وقال فؤاد حسين: «لسنا بحاجة»، ثم ', text: 'مضى', after: '.' },
  ])('$quote', ({ quote, before, text, after }) => {
    expect(quoteInContext(BODY, 'p-2', quote)).toEqual({ before, quote: text, after });
  });

  test('a quote that is not in the paragraph is a bug, and says so', () => {
    expect(() => quoteInContext(BODY, 'p-1', 'quote-b')).toThrow(
      '#quote-b is not in #p-1 of the rendered body',
    );
  });
});
