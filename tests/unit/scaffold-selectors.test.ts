import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { resolveSelector } from '../../src/lib/selectors';
import { classifyArticle } from '../../src/lib/scaffold/article-lines';
import { idFor, IdRegistry, ID, transliterateWord } from '../../src/lib/scaffold/transliterate';
import { uniqueSelector } from '../../src/lib/scaffold/unique-selector';

const PARAGRAPHS = classifyArticle(readFileSync(new URL('../fixtures/article.ar.txt', import.meta.url), 'utf8')).paragraphs;
const TEXT = PARAGRAPHS.join('\n\n');

/** The paragraph a span of TEXT lies in, as offsets of TEXT. */
function paragraphOf(span: { start: number }) {
  let start = 0;
  for (const paragraph of PARAGRAPHS) {
    if (span.start < start + paragraph.length) return { start, end: start + paragraph.length };
    start += paragraph.length + 2;
  }
  throw new Error('no such paragraph');
}

/** The n-th (0-based) occurrence of `exact` in `text`, as a span. */
function nth(text: string, exact: string, n: number) {
  let start = -1;
  for (let count = 0; count <= n; count++) start = text.indexOf(exact, start + 1);
  if (start === -1) throw new Error(`«${exact}» does not occur ${n + 1} times`);
  return { start, end: start + exact.length };
}

describe('uniqueSelector: the least context that makes a span unique', () => {
  test.each([
    { title: 'a span that occurs once needs none', exact: 'فؤاد حسين', n: 0, expected: { exact: 'فؤاد حسين' } },
    { title: 'a repeated span gets the word before it', exact: 'المصدر', n: 1, expected: { exact: 'المصدر', prefix: 'وأوضح ' } },
    { title: 'a span inside a word gets the start of that word', exact: 'البنتاجون', n: 1, expected: { exact: 'البنتاجون', prefix: 'ب' } },
    { title: 'a span after a guillemet gets it', exact: 'البنتاجون', n: 0, expected: { exact: 'البنتاجون', prefix: '« ' } },
    { title: 'a span at the start of its paragraph gets the words after it', exact: 'وقال', n: 0, expected: { exact: 'وقال', suffix: ' وزير' } },
    { title: 'two words before it when one is not enough', exact: 'القوات الأمريكية', n: 5, expected: { exact: 'القوات الأمريكية', prefix: 'فى مهمة ' } },
  ])('$title', ({ exact, n, expected }) => {
    const span = nth(TEXT, exact, n);
    const selector = uniqueSelector(TEXT, span, paragraphOf(span));
    expect(selector).toEqual(expected);
    const resolution = selector && resolveSelector(TEXT, selector);
    expect(resolution && 'span' in resolution ? resolution.span : undefined).toEqual(span);
  });

  test('context never reaches into another paragraph: two equal paragraphs cannot be told apart', () => {
    const text = 'قال الوزير إن الخطة جاهزة.\n\nقال الوزير إن الخطة جاهزة.';
    const span = nth(text, 'الخطة', 1);
    expect(uniqueSelector(text, span, { start: text.lastIndexOf('قال'), end: text.length })).toBeUndefined();
  });

  test('every word of the article: a selector, when there is one, resolves to that word and nowhere else', () => {
    let offset = 0;
    let checked = 0;
    for (const paragraph of PARAGRAPHS) {
      for (const match of paragraph.matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
        const span = { start: offset + match.index, end: offset + match.index + match[0].length };
        const selector = uniqueSelector(TEXT, span, { start: offset, end: offset + paragraph.length });
        if (!selector) continue;
        const resolution = resolveSelector(TEXT, selector);
        expect('span' in resolution && resolution.span).toEqual(span);
        checked++;
      }
      offset += paragraph.length + 2;
    }
    expect(checked).toBeGreaterThan(350);
  });
});

describe('ids: kebab-case ASCII, English where the glossary knows every word', () => {
  test.each([
    { input: 'مصدر بالبنتاجون', expected: 'pentagon-source' },
    { input: 'الحكومة العراقيّة', expected: 'iraqi-government' },
    { input: 'مسئولون أمريكيون وعراقيون', expected: 'us-iraqi-officials' },
    { input: 'مسئول أمريكى', expected: 'us-official' },
    { input: 'وزارة الدفاع الامريكية', expected: 'us-defense-ministry' },
    { input: 'فؤاد حسين', expected: 'fuad-hsin' },
    { input: 'جين ساكي', expected: 'jin-saki' },
    { input: 'مصطفى الكاظمى', expected: 'mstfa-al-kazmi' },
    { input: 'وول ستريت جورنال', expected: 'wul-strit-jurnal' },
  ])('$input → $expected', ({ input, expected }) => {
    expect(idFor(input)).toBe(expected);
    expect(ID.test(idFor(input))).toBe(true);
  });

  test.each([
    { input: 'بايدن', expected: 'baydn' },
    { input: 'العراق', expected: 'al-raq' },
    { input: 'فؤاد', expected: 'fuad' },
  ])('transliterateWord($input) → $expected', ({ input, expected }) => {
    expect(transliterateWord(input)).toBe(expected);
  });

  test('each id is handed out once; a bad or empty base takes the fallback', () => {
    const ids = new IdRegistry();
    expect([ids.claim('monday', 'date-1'), ids.claim('monday', 'date-2'), ids.claim('monday', 'date-3')]).toEqual(['monday', 'monday-2', 'monday-3']);
    expect(ids.claim('', 'speaker-1')).toBe('speaker-1');
    expect(ids.claim('Fuad_Hussein', 'speaker-2')).toBe('speaker-2');
  });
});
