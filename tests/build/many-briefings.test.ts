import { readdirSync, readFileSync, rmSync } from 'node:fs';
import type { Element, Root } from 'hast';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { INDEX_PAGE_SIZE, SERIES_UI as UI_SERIES, UI } from '../../src/consts';
import { filesIn, isInternal, linkProblem, linksOfPage, sitemapLocations, urlOf, type BuiltSite } from '../helpers/links';
import { buildSite, projectCopy, ROOT, SLUG, splitBriefing } from '../helpers/site';

// The real briefing, the fixtures of tests/fixtures/briefings/ and enough generated copies of one
// of them to fill three pages of the index, built together in a throwaway copy of the project,
// deployed under a base path: nothing may depend on there being one briefing, or on which one.

const SITE_URL = 'https://example.org';
const BASE_PATH = '/mowjaz/';
const home = `${SITE_URL}${BASE_PATH}`;
const FIXTURES = `${ROOT}tests/fixtures/briefings/`;
/** The fixtures the generated briefings are copies of, in turn: both small, the first without quotes, the second with one (so that the quotes' index has more than one page). */
const TEMPLATES = ['demining-course-concludes.md', 'joint-exercise-figures.md'] as const;

/** File name → text of every briefing the copy is built with. */
const files = new Map<string, string>([[`${SLUG}.md`, readFileSync(`${ROOT}content/briefings/${SLUG}.md`, 'utf8')]]);
const fixtureNames = readdirSync(FIXTURES).filter((name) => name.endsWith('.md')).sort();
for (const name of fixtureNames) files.set(name, readFileSync(`${FIXTURES}${name}`, 'utf8'));
// Two full pages and two briefings on the third; each copy older than the last, one day apart.
const generatedCount = 2 * INDEX_PAGE_SIZE + 2 - files.size;
for (let day = 1; day <= generatedCount; day += 1) {
  const date = `2025-01-${String(day).padStart(2, '0')}`;
  const template = files.get(TEMPLATES[day % TEMPLATES.length] as string) ?? '';
  files.set(`generated-${date}.md`, template.replace(/^published: .*$/m, `published: ${date}`));
}

interface Mentioned {
  id: string;
  mentions?: unknown[];
}
interface Analysis {
  published: string | Date;
  actors: (Mentioned & { name: { ar: string }; role?: string })[];
  quotes?: { id: string; speaker: string }[];
}

/** What the tests know of a briefing from its source: its slug, analysis and paragraphs. */
interface Source {
  slug: string;
  /** When it went up, YYYY-MM-DD. */
  published: string;
  analysis: Analysis;
  /** The body's paragraphs: its blocks between blank lines, verbatim. */
  paragraphs: string[];
}

const sources: Source[] = [...files].map(([name, text]) => {
  const { yaml, body } = splitBriefing(text, name);
  const analysis = parse(yaml) as Analysis;
  const published = analysis.published instanceof Date ? analysis.published.toISOString().slice(0, 10) : String(analysis.published);
  return { slug: name.slice(0, -'.md'.length), published, analysis, paragraphs: body.replace(/\n+$/, '').split(/\n{2,}/) };
});
const newestFirst = sources.toSorted((a, b) => b.published.localeCompare(a.published));
const bySlug = new Map(sources.map((source) => [source.slug, source]));

const copies: string[] = [];
let built: BuiltSite;
let pages: string[] = [];

const read = (file: string): Root => fromHtml(readFileSync(`${built.dist}${file}`, 'utf8'));
/** The dist/ file a site-relative or absolute URL is served from. */
const fileOf = (url: string): string => {
  const path = decodeURIComponent(new URL(url, home).pathname).slice(BASE_PATH.length);
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
};
const hrefs = (elements: Element[]): string[] => elements.map((element) => String(element.properties.href));
/** Every link of a part of a page that does not resolve (to a file of the copy's dist/, and its #fragment). */
const unresolved = (links: string[], file: string): string[] =>
  links.flatMap((href) => {
    const problem = linkProblem(href, urlOf(file, built), built);
    return problem ? [problem] : [];
  });
