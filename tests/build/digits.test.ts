import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSite, projectCopy, ROOT, type BuildResult } from '../helpers/site';

/**
 * A briefing written in Arabic-Indic digits shows its analysis in them: the valid bad-input
 * briefing, its figures' spans (in the body and in their selectors) rewritten in ٠-٩.
 */
const valid = readFileSync(`${ROOT}tests/bad-input/valid.md`, 'utf8');
const arabic = valid.replaceAll('4000 جندى', '٤٠٠٠ جندى').replaceAll('1500 جندى', '١٥٠٠ جندى');
const forced = arabic.replace(/^published: /mu, 'digits: latn\npublished: ');

let root = '';
let build: BuildResult;
const page = (slug: string): string => readFileSync(join(root, `dist/briefings/${slug}/index.html`), 'utf8');
const figures = (html: string): string[] => [...html.matchAll(/<data value="(\d+)"[^>]*>([^<]*)<\/data>/gu)].map((match) => `${match[1]}=${match[2]}`);
const timeline = (html: string): string => /<section class="timeline"[\s\S]*?<\/section>/u.exec(html)?.[0] ?? '';

beforeAll(() => {
  root = projectCopy({ 'arabic-digits.md': arabic, 'western-digits.md': valid, 'forced-digits.md': forced });
  build = buildSite(root);
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("a briefing's digits", () => {
  test('all three build', () => {
    expect(build.status, build.output).toBe(0);
  });

  test('detected from the body: figures in the sidebar in Arabic-Indic digits', () => {
    expect(figures(page('arabic-digits'))).toEqual(expect.arrayContaining(['4000=٤٬٠٠٠', '1500=١٬٥٠٠', '2500=٢٬٥٠٠']));
  });

  test("detected from the body: the timeline's dates in Arabic-Indic digits, Gregorian and Hijri", () => {
    const dates = timeline(page('arabic-digits'));
    expect(dates).toContain('<time datetime="2023-03-13">الاثنين، ١٣ مارس ٢٠٢٣</time>');
    expect(dates).toContain('(٢١ شعبان ١٤٤٤ هـ)');
    // Every date the site writes; the datetime attributes stay machine-readable, and the notes are the author's.
    const when = [...dates.matchAll(/<p class="event-when">([\s\S]*?)<\/p>/gu)].map((match) => (match[1] ?? '').replace(/<[^>]*>/gu, ''));
    expect(when.length).toBeGreaterThan(2);
    for (const text of when) expect(text).not.toMatch(/[0-9]/u);
  });

  test('a body in Western digits keeps them', () => {
    expect(figures(page('western-digits'))).toEqual(expect.arrayContaining(['4000=4,000', '1500=1,500']));
    expect(timeline(page('western-digits'))).toContain('<time datetime="2023-03-13">الاثنين، 13 مارس 2023</time>');
  });

  test('digits: in the frontmatter overrides the body', () => {
    expect(figures(page('forced-digits'))).toEqual(expect.arrayContaining(['4000=4,000', '1500=1,500']));
  });
});
