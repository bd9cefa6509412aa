import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { checkBriefingFile } from '../../src/lib/briefing-file';
import { resolveSelector } from '../../src/lib/selectors';
import { bodyParagraphs, selectorsOf } from '../../src/lib/scaffold/verify';
import { analysisOf, buildSite, fixtureParagraphs, projectCopy, ROOT, SLUG as REAL_SLUG } from '../helpers/site';

const TSX = `${ROOT}node_modules/tsx/dist/cli.mjs`;
const SLUG = 'scaffolded-article';
const TARGET = `content/briefings/${SLUG}.md`;
const copies: string[] = [];

/** `npm run new` as npm runs it: tsx on the script, from the root of a throwaway copy of the project. */
function runNew(root: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [TSX, 'src/cli/new-briefing.ts', ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, INIT_CWD: root } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A copy of the project with the fixture at tests/fixtures/article.ar.txt, as in the real tree. */
function copyWithFixture(): string {
  const root = projectCopy({});
  copies.push(root);
  mkdirSync(join(root, 'tests/fixtures'), { recursive: true });
  copyFileSync(`${ROOT}tests/fixtures/article.ar.txt`, join(root, 'tests/fixtures/article.ar.txt'));
  return root;
}

afterAll(() => {
  for (const root of copies) rmSync(root, { recursive: true, force: true });
});

interface Annotation {
  id: string;
  proposed?: boolean;
  kind?: string;
  exact?: string;
  value?: number;
  approximate?: boolean;
  mentions?: { exact: string }[];
}

describe('npm run new on the source article', () => {
  let root = '';
  let run: ReturnType<typeof runNew>;
  let file = '';
  let analysis: Record<'actors' | 'quotes' | 'figures' | 'dates', Annotation[]>;
  let took = 0;

  beforeAll(() => {
    root = copyWithFixture();
    const started = performance.now();
    run = runNew(root, 'tests/fixtures/article.ar.txt', '--slug', SLUG);
    took = performance.now() - started;
    file = readFileSync(join(root, TARGET), 'utf8');
    analysis = parse(/^---\n([\s\S]*?)\n---\n/.exec(file)?.[1] ?? '');
  });

  test('writes the briefing, says where, and takes a few seconds at most', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`Wrote ${TARGET}`);
    expect(took).toBeLessThan(20_000);
  });

  test('the body is the fixture\'s eleven paragraphs (lines 5, 9, 12 … 38), character for character', () => {
    expect(bodyParagraphs(file)).toEqual(fixtureParagraphs());
    expect(file.endsWith(`\n\n${fixtureParagraphs().join('\n\n')}\n`)).toBe(true);
  });

  test('title, caption and the placeholders are in the frontmatter', () => {
    const frontmatter = analysis as unknown as { title: string; summary: string; source: { publisher: null; caption: string; published: { basis: string } } };
    expect(frontmatter.title).toBe(readFileSync(`${ROOT}tests/fixtures/article.ar.txt`, 'utf8').split('\n')[0]);
    expect(frontmatter.source).toMatchObject({ publisher: null, caption: 'الرئيس الأمريكى جو بايدن', published: { basis: 'inferred' } });
    expect(frontmatter.summary).toBe('TODO: اكتب هنا خلاصة التحليل');
  });

  test('it proposes the direct quotes in «…» — the article has two that are quotes, the other «…» are names', () => {
    const direct = analysis.quotes.filter((quote) => quote.kind === 'direct').map((quote) => quote.exact);
    expect(direct).toHaveLength(2);
    expect(direct[0]).toMatch(/^«لسنا بحاجة إلى المزيد من المقاتلين.*فى الجو»$/u);
    expect(direct[1]).toMatch(/^«إنه ليس تعديلاً عددياً حقاً،، .*الاستراتيجية»$/u);
    const names = analysis.actors.map((actor) => (actor as unknown as { name: { ar: string } }).name.ar);
    expect(names).toEqual(expect.arrayContaining(['وول ستريت جورنال', 'داعش', 'البنتاجون']));
    expect(run.stdout).toMatch(/quotes +\d+ \(2 direct, \d+ reported\)/u);
  });

  test('both mentions of 2500, the approximate 3500, and both Mondays', () => {
    const figure = (value: number) => analysis.figures.find((entry) => entry.value === value);
    expect(figure(2500)?.mentions?.map((mention) => mention.exact)).toEqual(['2500 جندى', '2500 أمريكى']);
    expect(figure(3500)).toMatchObject({ approximate: true, mentions: [{ exact: 'نحو 3500 جندى أجنبى' }] });
    const monday = analysis.dates.find((date) => date.mentions?.some((mention) => mention.exact === 'الاثنين'));
    expect(monday?.mentions?.map((mention) => mention.exact)).toEqual(['الاثنين', 'الإثنين']);
  });

  test('every annotation is a proposal, and every selector resolves exactly once in the rendered text', () => {
    const all = [...analysis.actors, ...analysis.quotes, ...analysis.figures, ...analysis.dates];
    expect(all.every((item) => item.proposed === true)).toBe(true);
    const text = fixtureParagraphs().join('\n\n');
    const selectors = selectorsOf(analysis as unknown as Record<string, unknown>);
    expect(selectors.length).toBeGreaterThan(50);
    for (const { field, selector } of selectors) expect(resolveSelector(text, selector), field).toHaveProperty('span');
  });

  test('the build\'s file check finds nothing wrong but the proposals and the placeholders', () => {
    const problems = checkBriefingFile(readFileSync(join(root, TARGET)));
    const count = analysis.actors.length + analysis.quotes.length + analysis.figures.length + analysis.dates.length;
    expect(problems.filter((problem) => problem.field.endsWith('.proposed')).length).toBe(count);
    const placeholders = problems.filter((problem) => !problem.field.endsWith('.proposed'));
    expect(placeholders.map((problem) => problem.field)).toEqual(expect.arrayContaining(['summary', 'source.published.note', 'actors[0].name.en']));
    for (const problem of placeholders) expect(problem.message, problem.field).toBe('is a placeholder left by npm run new: write the real value over it');
  });

  test('it lists the counts, the TODOs and the reminder', () => {
    for (const words of ['Proposed, each marked proposed: true:', 'TODO', 'summary: replace the placeholder', 'source.published', 'name.en', 'The build fails until every proposed: true line and every TODO: placeholder is gone']) {
      expect(run.stdout).toContain(words);
    }
  });

  test('building the copy fails, and lists the proposals', () => {
    const { status, output } = buildSite(root);
    expect(status).not.toBe(0);
    expect(output).toContain(`${TARGET}: `);
    expect(output).toContain('quotes[0].proposed: marks "');
    expect(output).toContain('as a proposal of npm run new');
    expect(output.match(/\.proposed: marks "/gu)?.length).toBe(analysis.actors.length + analysis.quotes.length + analysis.figures.length + analysis.dates.length);
  });

  test('with every proposed: true line deleted and the placeholders written over, the same file builds: the proposals are sound', () => {
    const confirmed = projectCopy({ [`${SLUG}.md`]: file.replace(/^ {4}proposed: true\n/gmu, '').replaceAll('TODO: ', '') });
    copies.push(confirmed);
    const { status, output } = buildSite(confirmed);
    expect(output).not.toContain('problem');
    expect(status).toBe(0);
    expect(existsSync(join(confirmed, `dist/briefings/${SLUG}/index.html`))).toBe(true);
  });

  test('a second run refuses to overwrite: exit 1, the file named, the file unchanged', () => {
    const again = runNew(root, 'tests/fixtures/article.ar.txt', '--slug', SLUG);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain(TARGET);
    expect(again.stderr).toContain('refusing to overwrite');
    expect(readFileSync(join(root, TARGET), 'utf8')).toBe(file);
  });
});

describe('npm run new beside briefings that define actors already', () => {
  test('a proposed actor whose id the site defines takes that definition, so the confirmed briefing builds beside the others', () => {
    const root = copyWithFixture();
    const existing = `content/briefings/${REAL_SLUG}.md`;
    writeFileSync(join(root, existing), readFileSync(`${ROOT}${existing}`, 'utf8'));
    expect(runNew(root, 'tests/fixtures/article.ar.txt', '--slug', SLUG).status).toBe(0);

    const real = analysisOf(REAL_SLUG) as { actors: { id: string; name: unknown; kind: string }[] };
    const proposed = parse(/^---\n([\s\S]*?)\n---\n/.exec(readFileSync(join(root, TARGET), 'utf8'))?.[1] ?? '') as { actors: { id: string; name: unknown; kind: string }[] };
    const shared = proposed.actors.filter((actor) => real.actors.some((other) => other.id === actor.id));
    expect(shared.length).toBeGreaterThan(0);
    for (const actor of shared) {
      const definition = real.actors.find((other) => other.id === actor.id);
      expect({ name: actor.name, kind: actor.kind }, actor.id).toEqual({ name: definition?.name, kind: definition?.kind });
    }

    const confirmed = readFileSync(join(root, TARGET), 'utf8').replace(/^ {4}proposed: true\n/gmu, '').replaceAll('TODO: ', '');
    writeFileSync(join(root, TARGET), confirmed);
    const { status, output } = buildSite(root);
    expect(output).not.toContain('problem');
    expect(status).toBe(0);
  });
});

describe('npm run new refuses what it cannot turn into a briefing', () => {
  let root = '';
  beforeAll(() => {
    root = copyWithFixture();
  });

  test.each([
    { title: 'a file that is not UTF-8', name: 'latin1.txt', bytes: Uint8Array.from([0x41, 0x0a, 0x0a, 0xe9, 0x74, 0xe9, 0x0a]), says: 'is not UTF-8 text (the first bad byte is on line 3)' },
    { title: 'a headline with no paragraphs', name: 'headline-only.txt', bytes: new TextEncoder().encode('العنوان وحده\n\n\u00A0\n'), says: 'has no paragraphs' },
    { title: 'a paragraph Markdown would change', name: 'list.txt', bytes: new TextEncoder().encode('العنوان\n\nقال الوزير إن الخطة جاهزة.\n\n- أولا: الانسحاب\n'), says: 'renders as <ul>' },
  ])('$title: exit 1, a clear message, nothing written', ({ name, bytes, says }) => {
    writeFileSync(join(root, name), bytes);
    const { status, stderr } = runNew(root, name, '--slug', 'refused');
    expect(status).toBe(1);
    expect(stderr).toContain(name);
    expect(stderr).toContain(says);
    expect(existsSync(join(root, 'content/briefings/refused.md'))).toBe(false);
  });

  test('a slug that is not kebab-case ASCII is a usage error', () => {
    const { status, stderr } = runNew(root, 'tests/fixtures/article.ar.txt', '--slug', 'Bad_Slug');
    expect(status).toBe(2);
    expect(stderr).toContain('kebab-case');
  });
});

describe('npm run new --date: the article\'s publication date, when the author knows it', () => {
  let root = '';
  let analysis: { source: { published: { date: string; basis: string; note: string } }; dates: { date: string; precision: string; note: string; mentions: { exact: string }[] }[] };
  let gold: { dates: { date: string; precision: string; mentions: { exact: string }[] }[] };

  beforeAll(() => {
    root = copyWithFixture();
    const run = runNew(root, 'tests/fixtures/article.ar.txt', '--slug', SLUG, '--date', '2021-07-25');
    expect(run.status, run.stderr).toBe(0);
    analysis = parse(/^---\n([\s\S]*?)\n---\n/.exec(readFileSync(join(root, TARGET), 'utf8'))?.[1] ?? '');
    gold = analysisOf(REAL_SLUG) as typeof gold;
  });

  test('is written to source.published as stated, with no placeholder left for it', () => {
    expect(analysis.source.published).toMatchObject({ date: '2021-07-25', basis: 'stated' });
    expect(analysis.source.published.note).not.toMatch(/^TODO:/);
  });

  test('resolves the relative dates the published briefing resolved by hand to the same day', () => {
    // The editor's own resolutions in content/briefings, for the phrases given a day there.
    for (const phrase of ['الاثنين', 'بحلول نهاية العام']) {
      const expected = gold.dates.find((date) => date.mentions.some((mention) => mention.exact === phrase));
      const proposed = analysis.dates.find((date) => date.mentions.some((mention) => mention.exact === phrase));
      expect(expected, phrase).toBeDefined();
      expect({ date: proposed?.date, precision: proposed?.precision }, phrase).toEqual({ date: expected?.date, precision: expected?.precision });
      expect(proposed?.note, phrase).toContain('2021-07-25');
    }
  });

  test('an approximate phrase stays approximate, counted back from the date', () => {
    const week = analysis.dates.find((date) => date.mentions.some((mention) => mention.exact === 'منذ نحو أسبوع'));
    expect(week).toMatchObject({ date: '2021-07-18', precision: 'approximate' });
  });
});

describe('npm run new: a bad --date or an unreadable file is a usage error, and nothing is written', () => {
  let root = '';
  beforeAll(() => {
    root = copyWithFixture();
  });

  test.each([
    { title: 'a day that does not exist', args: ['--date', '2021-02-30'], says: '--date "2021-02-30" is not a real date' },
    { title: 'a date in another order', args: ['--date', '25/07/2021'], says: 'write the article\'s publication date as YYYY-MM-DD' },
    { title: 'a date with no value', args: ['--date'], says: '--date needs a value' },
    { title: 'the = form', args: ['--date=2021-7-25'], says: '--date "2021-7-25" is not a real date' },
  ])('$title: exit 2', ({ args, says }) => {
    const { status, stderr } = runNew(root, 'tests/fixtures/article.ar.txt', '--slug', 'refused', ...args);
    expect(status).toBe(2);
    expect(stderr).toContain(says);
    expect(existsSync(join(root, 'content/briefings/refused.md'))).toBe(false);
  });

  test('a file that does not exist: exit 2, naming it', () => {
    const { status, stderr } = runNew(root, 'no-such-article.txt', '--slug', 'refused');
    expect(status).toBe(2);
    expect(stderr).toContain('cannot read no-such-article.txt');
    expect(existsSync(join(root, 'content/briefings/refused.md'))).toBe(false);
  });

  test('a folder in place of a file: exit 2', () => {
    mkdirSync(join(root, 'a-folder.txt'), { recursive: true });
    const { status, stderr } = runNew(root, 'a-folder.txt', '--slug', 'refused');
    expect(status).toBe(2);
    expect(stderr).toContain('cannot read a-folder.txt');
  });
});