const slugOf = (href: string): string => /\/briefings\/([^/]+)\/$/.exec(new URL(href, home).pathname)?.[1] ?? `(not a briefing: ${href})`;
/** A list's pages as built, in order: `<folder>index.html`, then `<folder>page/2/index.html`… */
const listPages = (folder: string): string[] => {
  const later = pages.flatMap((file) => (file.startsWith(`${folder}page/`) ? [Number(/page\/(\d+)\/index\.html$/.exec(file)?.[1])] : []));
  return [`${folder}index.html`, ...later.toSorted((a, b) => a - b).map((page) => `${folder}page/${page}/index.html`)];
};
/** Page `index` of a list: a navigation named `label` that marks it current, links rel="prev"/"next" to its neighbours and lists every page. */
function expectPagination(files: string[], index: number, label: string): void {
  const file = files[index] as string;
  const nav = select(`nav[aria-label="${label}"]`, read(file)) as Element;
  expect(nav, file).toBeDefined();
  const here = urlOf(file, built);
  const url = (element: Element | undefined) => element && new URL(String(element.properties.href), here).href;
  expect(selectAll('a[aria-current="page"]', nav).map((link) => url(link))).toEqual([here]);
  expect(url(select('a[rel~="prev"]', nav))).toBe(index > 0 ? urlOf(files[index - 1] as string, built) : undefined);
  expect(url(select('a[rel~="next"]', nav))).toBe(index < files.length - 1 ? urlOf(files[index + 1] as string, built) : undefined);
  expect(selectAll('a', nav).map((link) => toString(link))).toEqual([...(index > 0 ? [UI.previousPage] : []), ...files.map((_, page) => String(page + 1)), ...(index < files.length - 1 ? [UI.nextPage] : [])]);
  expect(unresolved(hrefs(selectAll('a', nav)), file)).toEqual([]);
}

beforeAll(() => {
  const root = projectCopy(Object.fromEntries(files));
  copies.push(root);
  const started = performance.now();
  const { status, output } = buildSite(root, { SITE_URL, BASE_PATH });
  const seconds = (performance.now() - started) / 1000;
  if (status !== 0) throw new Error(`the build of ${files.size} briefings failed:\n${output}`);
  built = { dist: `${root}/dist/`, site: SITE_URL, base: BASE_PATH };
  pages = filesIn(built.dist, '.html');
  console.info(`${files.size} briefings (the real one, ${fixtureNames.length} fixtures, ${generatedCount} generated): ${pages.length} pages built in ${seconds.toFixed(1)} s`);
});

afterAll(() => {
  for (const root of copies) rmSync(root, { recursive: true, force: true });
});

test('the briefings: the real one, the fixtures (which share actors with it) and the generated copies, with distinct dates', () => {
  expect(fixtureNames.length).toBeGreaterThanOrEqual(3);
  expect(fixtureNames).toEqual(expect.arrayContaining([...TEMPLATES]));
  expect(generatedCount).toBeGreaterThan(0);
  expect(new Set(sources.map(({ published }) => published)).size).toBe(sources.length);
});

describe.each(newestFirst.map(({ slug }) => slug))('the briefing %s', (slug) => {
  const { analysis, paragraphs } = bySlug.get(slug) as Source;

  test('its page renders the article, paragraph for paragraph, character for character', () => {
    const body = select('#article-body', read(`briefings/${slug}/index.html`)) as Element;
    const rendered = selectAll('p', body);
    expect(rendered.map((paragraph) => toString(paragraph))).toEqual(paragraphs);
    expect(rendered.map((paragraph) => paragraph.properties.id)).toEqual(paragraphs.map((_, index) => `p-${index + 1}`));
  });

  test('its index of actors links each name to the actor’s page', () => {
    // Grouped by kind, so not in the frontmatter's order.
    const links = selectAll('#actors li a', read(`briefings/${slug}/index.html`));
    expect(links.map((link) => new URL(String(link.properties.href), home).pathname).toSorted()).toEqual(analysis.actors.map(({ id }) => `${BASE_PATH}actors/${id}/`).toSorted());
    expect(unresolved(hrefs(links), `briefings/${slug}/index.html`)).toEqual([]);
  });
});

