import { readdirSync, readFileSync, rmSync } from 'node:fs';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { classifyArticle } from '../../src/lib/scaffold/article-lines';
import { buildSite, projectCopy, ROOT, splitBriefing } from '../helpers/site';

// The scaffold's development corpus: every article of tests/fixtures/scaffold/ has its gold
// briefing beside it, whose body is the article's paragraphs as `npm run new` reads them, and
// the gold briefings build with the site's own (an actor they share is defined the same way).

const CORPUS = `${ROOT}tests/fixtures/scaffold/`;
const BRIEFINGS = `${ROOT}content/briefings/`;
const files = readdirSync(CORPUS);
const stems = (extension: string): string[] => files.filter((name) => name.endsWith(extension)).map((name) => name.slice(0, -extension.length)).sort();
const slugs = stems('.txt');

interface Gold {
  title: string;
  source: { caption?: string; published: { basis: string } };
  quotes?: { speaker: string }[];
}
const goldOf = (slug: string) => {
  const file = `${CORPUS}${slug}.md`;
  const { yaml, body } = splitBriefing(readFileSync(file, 'utf8'), file);
  return { analysis: parse(yaml) as Gold, paragraphs: body.replace(/^\n+|\n+$/g, '').split(/\n{2,}/) };
};
const articleOf = (slug: string) => classifyArticle(readFileSync(`${CORPUS}${slug}.txt`, 'utf8'));

let dist = '';
const copies: string[] = [];

beforeAll(() => {
  const briefings = Object.fromEntries([
    ...readdirSync(BRIEFINGS).filter((name) => name.endsWith('.md')).map((name) => [name, readFileSync(`${BRIEFINGS}${name}`, 'utf8')]),
    ...slugs.map((slug) => [`${slug}.md`, readFileSync(`${CORPUS}${slug}.md`, 'utf8')]),
  ]);
  const root = projectCopy(briefings);
  copies.push(root);
  const { status, output } = buildSite(root);
  if (status !== 0) throw new Error(`the site's briefings and the corpus's gold briefings do not build together:\n${output}`);
  dist = `${root}/dist/`;
});

afterAll(() => {
  for (const root of copies) rmSync(root, { recursive: true, force: true });
});

test('at least twelve articles, each with its gold briefing, and every gold briefing with its article', () => {
  expect(slugs.length).toBeGreaterThanOrEqual(12);
  expect(stems('.md')).toEqual(slugs);
  expect(files.filter((name) => !name.endsWith('.txt') && !name.endsWith('.md'))).toEqual([]);
});

describe.each(slugs)('%s', (slug) => {
  test('its gold body is the article’s paragraphs, verbatim; its title the headline; its caption the caption', () => {
    const article = articleOf(slug);
    const { analysis, paragraphs } = goldOf(slug);
    expect(paragraphs).toEqual(article.paragraphs);
    expect(analysis.title).toBe(article.headline);
    expect(analysis.source.caption).toBe(article.caption);
  });

  test('its page is built from it: the article, paragraph for paragraph, and every quote anchored', () => {
    const page = fromHtml(readFileSync(`${dist}briefings/${slug}/index.html`, 'utf8'));
    const body = select('#article-body', page) as Element;
    expect(selectAll('p', body).map((paragraph) => toString(paragraph))).toEqual(articleOf(slug).paragraphs);
    expect(selectAll('q[id^="quote-"]', body)).toHaveLength(goldOf(slug).analysis.quotes?.length ?? 0);
  });
});
