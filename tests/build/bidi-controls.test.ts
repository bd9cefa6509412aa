import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { buildSite, projectCopy, ROOT, type BuildResult } from '../helpers/site';

/**
 * Direction controls in the body are the source's own characters: the build keeps them and
 * warns, naming the paragraph. (In the frontmatter they are refused: see the bad-input corpus.)
 */
const valid = readFileSync(`${ROOT}tests/bad-input/valid.md`, 'utf8');
const [frontmatter = '', body = ''] = valid.split(/(?<=\n---\n)/u);
const paragraphs = body.trim().split('\n\n');
const marked = `\u2067${paragraphs.at(-1)}\u2069`;
const file = `${frontmatter}\n${[...paragraphs.slice(0, -1), marked].join('\n\n')}\n`;

let root = '';
let build: BuildResult;

beforeAll(() => {
  root = projectCopy({ 'with-controls.md': file });
  build = buildSite(root);
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

test('the briefing builds, and the build names the paragraph that holds them', () => {
  expect(build.status, build.output).toBe(0);
  expect(build.output).toContain(`content/briefings/with-controls.md: paragraph ${paragraphs.length} (#p-${paragraphs.length}) holds the invisible direction controls U+2067 (RIGHT-TO-LEFT ISOLATE) at character 1`);
});

test('the page keeps them, where the source has them', () => {
  const html = readFileSync(join(root, 'dist/briefings/with-controls/index.html'), 'utf8');
  const paragraph = new RegExp(`<p[^>]*id="p-${paragraphs.length}"[^>]*>([\\s\\S]*?)</p>`, 'u').exec(html)?.[1] ?? '';
  expect(paragraph.startsWith('\u2067')).toBe(true);
  expect(paragraph).toContain('\u2069');
});
