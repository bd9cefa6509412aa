import { expect, test } from 'vitest';
import { briefingDigits, digitsOf } from '../../src/lib/digits';

test.each([
  ['وتنشر البعثة نحو 4000 جندى في 2023', 'latn'],
  ['وتنشر البعثة نحو ٤٠٠٠ جندي منذ عام ٢٠٢٣', 'arab'],
  ['نشرت الوزارة ۱۲۰۰ عنصر', 'arabext'],
  // The article's own digits win over a stray code or year in the other script.
  ['قتل ١٢ شخصا وأصيب ٣٤ في هجوم بطائرة F16', 'arab'],
  ['نص بلا أرقام', 'latn'],
  // A tie keeps the site's digits.
  ['12 و١٢', 'latn'],
])('%s → %s', (body, expected) => {
  expect(digitsOf(body)).toBe(expected);
});

test('the frontmatter overrides what the body suggests', () => {
  expect(briefingDigits('latn', 'قتل ١٢ شخصا')).toBe('latn');
  expect(briefingDigits(undefined, 'قتل ١٢ شخصا')).toBe('arab');
  expect(briefingDigits(undefined, undefined)).toBe('latn');
});
