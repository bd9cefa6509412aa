import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { briefingSource, buildSite, projectCopy, SLUG } from '../helpers/site';

// Astro's incremental build (astro.config.ts, src/lib/cache-keys.ts), checked on a copy of the
// project with two briefings that share the figure series: built from nothing, again unchanged,
// again after one briefing's title changed, and that last site once more from nothing, to compare.

const { yaml, body } = briefingSource();
const OTHER = 'second-briefing';
const titled = (title: string) => {
  const text = yaml.replace(/^title: ".*"$/m, `title: "${title}"`);
  if (text === yaml) throw new Error('the real briefing has no `title: "…"` line');
  return `---\n${text}\n---\n${body}`;
};
const root = projectCopy({ [`${SLUG}.md`]: `---\n${yaml}\n---\n${body}`, [`${OTHER}.md`]: titled('موجز ثان عن القوات الأمريكية في العراق') });
const NEW_TITLE = 'عنوان جديد للموجز الثاني';

/** Every file of the built copy, by path under dist/, with its bytes. */
function builtFiles(): Map<string, Buffer> {
  const dist = join(root, 'dist');
  const files = readdirSync(dist, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return new Map(files.map((entry) => {
    const path = join(entry.parentPath, entry.name);
    return [path.slice(dist.length + 1), readFileSync(path)];
  }));
}

/**
 * The paths a build's log lists, each with whether it was copied from the last build rather than
 * rendered. Astro writes "(restored)" right after a copied path; a rendered path's time comes when
 * it is done, after whatever other pages rendered side by side have printed (timestamps first).
 */
function generated(output: string): Map<string, boolean> {
  const listed = [...output.matchAll(/[├└]─ (\/.+?)(?= |\d{2}:\d{2}:\d{2}|$)/gm)].map(([, path = '']) => path);
  const copied = new Set([...output.matchAll(/[├└]─ (\/\S+) \((?:restored|cached)\)/g)].map(([, path = '']) => path));
  return new Map(listed.map((path) => [path, copied.has(path)]));
}

const cold = buildSite(root);
const coldFiles = builtFiles();
const warm = buildSite(root);
const warmFiles = builtFiles();
writeFileSync(join(root, 'content/briefings', `${OTHER}.md`), titled(NEW_TITLE));
const edited = buildSite(root);
const editedFiles = builtFiles();
rmSync(join(root, 'node_modules/.astro'), { recursive: true, force: true });
const fresh = buildSite(root);
const freshFiles = builtFiles();

afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The same files with the same bytes. */
function expectSameFiles(actual: Map<string, Buffer>, expected: Map<string, Buffer>): void {
  expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
  for (const [path, bytes] of actual) expect(bytes.equals(expected.get(path) as Buffer), path).toBe(true);
}

describe('incremental builds: unchanged pages are copied, changed ones rendered, and the site is the same', () => {
  test('every build succeeds', () => {
    for (const build of [cold, warm, edited, fresh]) expect(build.status, build.output).toBe(0);
  });

  test('nothing changed: every briefing, quote, card and annotation file is copied from the last build, and the site is byte for byte the same', () => {
    const paths = generated(warm.output);
    const perBriefing = [...paths.keys()].filter((path) => path.startsWith('/briefings/'));
    expect(perBriefing.length).toBeGreaterThan(2 * 12);
    for (const path of perBriefing) expect(paths.get(path), path).toBe(true);
    expectSameFiles(warmFiles, coldFiles);
  });

  test('a title changed: that briefing’s pages and cards are rendered again, the other briefing’s quotes and cards are copied', () => {
    const paths = generated(edited.output);
    const of = (slug: string) => [...paths.keys()].filter((path) => path.startsWith(`/briefings/${slug}/`));
    expect(of(OTHER).length).toBeGreaterThan(12);
    for (const path of of(OTHER)) expect(paths.get(path), path).toBe(false);
    for (const path of of(SLUG).filter((path) => path.includes('/quotes/'))) expect(paths.get(path), path).toBe(true);
    const quotePage = [...editedFiles.keys()].find((path) => path.startsWith(`briefings/${OTHER}/quotes/`) && path.endsWith('index.html'));
    expect(editedFiles.get(quotePage ?? '')?.toString('utf8')).toContain(NEW_TITLE);
  });

  test('what the incremental build wrote is what a build from nothing writes', () => {
    expectSameFiles(editedFiles, freshFiles);
  });
});