describe('the index', () => {
  const indexFiles = ['index.html', 'page/2/index.html', 'page/3/index.html'];

  test('three pages: the first is the home page, then page/2/ and page/3/ (no page/1/, no page/4/)', () => {
    expect(pages.filter((file) => file === 'index.html' || file.startsWith('page/'))).toEqual(indexFiles);
  });

  test('lists every briefing once, newest first, across its pages, with title, summary, date and counts', () => {
    const listed = indexFiles.map((file) => selectAll('.briefing-list > li', read(file)));
    expect(listed.map((items) => items.length)).toEqual([INDEX_PAGE_SIZE, INDEX_PAGE_SIZE, 2]);
    const items = listed.flat();
    expect(items.map((item) => slugOf(String(select('h3 a', item)?.properties.href)))).toEqual(newestFirst.map(({ slug }) => slug));
    for (const [index, item] of items.entries()) {
      const source = newestFirst[index] as Source;
      expect(select('time', item)?.properties.dateTime).toBe(source.published);
      expect(toString(item)).toContain(`اقتباسات: ${source.analysis.quotes?.length ?? 0}`);
    }
  });

  test.each(indexFiles.map((file, index) => ({ file, index })))('$file: a named navigation with the current page, and rel="prev"/"next" links to its neighbours', ({ index }) => {
    expectPagination(indexFiles, index, UI.pagination);
  });
});

describe('an actor shared by several briefings, defined identically in each', () => {
  const defining = (id: string) => newestFirst.filter(({ analysis }) => analysis.actors.some((actor) => actor.id === id));

  /** The briefings' sections of an actor's pages, in order, with the file each is in. */
  const appearances = (id: string) => listPages(`actors/${id}/`).flatMap((file) => selectAll('section.actor-appearance', read(file)).map((section) => ({ file, section })));

  test('pentagon: pages of INDEX_PAGE_SIZE briefings, actors/pentagon/ then page/2/…, each navigable, the same header on each', () => {
    const files = listPages('actors/pentagon/');
    const name = defining('pentagon')[0]?.analysis.actors.find(({ id }) => id === 'pentagon')?.name.ar ?? '';
    expect(files).toHaveLength(Math.ceil(defining('pentagon').length / INDEX_PAGE_SIZE));
    expect(files.length).toBeGreaterThan(1);
    for (const [index, file] of files.entries()) {
      expect(selectAll('section.actor-appearance', read(file)).length, file).toBe(index < files.length - 1 ? INDEX_PAGE_SIZE : defining('pentagon').length - index * INDEX_PAGE_SIZE);
      expect(toString(select('.actor-header h1', read(file)) as Element)).toBe(toString(select('.actor-header h1', read(files[0] as string)) as Element));
      expectPagination(files, index, UI.actorPagination(name));
    }
  });

  test('pentagon: its pages list the actor’s mentions in every briefing (newest first), each link landing on its mention', () => {
    const briefings = defining('pentagon');
    expect(briefings.map(({ slug }) => slug)).toEqual(expect.arrayContaining([SLUG, ...fixtureNames.map((name) => name.slice(0, -'.md'.length))]));
    const sections = appearances('pentagon');
    expect(sections.map(({ section }) => slugOf(String(select('h2 a', section)?.properties.href)))).toEqual(briefings.map(({ slug }) => slug));
    for (const [index, { file, section }] of sections.entries()) {
      const { slug, analysis } = briefings[index] as Source;
      const actor = analysis.actors.find(({ id }) => id === 'pentagon') as Analysis['actors'][number];
      const mentions = selectAll('.mentions a', section);
      expect(mentions.map((link) => String(link.properties.href))).toEqual(
        (actor.mentions ?? []).map((_, nth) => `${BASE_PATH}briefings/${slug}/#actor-pentagon${nth === 0 ? '' : `--${nth + 1}`}`),
      );
      expect(unresolved(hrefs(mentions), file)).toEqual([]);
      // The role is the one at the time of each article: shown where that briefing gives one.
      if (actor.role) expect(toString(section)).toContain(actor.role);
    }
  });

  test('us-official: the page lists the actor’s quotes from more than one briefing, each linked to its anchor and its page', () => {
    const briefings = defining('us-official').filter(({ analysis }) => analysis.quotes?.some(({ speaker }) => speaker === 'us-official'));
    expect(briefings.length).toBeGreaterThan(1);
    const sections = appearances('us-official');
    for (const { slug, analysis } of briefings) {
      const { file, section } = sections.find((candidate) => slugOf(String(select('h2 a', candidate.section)?.properties.href)) === slug) ?? {};
      expect(section, slug).toBeDefined();
      if (!section || !file) continue;
      const cards = selectAll('[data-quote]', section);
      const expected = (analysis.quotes ?? []).filter(({ speaker }) => speaker === 'us-official').map(({ id }) => id);
      expect(cards.map((card) => card.properties.dataQuote)).toEqual(expected);
      for (const card of cards) {
        const id = String(card.properties.dataQuote);
        expect(String(select('a.permalink', card)?.properties.href)).toBe(`${BASE_PATH}briefings/${slug}/#quote-${id}`);
        expect(String(select('a.quote-page', card)?.properties.href)).toBe(`${BASE_PATH}briefings/${slug}/quotes/${id}/`);
        expect(unresolved(hrefs(selectAll('a', card)), file)).toEqual([]);
      }
    }
  });

  test('the actors’ index links to every actor’s page once', () => {
    const ids = new Set(sources.flatMap(({ analysis }) => analysis.actors.map(({ id }) => id)));
    const links = selectAll('.actor-index a', read('actors/index.html'));
    expect(links.map((link) => new URL(String(link.properties.href), home).pathname).toSorted()).toEqual([...ids].map((id) => `${BASE_PATH}actors/${id}/`).toSorted());
    expect(unresolved(hrefs(links), 'actors/index.html')).toEqual([]);
  });
});

