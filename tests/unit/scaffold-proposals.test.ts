import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { checkBriefingFile } from '../../src/lib/briefing-file';
import { resolveSelector } from '../../src/lib/selectors';
import { classifyArticle } from '../../src/lib/scaffold/article-lines';
import { bodyOf, briefingFileText } from '../../src/lib/scaffold/briefing-text';
import { PLACEHOLDERS, scaffoldBriefing } from '../../src/lib/scaffold/proposals';
import { renderedBlocks, renderingDifferences } from '../../src/lib/scaffold/rendered-text';
import { ID } from '../../src/lib/scaffold/transliterate';
import { bodyParagraphs, selectorsOf, verifyBriefingFile } from '../../src/lib/scaffold/verify';

const LAYOUT = classifyArticle(readFileSync(new URL('../fixtures/article.ar.txt', import.meta.url), 'utf8'));
const TODAY = '2026-11-29';

interface Proposed {
  id: string;
  proposed?: true;
  kind?: string;
  speaker?: string;
  via?: string;
  exact?: string;
  value?: number;
  unit?: string;
  approximate?: boolean;
  partOf?: string;
  date?: string;
  precision?: string;
  mentions?: { exact: string; prefix?: string; suffix?: string }[];
  name?: { ar: string; en: string };
}

function scaffold(paragraphs: string[]) {
  const result = scaffoldBriefing({ headline: 'العنوان', paragraphs, today: TODAY });
  const lists = result.frontmatter as Record<'actors' | 'quotes' | 'figures' | 'dates', Proposed[]>;
  return { ...result, ...lists };
}

