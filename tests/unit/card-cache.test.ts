import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { digest, openCardCache } from '../../src/lib/card-cache';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function folder(): string {
  const path = join(mkdtempSync(join(tmpdir(), 'mowjaz-cards-test-')), 'cards');
  folders.push(path);
  return path;
}

const PNG = new Uint8Array([137, 80, 78, 71, 1, 2, 3]);

describe('the card cache: content-addressed, kept between builds', () => {
  test('a card is drawn once: the next build reads it, under the sha256 of fingerprint and SVG', async () => {
    const cards = folder();
    const draw = vi.fn(async () => PNG);
    expect(await openCardCache(cards, 'fonts-a').png('<svg/>', draw)).toEqual(PNG);
    expect(readdirSync(cards)).toEqual([`${digest('fonts-a', '<svg/>')}.png`]);
    expect(new Uint8Array(await openCardCache(cards, 'fonts-a').png('<svg/>', draw))).toEqual(PNG);
    expect(draw).toHaveBeenCalledTimes(1);
  });

  test('another SVG, or other fonts or resvg (another fingerprint), is drawn anew', async () => {
    const cards = folder();
    const draw = vi.fn(async () => PNG);
    await openCardCache(cards, 'fonts-a').png('<svg/>', draw);
    await openCardCache(cards, 'fonts-a').png('<svg width="1"/>', draw);
    await openCardCache(cards, 'fonts-b').png('<svg/>', draw);
    expect(draw).toHaveBeenCalledTimes(3);
    expect(readdirSync(cards)).toHaveLength(3);
  });

  test('measurements are kept once saved, for the same fingerprint only', () => {
    const cards = folder();
    const measure = vi.fn(() => ({ left: -10, right: 0 }));
    const first = openCardCache(cards, 'fonts-a');
    expect(first.measurement('<svg>a</svg>', measure)).toEqual({ left: -10, right: 0 });
    expect(first.measurement('<svg>a</svg>', measure)).toEqual({ left: -10, right: 0 });
    first.save();
    expect(openCardCache(cards, 'fonts-a').measurement('<svg>a</svg>', measure)).toEqual({ left: -10, right: 0 });
    expect(measure).toHaveBeenCalledTimes(1);
    openCardCache(cards, 'fonts-b').measurement('<svg>a</svg>', measure);
    expect(measure).toHaveBeenCalledTimes(2);
  });

  test('the digest tells lists of parts apart however they would run together', () => {
    expect(digest('ab', 'c')).not.toBe(digest('a', 'bc'));
    expect(digest('ab')).toMatch(/^[0-9a-f]{64}$/);
  });

  test('without a folder nothing is kept: every card is drawn', async () => {
    const draw = vi.fn(async () => PNG);
    const cache = openCardCache(undefined, 'fonts-a');
    await cache.png('<svg/>', draw);
    await cache.png('<svg/>', draw);
    expect(draw).toHaveBeenCalledTimes(2);
  });
});