describe('the quotes’ index', () => {
  const quoted = newestFirst.filter(({ analysis }) => (analysis.quotes?.length ?? 0) > 0);

  test('pages of INDEX_PAGE_SIZE briefings, quotes/ then quotes/page/2/…, each navigable', () => {
    const files = listPages('quotes/');
    expect(files).toHaveLength(Math.ceil(quoted.length / INDEX_PAGE_SIZE));
    expect(files.length).toBeGreaterThan(1);
    for (const [index, file] of files.entries()) {
      expect(selectAll('section.quote-group', read(file)).length, file).toBe(index < files.length - 1 ? INDEX_PAGE_SIZE : quoted.length - index * INDEX_PAGE_SIZE);
      expectPagination(files, index, UI.quotesPagination);
    }
  });

  test('lists every quote of every briefing, newest briefing first, each with its speaker’s page, its anchor and its page', () => {
    const expected = quoted.flatMap(({ slug, analysis }) => (analysis.quotes ?? []).map(({ id, speaker }) => ({ slug, id, speaker })));
    expect(expected.length).toBeGreaterThan(bySlug.get(SLUG)?.analysis.quotes?.length ?? 0);
    const cards = listPages('quotes/').flatMap((file) =>
      selectAll('section.quote-group', read(file)).flatMap((section) =>
        selectAll('[data-quote]', section).map((card) => ({ file, slug: slugOf(String(select('h2 a', section)?.properties.href)), card })),
      ),
    );
    expect(cards.map(({ slug, card }) => `${slug}#${String(card.properties.dataQuote)}`)).toEqual(expected.map(({ slug, id }) => `${slug}#${id}`));
    for (const [index, { file, card }] of cards.entries()) {
      const { slug, id, speaker } = expected[index] as (typeof expected)[number];
      expect(String(select('a.speaker', card)?.properties.href)).toBe(`${BASE_PATH}actors/${speaker}/`);
      expect(String(select('a.permalink', card)?.properties.href)).toBe(`${BASE_PATH}briefings/${slug}/#quote-${id}`);
      expect(String(select('a.quote-page', card)?.properties.href)).toBe(`${BASE_PATH}briefings/${slug}/quotes/${id}/`);
      expect(unresolved(hrefs(selectAll('a', card)), file)).toEqual([]);
    }
  });
});