describe('scaffoldBriefing on the source article', () => {
  const result = scaffoldBriefing({ headline: LAYOUT.headline, caption: LAYOUT.caption as string, paragraphs: LAYOUT.paragraphs, today: TODAY });
  const { actors, quotes, figures, dates } = result.frontmatter as Record<'actors' | 'quotes' | 'figures' | 'dates', Proposed[]>;
  const text = LAYOUT.paragraphs.join('\n\n');

  test('the two multi-word «…» quotes are direct quotes, with their speakers', () => {
    const direct = quotes.filter((quote) => quote.kind === 'direct');
    expect(direct.map((quote) => quote.exact)).toEqual([
      '«لسنا بحاجة إلى المزيد من المقاتلين لأن لدينا مقاتلين... ماذا نحتاج؟ نحن بحاجة إلى تعاون فى مجال الاستخبارات. نحن بحاجة للمساعدة فى التدريب. نحن بحاجة إلى قوات لمساعدتنا فى الجو»',
      '«إنه ليس تعديلاً عددياً حقاً،، بل هو توضيح وظيفى لما ستفعله القوة بما يتفق مع أولوياتنا الاستراتيجية»',
    ]);
    const nameOf = (id: string | undefined) => actors.find((actor) => actor.id === id)?.name?.ar;
    expect(direct.map((quote) => nameOf(quote.speaker))).toEqual(['فؤاد حسين', 'مسئول أمريكى']);
    expect(nameOf(direct[0]?.via)).toBe('وول ستريت جورنال');
  });

  test('reported speech is proposed for every «قال/أفاد/صرح/أكد/أوضح … أن»', () => {
    const reported = quotes.filter((quote) => quote.kind === 'reported').map((quote) => quote.exact?.split(' ').slice(0, 3).join(' '));
    expect(reported).toEqual([
      'الحكومة العراقيّة ترغب',
      'مسئولين أمريكيين وعراقيين',
      'الهدف من البيان',
      'واشنطن تخطط للوفاء',
      'الإدارة الأمريكية تبحث',
      'الواقع فى العراق',
      'المهمة الأمريكية بالعراق',
      'المحادثات مع الجانب',
      'ستناقش المرحلة الانتقالية',
    ]);
  });

  test('figures: both mentions of 2500 as one figure, part of the approximate 3500; the round; the week', () => {
    const summary = figures.map(({ value, unit, approximate, partOf, mentions }) => ({ value, unit, approximate, partOf, mentions: mentions?.map((mention) => mention.exact) }));
    expect(summary).toEqual([
      { value: 1, unit: 'week', approximate: true, partOf: undefined, mentions: ['نحو أسبوع'] },
      { value: 4, unit: 'round', approximate: false, partOf: undefined, mentions: ['الجولة الرابعة'] },
      { value: 2500, unit: 'troops', approximate: false, partOf: 'troops-3500', mentions: ['2500 جندى', '2500 أمريكى'] },
      { value: 3500, unit: 'troops', approximate: true, partOf: undefined, mentions: ['نحو 3500 جندى أجنبى'] },
    ]);
  });

  test('dates: both Mondays as one scheduled date, the week ago, the end-of-year deadline', () => {
    expect(dates.map(({ id, kind, precision, mentions }) => ({ id, kind, precision, mentions: mentions?.map((mention) => mention.exact) }))).toEqual([
      { id: 'monday', kind: 'scheduled', precision: 'approximate', mentions: ['الاثنين', 'الإثنين'] },
      { id: 'about-a-week-ago', kind: 'reported', precision: 'approximate', mentions: ['منذ نحو أسبوع'] },
      { id: 'end-of-year', kind: 'deadline', precision: 'approximate', mentions: ['بحلول نهاية العام'] },
    ]);
    expect(dates.every((date) => date.date === '2026')).toBe(true);
  });

  test('actors: speakers, people by title, states and organizations; «المصدر» joins «مصدر بالبنتاجون»', () => {
    const names = actors.map((actor) => actor.name?.ar);
    for (const name of ['جين ساكي', 'فؤاد حسين', 'جو بايدن', 'مصطفى الكاظمى', 'أنتونى بلينكن', 'مصدر بالبنتاجون', 'البنتاجون', 'البيت الأبيض', 'الإدارة الأمريكية', 'الولايات المتحدة', 'العراق', 'داعش']) {
      expect(names).toContain(name);
    }
    expect(actors.find((actor) => actor.name?.ar === 'مصدر بالبنتاجون')?.mentions?.map((mention) => mention.exact)).toEqual(['مصدر بالبنتاجون', 'المصدر', 'المصدر']);
    expect(actors.find((actor) => actor.name?.ar === 'جو بايدن')?.mentions).toEqual([{ exact: 'جو بايدن' }, { exact: 'بايدن', prefix: 'بالرئيس ' }]);
  });

  test('every proposal is marked, every id kebab-case and unique across the lists', () => {
    const all = [...actors, ...quotes, ...figures, ...dates];
    expect(all.every((item) => item.proposed === true)).toBe(true);
    const ids = all.map((item) => item.id);
    expect(ids.every((id) => ID.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('every selector resolves exactly once, within one paragraph, and no two spans cross', () => {
    const spans = selectorsOf(result.frontmatter).map(({ field, selector }) => {
      const resolution = resolveSelector(text, selector);
      expect(resolution, field).toHaveProperty('span');
      return 'span' in resolution ? resolution.span : { start: 0, end: 0 };
    });
    expect(spans.length).toBeGreaterThan(50);
    for (const span of spans) expect(text.slice(span.start, span.end)).not.toContain('\n');
    for (const a of spans) for (const b of spans) expect(a.start < b.start && b.start < a.end && a.end < b.end).toBe(false);
  });

  test('the file passes the build\'s file check but for the proposals and the placeholders, and its body is the article', () => {
    const file = briefingFileText(result.frontmatter, result.comments, LAYOUT.paragraphs);
    const problems = checkBriefingFile(new TextEncoder().encode(file));
    const proposals = problems.filter((problem) => problem.field.endsWith('.proposed'));
    expect(proposals.length).toBe(actors.length + quotes.length + figures.length + dates.length);
    expect(proposals.every((problem) => problem.message.includes('as a proposal of npm run new'))).toBe(true);
    expect(problems.filter((problem) => !problem.field.endsWith('.proposed')).every((problem) => problem.message.startsWith('is a placeholder left by npm run new'))).toBe(true);
    expect(bodyParagraphs(file)).toEqual(LAYOUT.paragraphs);
    expect(verifyBriefingFile(file, LAYOUT.paragraphs).problems).toEqual([]);
  });

  test('the YAML reads back to the same frontmatter, placeholders and TODO comments included', () => {
    const file = briefingFileText(result.frontmatter, result.comments, LAYOUT.paragraphs);
    const yaml = /^---\n([\s\S]*?)\n---\n/.exec(file)?.[1] ?? '';
    expect(parse(yaml)).toEqual(result.frontmatter);
    expect(yaml).toContain(`summary: "${PLACEHOLDERS.summary}" # TODO`);
    expect(yaml).toMatch(/name: \{ ar: "فؤاد حسين", en: "TODO: English name" \} # TODO/);
    expect(yaml).toContain('partOf: troops-3500');
    expect(result.report.todo.some((entry) => entry.startsWith('source.published'))).toBe(true);
  });
});

describe('scaffoldBriefing leaves out what it cannot anchor, and says why', () => {
  test('a span that would cross one placed before it is dropped', () => {
    // A name after a title may take a third word with ال: here it runs into «البيت الأبيض».
    const { actors, report } = scaffold(['وصل وزير الدفاع لويد أوستن البيت الأبيض صباح اليوم.']);
    expect(actors.map((actor) => actor.name?.ar)).toEqual(['لويد أوستن البيت']);
    expect(report.dropped).toContainEqual('actor «البيت الأبيض»: it would cross actor «لويد أوستن البيت»');
  });

  test('a span no context within its paragraph can single out is dropped', () => {
    const paragraph = 'وقال المسؤول إن الخطة جاهزة للتنفيذ الآن.';
    const { quotes, report } = scaffold([paragraph, paragraph]);
    expect(quotes).toEqual([]);
    expect(report.dropped).toContainEqual(expect.stringContaining('no prefix or suffix within its paragraph makes it unique'));
  });

  test('a quote with no speaker before it is dropped', () => {
    const { quotes, report } = scaffold(['«نحن هنا لنبقى في هذه البلاد طويلا»']);
    expect(quotes).toEqual([]);
    expect(report.dropped).toContainEqual(expect.stringContaining('no speaker found'));
  });

  test('a figure whose noun no unit of content/units.json has is proposed as troops, flagged in the file and the TODO list', () => {
    const result = scaffold(['وقال الوزير إن الحكومة خصصت 50 مليون قرص للمشروع.']);
    expect(result.figures).toMatchObject([{ value: 50_000_000, unit: 'troops' }]);
    expect(result.comments).toContainEqual({ path: ['figures', 0, 'unit'], text: expect.stringContaining('«قرص» is not a noun of any unit in content/units.json') });
    expect(result.report.todo).toContainEqual(expect.stringContaining('add the noun or a unit to content/units.json'));
  });
});

describe('the rendered body: what Markdown would change is caught before anything is written', () => {
  test('the source article renders as its eleven paragraphs, unchanged', async () => {
    expect(renderingDifferences(LAYOUT.paragraphs, await renderedBlocks(bodyOf(LAYOUT.paragraphs)))).toEqual({ errors: [], warnings: [] });
  });

  test.each([
    { input: ['- أولا: الانسحاب'], says: 'renders as <ul>' },
    { input: ['1. البند الأول'], says: 'renders as <ol>' },
    { input: ['قال إن القرار *نهائي*'], says: 'Markdown syntax in it' },
    { input: ['# عنوان'], says: 'renders as <h1>' },
  ])('$input.0 → $says', async ({ input, says }) => {
    const { errors } = renderingDifferences(input, await renderedBlocks(bodyOf(input)));
    expect(errors.join('\n')).toContain(says);
  });

  test('spaces at the end of a paragraph are a warning: the file keeps them, the page drops them', async () => {
    const input = ['قال الوزير إن الخطة جاهزة.   '];
    expect(renderingDifferences(input, await renderedBlocks(bodyOf(input)))).toMatchObject({ errors: [], warnings: [expect.stringContaining('spaces or tabs')] });
  });
});
