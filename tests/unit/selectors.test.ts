import { describe, expect, test } from 'vitest';
import { closestSpan, resolveSelector } from '../../src/lib/selectors';

const TEXT = 'يلتقى الرئيس الأمريكى جو بايدن -الاثنين- برئيس الوزراء العراقى مصطفى الكاظمى. وقال المسؤول إن الرئيس بايدن سيلتقى بالرئيس العراقى.';

describe('resolveSelector finds the one span a selector names', () => {
  test.each([
    { title: 'a unique phrase', selector: { exact: 'جو بايدن' }, found: 'جو بايدن' },
    { title: 'a phrase made unique by its prefix', selector: { exact: 'بايدن', prefix: 'الرئيس ' }, found: 'بايدن', after: 'الرئيس ' },
    { title: 'a phrase made unique by its suffix', selector: { exact: 'الرئيس', suffix: ' العراقى' }, found: 'الرئيس' },
    { title: 'a phrase with prefix and suffix', selector: { exact: 'الرئيس', prefix: 'يلتقى ', suffix: ' الأمريكى' }, found: 'الرئيس' },
    { title: 'a span with its punctuation', selector: { exact: '-الاثنين-' }, found: '-الاثنين-' },
  ])('$title → "$found"', ({ selector, found, after }) => {
    const resolution = resolveSelector(TEXT, selector);
    expect(resolution).toHaveProperty('span');
    if (!('span' in resolution)) return;
    expect(TEXT.slice(resolution.span.start, resolution.span.end)).toBe(found);
    if (after) expect(TEXT.slice(resolution.span.start - after.length, resolution.span.start)).toBe(after);
  });
});

describe('resolveSelector explains a selector that names no single span', () => {
  test.each([
    { title: 'not found, with the closest text', selector: { exact: 'رئيس الوزارء العراقى' }, says: ['is not in the body', 'رئيس الوزراء العراقى'] },
    { title: 'ambiguous, with each place', selector: { exact: 'الرئيس' }, says: ['occurs 3 times', 'add a prefix or suffix'] },
    { title: 'a prefix that matches none of the places', selector: { exact: 'بايدن', prefix: 'السيد ' }, says: ['never with prefix "السيد "', 'جو [بايدن]'] },
    { title: 'a near miss by ى/ي', selector: { exact: 'يلتقي الرئيس' }, says: ['differ only by Arabic letter variants', '"يلتقى الرئيس"'] },
    { title: 'a near miss by أ/ا', selector: { exact: 'الرئيس الامريكى' }, says: ['letter variants', '"الرئيس الأمريكى"'] },
    { title: 'a near miss by ة/ه and diacritics', selector: { exact: 'بالرئيسِ العراقى' }, says: ['letter variants', '"بالرئيس العراقى"'] },
    { title: 'ؤ/ئ is a real difference, reported with the closest text', selector: { exact: 'المسئول' }, says: ['is not in the body', 'المسؤول'] },
  ])('$title', ({ selector, says }) => {
    const resolution = resolveSelector(TEXT, selector);
    expect(resolution).toHaveProperty('problem');
    if (!('problem' in resolution)) return;
    for (const words of says) expect(resolution.problem).toContain(words);
  });
});

describe('closestSpan', () => {
  test.each([
    { pattern: 'مصطفي الكاظمي', closest: 'مصطفى الكاظمى' },
    { pattern: 'بالرئيس العراقي.', closest: 'بالرئيس العراقى.' },
    { pattern: 'جو بايدن', closest: 'جو بايدن' },
  ])('$pattern → $closest', ({ pattern, closest }) => {
    const span = closestSpan(TEXT, pattern);
    expect(TEXT.slice(span.start, span.end)).toBe(closest);
  });
});
