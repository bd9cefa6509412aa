import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { classifyArticle, isCaptionLike } from '../../src/lib/scaffold/article-lines';

const NBSP = '\u00A0';
const FIXTURE = readFileSync(new URL('../fixtures/article.ar.txt', import.meta.url), 'utf8');

describe('classifyArticle reads a raw article line by line', () => {
  test('the fixture: headline, the caption once, eleven paragraphs, six residue lines', () => {
    const layout = classifyArticle(FIXTURE);
    expect(layout.headline).toBe('البنتاجون: سنبقي على التعاون التدريبي والاستخباراتي لمحاربة داعش');
    expect(layout.caption).toBe('الرئيس الأمريكى جو بايدن');
    expect(layout.paragraphLines).toEqual([5, 9, 12, 16, 20, 24, 28, 32, 34, 36, 38]);
    const lines = FIXTURE.split('\n');
    expect(layout.paragraphs).toEqual(layout.paragraphLines.map((line) => lines[line]));
    expect(layout.lines.filter((line) => line.kind === 'residue').map((line) => line.line)).toEqual([7, 14, 18, 22, 26, 30]);
    expect(layout.lines.filter((line) => line.kind === 'caption-repeat').map((line) => line.line)).toEqual([3]);
  });

  test('paragraphs are kept verbatim: ى/ي, typos, «...», trailing NO-BREAK SPACEs', () => {
    const layout = classifyArticle(FIXTURE);
    expect(layout.paragraphs[0]?.endsWith(`بلينكن.${NBSP}`)).toBe(true);
    expect(layout.paragraphs[0]).toContain('ومسذولين');
    expect(layout.paragraphs[3]).toContain('مقاتلين...');
    expect(layout.paragraphs[7]).toContain('حقاً،،');
  });

  test.each([
    {
      title: 'no caption when the line after the headline is a sentence',
      input: 'العنوان\n\nقال الوزير إن الخطة جاهزة.\n\nوأضاف أنها تبدأ غدا.',
      expected: { caption: undefined, paragraphs: ['قال الوزير إن الخطة جاهزة.', 'وأضاف أنها تبدأ غدا.'] },
    },
    {
      title: 'a caption repeated three times is kept once',
      input: 'العنوان\nصورة الوزير\nصورة الوزير\nصورة الوزير\nالفقرة الأولى من المقال.',
      expected: { caption: 'صورة الوزير', paragraphs: ['الفقرة الأولى من المقال.'] },
    },
    {
      title: 'a different short line after the caption stays a paragraph',
      input: 'العنوان\nصورة الوزير\nواشنطن - وكالات\nالفقرة الأولى.',
      expected: { caption: 'صورة الوزير', paragraphs: ['واشنطن - وكالات', 'الفقرة الأولى.'] },
    },
    {
      title: 'Windows line ends and a byte-order mark are not text',
      input: '\uFEFFالعنوان\r\n\r\nالفقرة الأولى.\r\n\u200F\r\nالفقرة الثانية.\r\n',
      expected: { caption: undefined, paragraphs: ['الفقرة الأولى.', 'الفقرة الثانية.'] },
    },
    {
      title: 'a short line later in the body is a paragraph, not a caption',
      input: `العنوان\n\nالفقرة الأولى من المقال.\n${NBSP}${NBSP}\nعنوان فرعي\nالفقرة الثانية.`,
      expected: { caption: undefined, paragraphs: ['الفقرة الأولى من المقال.', 'عنوان فرعي', 'الفقرة الثانية.'] },
    },
    {
      title: 'a headline alone has no paragraphs',
      input: 'العنوان\n\n\u00A0\n',
      expected: { caption: undefined, paragraphs: [] },
    },
  ])('$title', ({ input, expected }) => {
    const layout = classifyArticle(input);
    expect(layout.headline).toBe('العنوان');
    expect(layout.caption).toBe(expected.caption);
    expect(layout.paragraphs).toEqual(expected.paragraphs);
  });

  test('a short line kept as a paragraph after the caption is flagged', () => {
    const layout = classifyArticle('العنوان\nصورة الوزير\nواشنطن - وكالات\nالفقرة الأولى.');
    expect(layout.lines.find((line) => line.text === 'واشنطن - وكالات')?.flag).toContain('kept as a paragraph');
  });
});

describe('isCaptionLike: short, and not a sentence', () => {
  test.each([
    { input: 'الرئيس الأمريكى جو بايدن', expected: true },
    { input: `الرئيس الأمريكى جو بايدن${NBSP}`, expected: true },
    { input: 'وصل الوزير إلى بغداد.', expected: false },
    { input: 'ماذا نحتاج؟', expected: false },
    { input: 'قال الوزير:', expected: false },
    { input: 'واحد اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة', expected: false },
    { input: NBSP, expected: false },
  ])('$input → $expected', ({ input, expected }) => {
    expect(isCaptionLike(input)).toBe(expected);
  });
});
