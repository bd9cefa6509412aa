import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { briefingSource, buildSite, projectCopy, SLUG } from '../helpers/site';

// A copy of the project with the real briefing, built twice: cold, then again with nothing changed.
const { yaml, body } = briefingSource();
const root = projectCopy({ [`${SLUG}.md`]: `---\n${yaml}\n---\n${body}` });
const cards = join(root, 'node_modules/.astro/cards');

/** Every og.png of the built copy, by path, with its bytes. */
function previewImages(): Map<string, Buffer> {
  const dist = join(root, 'dist');
  const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('og.png'));
  return new Map(files.map((file) => [file, readFileSync(join(dist, file))]));
}

/** The drawn cards in the cache, by name, with when each was last written. */
function cachedCards(): Map<string, number> {
  return new Map(readdirSync(cards).filter((file) => file.endsWith('.png')).map((file) => [file, statSync(join(cards, file)).mtimeMs]));
}

const first = buildSite(root);
const firstImages = previewImages();
const firstCards = cachedCards();
const second = buildSite(root);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('preview cards are drawn once and kept between builds', () => {
  test('both builds succeed', () => {
    expect(first.status, first.output).toBe(0);
    expect(second.status, second.output).toBe(0);
  });

  test('the cold build keeps one file per distinct card in the cache, and a file of measurements', () => {
    const distinct = new Set([...firstImages.values()].map((png) => png.toString('base64')));
    expect(firstImages.size).toBeGreaterThan(12);
    expect(firstCards.size).toBe(distinct.size);
    expect(readdirSync(cards).filter((file) => /^measurements-[0-9a-f]{64}\.json$/.test(file))).toHaveLength(1);
  });

  test('the second build draws nothing: the cache is untouched and every image is byte for byte the same', () => {
    expect(cachedCards()).toEqual(firstCards);
    const images = previewImages();
    expect([...images.keys()].sort()).toEqual([...firstImages.keys()].sort());
    for (const [file, png] of images) expect(png.equals(firstImages.get(file) as Buffer), file).toBe(true);
  });
});
