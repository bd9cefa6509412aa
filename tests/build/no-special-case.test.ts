import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { analysisOf, ROOT, SLUG } from '../helpers/site';

// The site's code knows no briefing in particular: nothing under src/ names the first briefing's
// slug or any of its annotation ids. An id is matched as a whole token (letters, digits, `-` and
// `_` around it end the match), case-insensitively, wherever it occurs: code, strings, comments.
// Nothing is ignored: a generic word that is an id (`iraq`) counts too.

interface Identified {
  id: string;
  aliases?: string[];
}

const analysis = analysisOf();
const ids = [SLUG, ...(['actors', 'quotes', 'figures', 'dates'] as const).flatMap((list) => ((analysis[list] ?? []) as Identified[]).flatMap(({ id, aliases = [] }) => [id, ...aliases]))];

/** Where `token` occurs in `text` as a whole token: `line:column` of each occurrence. */
function occurrences(text: string, token: string): string[] {
  const escaped = token.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`(?<![A-Za-z0-9_-])${escaped}(?![A-Za-z0-9_-])`, 'gi');
  return [...text.matchAll(pattern)].map(({ index }) => {
    const before = text.slice(0, index).split('\n');
    return `${before.length}:${(before.at(-1)?.length ?? 0) + 1}`;
  });
}

const sourceFiles = readdirSync(`${ROOT}src`, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)))
  .sort();

describe('the token matcher (control)', () => {
  test.each([
    { text: 'const id = "iraq";', found: ['1:13'] },
    { text: '// in Iraq.\nx', found: ['1:7'] },
    { text: 'actors/iraq/', found: ['1:8'] },
    { text: 'iraqi-army, iraqis, pentagon-iraq-cooperation, IRAQ_X, iraq2', found: [] },
  ])('iraq in $text → $found', ({ text, found }) => {
    expect(occurrences(text, 'iraq')).toEqual(found);
  });
});

test('the ids to look for: the slug, and every actor, quote, figure and date id (with aliases) of its frontmatter', () => {
  expect(ids).toContain(SLUG);
  expect(ids.length).toBeGreaterThan(50);
  expect(sourceFiles.length).toBeGreaterThan(50);
});

test(`nothing in src/ mentions ${SLUG} or any of its annotation ids`, () => {
  const findings = sourceFiles.flatMap((file) => {
    const text = readFileSync(`${ROOT}${file}`, 'utf8');
    return ids.flatMap((id) => occurrences(text, id).map((at) => `${file}:${at} ${id}`));
  });
  expect(findings).toEqual([]);
});
