import { describe, expect, test } from 'vitest';
import { bodyControlWarnings, describeControls, frontmatterControlProblems } from '../../src/lib/bidi-controls';

describe('describeControls: each direction control, named, with where it is', () => {
  test.each([
    ['نص عادي بلا علامات', []],
    ['قال \u202Eمرحبا\u202C', ['U+202E (RIGHT-TO-LEFT OVERRIDE) at character 5', 'U+202C (POP DIRECTIONAL FORMATTING) at character 11']],
    ['\u2066NATO\u2069', ['U+2066 (LEFT-TO-RIGHT ISOLATE) at character 1', 'U+2069 (POP DIRECTIONAL ISOLATE) at character 6']],
    ['\u202A\u202B\u202D\u2067\u2068', ['U+202A (LEFT-TO-RIGHT EMBEDDING) at character 1', 'U+202B (RIGHT-TO-LEFT EMBEDDING) at character 2', 'U+202D (LEFT-TO-RIGHT OVERRIDE) at character 3', 'U+2067 (RIGHT-TO-LEFT ISOLATE) at character 4', 'U+2068 (FIRST STRONG ISOLATE) at character 5']],
    // The marks LRM/RLM and ALM only attach a neutral character to a direction: they reorder nothing.
    ['\u200E\u200F\u061C', []],
  ])('%j', (text, expected) => {
    expect(describeControls(text)).toEqual(expected);
  });
});

describe('frontmatterControlProblems: refused in any frontmatter text but a selector\'s own fields', () => {
  test('an id, a note, a name and a list item, each named by its field', () => {
    const problems = frontmatterControlProblems({
      title: 'عنوان',
      source: { published: { note: 'كتب \u202Eيوم\u202C الثلاثاء' } },
      actors: [{ id: 'nato\u2069', name: { ar: 'الناتو', en: '\u2066NATO\u2069' }, mentions: [{ exact: 'الناتو' }] }],
      dates: [{ sources: [{ publisher: '\u202Bوكالة' }] }],
    });
    expect(problems.map((problem) => problem.field)).toEqual(['source.published.note', 'actors[0].id', 'actors[0].name.en', 'dates[0].sources[0].publisher']);
    expect(problems[0]?.message).toMatch(/^holds the invisible direction controls U\+202E .* U\+202C .*: remove them/);
    expect(problems[1]?.message).toMatch(/^holds the invisible direction control U\+2069 \(POP DIRECTIONAL ISOLATE\) at character 5: remove it/);
  });

  test('exact, prefix and suffix copy the body as it is, so they may hold what it holds', () => {
    expect(
      frontmatterControlProblems({
        quotes: [{ id: 'q', exact: '«\u202Eنص\u202C»', prefix: '\u2067', suffix: '\u2069' }],
        actors: [{ id: 'a', mentions: [{ exact: '\u2066NATO\u2069', prefix: 'حلف ' }] }],
      }),
    ).toEqual([]);
  });
});

describe('bodyControlWarnings: the body keeps them, and each paragraph holding one is named', () => {
  test('numbered as the page numbers its paragraphs', () => {
    const warnings = bodyControlWarnings('\n\nالفقرة الأولى.\n\nالفقرة \u2067NATO\u2069 الثانية.\n\nالثالثة.\n');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^paragraph 2 \(#p-2\) holds the invisible direction controls U\+2067 .* at character 8, U\+2069 .* at character 13: kept/);
  });

  test('a body without them gives no warning', () => {
    expect(bodyControlWarnings('فقرة.\n\nفقرة أخرى.')).toEqual([]);
  });
});