test('every internal URL of every page carries the base and resolves; every page but 404 has its own canonical URL and is in the sitemap', () => {
  const problems: string[] = [];
  for (const file of pages) {
    const from = urlOf(file, built);
    for (const { tag, url } of linksOfPage(readFileSync(`${built.dist}${file}`, 'utf8'))) {
      if (!isInternal(url, from, built)) continue;
      if (!url.startsWith('#') && !url.startsWith(BASE_PATH) && !url.startsWith(home)) problems.push(`${file}: <${tag}> ${url} does not carry ${BASE_PATH}`);
      const problem = linkProblem(url, from, built);
      if (problem) problems.push(`${file}: <${tag}> ${problem}`);
    }
    if (file !== '404.html') expect(select('link[rel="canonical"]', read(file))?.properties.href, file).toBe(from);
  }
  expect(problems).toEqual([]);
  const sitemaps = filesIn(built.dist, '.xml').filter((file) => file.startsWith('sitemap-') && file !== 'sitemap-index.xml');
  const listed = sitemaps.flatMap((file) => sitemapLocations(readFileSync(`${built.dist}${file}`, 'utf8')));
  expect(listed.toSorted()).toEqual(pages.filter((file) => file !== '404.html').map((file) => urlOf(file, built)).toSorted());
  expect(listed.map((url) => fileOf(url))).toEqual(expect.arrayContaining(['page/3/index.html', 'quotes/index.html', 'actors/index.html', 'actors/pentagon/index.html']));
});

test('the pages only many briefings make (the index’s later pages, gathered quotes and mentions) pass html-validate', async () => {
  // The copy has no .htmlvalidate.mjs: each page is validated as if it were in the project's dist/, under its settings.
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const files = pages.filter((file) => /^(index\.html|page\/|quotes\/|actors\/)/.test(file));
  expect(files.length).toBeGreaterThan(5);
  const messages: string[] = [];
  for (const file of files) {
    const report = await validator.validateString(readFileSync(`${built.dist}${file}`, 'utf8'), `${ROOT}dist/${file}`);
    messages.push(...report.results.flatMap((result) => result.messages.map(({ line, column, ruleId, message }) => `${file}:${line}:${column} ${ruleId}: ${message}`)));
  }
  expect(messages).toEqual([]);
});

test('an actor id that two briefings define differently fails the build, naming both files, the id, the field and how to fix it', () => {
  const fixture = 'joint-exercise-figures.md';
  const original = files.get(fixture) ?? '';
  const changed = original.replace('ar: "وزارة الدفاع الأمريكية (البنتاجون)"', 'ar: "البنتاجون"');
  expect(changed).not.toBe(original);
  const root = projectCopy({ [`${SLUG}.md`]: files.get(`${SLUG}.md`) ?? '', [fixture]: changed });
  copies.push(root);
  const { status, output } = buildSite(root);
  expect(status).not.toBe(0);
  // The real briefing went up first: its definition is the reference, and the newcomer is reported.
  const at = bySlug.get(SLUG)?.analysis.actors.findIndex(({ id }) => id === 'pentagon');
  expect(output).toContain(
    `content/briefings/${fixture}: 1 problem\n` +
      `  - actors[0].name.ar (id "pentagon"): is "البنتاجون" here, but "وزارة الدفاع الأمريكية (البنتاجون)" in content/briefings/${SLUG}.md (actors[${at}]): an actor id names one actor across the site`,
  );
  expect(output).toContain('Make name.ar the same in both files, or give one of the two actors another id');
  expect(output).not.toMatch(/\n\s+at /);
  console.info(`the build stopped with:\n${output.slice(output.indexOf(`content/briefings/${fixture}: 1 problem`)).split('\n').slice(0, 2).join('\n')}`);
});

describe('a figure series across briefings: us-troops-in-iraq, counted in July and in December 2021', () => {
  const later = 'iraq-combat-mission-ends';
  const series = (slug: string) => (bySlug.get(slug)?.analysis as unknown as { figures: { id: string; value: number; approximate: boolean; series?: string }[] }).figures.find((figure) => figure.series === 'us-troops-in-iraq');
  const sidebar = (slug: string) => select(`#figures-${series(slug)?.id} .series-change`, read(`briefings/${slug}/index.html`)) as Element;

  test('the series page has a point from each briefing, earliest source first', () => {
    const rows = selectAll('.series-table tbody tr', read('figures/us-troops-in-iraq/index.html'));
    expect(rows.map((row) => row.properties.dataBriefing)).toEqual([SLUG, later]);
    expect(rows.map((row) => (select('data', row) as Element).properties.value)).toEqual([SLUG, later].map((slug) => String(series(slug)?.value)));
    expect(selectAll('.series-chart .series-line', read('figures/us-troops-in-iraq/index.html'))).toHaveLength(1);
  });

  test('the earlier briefing’s sidebar shows the next value and the change; the later one’s the previous value and the change', () => {
    const [earlier, latest] = [series(SLUG), series(later)];
    const change = (latest?.value ?? 0) - (earlier?.value ?? 0);
    for (const [slug, label, other] of [[SLUG, UI_SERIES.next, later], [later, UI_SERIES.previous, SLUG]] as const) {
      const box = sidebar(slug);
      expect(toString(select('dt', box) as Element), slug).toBe(label);
      expect(selectAll('dt', box)).toHaveLength(1);
      const link = select('dd a', box) as Element;
      expect(new URL(String(link.properties.href), home).href).toBe(new URL(`briefings/${other}/#figure-${series(other)?.id}`, home).href);
      expect((select('dd a data', box) as Element).properties.value).toBe(String(series(other)?.value));
      expect((select('.change data', box) as Element).properties.value).toBe(String(change));
      // "About 2,500" after 2,500: the change is approximate too.
      expect(toString(select('.change', box) as Element).includes('نحو')).toBe(Boolean(earlier?.approximate || latest?.approximate));
      expect(unresolved(hrefs(selectAll('a', box)), `briefings/${slug}/index.html`)).toEqual([]);
    }
  });

  test('its CSV and JSON carry both values', () => {
    const csv = readFileSync(`${built.dist}figures/us-troops-in-iraq.csv`, 'utf8').split('\r\n').filter(Boolean);
    expect(csv).toHaveLength(3);
    const json = JSON.parse(readFileSync(`${built.dist}figures/us-troops-in-iraq.json`, 'utf8'));
    expect(json.values.map((row: { briefing: string }) => row.briefing)).toEqual([SLUG, later].map((slug) => new URL(`briefings/${slug}/`, home).href));
  });

  test('the annotation collection pages through every briefing, newest first, prev and next between them', () => {
    const collection = JSON.parse(readFileSync(`${built.dist}annotations.jsonld`, 'utf8'));
    const urls = newestFirst.map(({ slug }) => new URL(`briefings/${slug}/annotations.jsonld`, home).href);
    expect([collection.first, collection.last]).toEqual([urls[0], urls.at(-1)]);
    let start = 0;
    newestFirst.forEach(({ slug }, index) => {
      const page = JSON.parse(readFileSync(`${built.dist}briefings/${slug}/annotations.jsonld`, 'utf8'));
      expect([page.id, page.prev, page.next, page.startIndex]).toEqual([urls[index], urls[index - 1], urls[index + 1], start]);
      start += page.items.length;
    });
    expect(collection.total).toBe(start);
  });
});

test('a series that two briefings count in different units fails the build, naming both files, the field, the id and how to fix it', () => {
  const fixture = 'iraq-combat-mission-ends.md';
  const original = files.get(fixture) ?? '';
  const changed = original.replace(/(id: us-troops-remaining\n\s+value: 2500\n\s+)unit: troops/, '$1unit: round');
  expect(changed).not.toBe(original);
  const root = projectCopy({ [`${SLUG}.md`]: files.get(`${SLUG}.md`) ?? '', [fixture]: changed });
  copies.push(root);
  const { status, output } = buildSite(root);
  expect(status).not.toBe(0);
  expect(output).toContain(
    `content/briefings/${fixture}: 1 problem\n` +
      `  - figures[0].unit (id "us-troops-remaining"): is "round" here, but the series "us-troops-in-iraq" is counted in "troops" (content/series.json), and content/briefings/${SLUG}.md (figures[1]) counts it in "troops"`,
  );
  expect(output).toContain('Make the unit "troops", or take the figure out of the series');
  expect(output).not.toMatch(/\n\s+at /);
});
