import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { tableChecksum, withFamilyName } from '../../src/lib/sfnt';

const require = createRequire(import.meta.url);
const subsetFont = require('subset-font') as (
  font: Buffer,
  text: string,
  options: { targetFormat: 'sfnt' },
) => Promise<Buffer>;
const folder = mkdtempSync(join(tmpdir(), 'mowjaz-sfnt-'));
let original: Buffer;
let renamed: Uint8Array;

interface Table {
  tag: string;
  checksum: number;
  bytes: Buffer;
}

function tables(font: Uint8Array): Table[] {
  const bytes = Buffer.from(font);
  return Array.from({ length: bytes.readUInt16BE(4) }, (_, index) => {
    const at = 12 + 16 * index;
    const offset = bytes.readUInt32BE(at + 8);
    return {
      tag: bytes.toString('latin1', at, at + 4),
      checksum: bytes.readUInt32BE(at + 4),
      bytes: bytes.subarray(offset, offset + bytes.readUInt32BE(at + 12)),
    };
  });
}

/** The name table's records as `id:string`, decoded (UTF-16BE: the fonts here have Windows records only). */
function names(font: Uint8Array): string[] {
  const name = tables(font).find(({ tag }) => tag === 'name')?.bytes ?? Buffer.alloc(0);
  const storage = name.readUInt16BE(4);
  return Array.from({ length: name.readUInt16BE(2) }, (_, index) => {
    const at = 6 + 12 * index;
    const bytes = Buffer.from(
      name.subarray(
        storage + name.readUInt16BE(at + 10),
        storage + name.readUInt16BE(at + 10) + name.readUInt16BE(at + 8),
      ),
    );
    return `${name.readUInt16BE(at + 6)}:${bytes.swap16().toString('utf16le')}`;
  });
}

/** The ink width of `text` drawn with `font` as the only font, asked for as `family`. */
function inkWidth(font: Uint8Array, family: string, text: string): number {
  const file = join(folder, `${family}.ttf`);
  writeFileSync(file, font);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="100"><text x="200" y="60" font-family="${family}" font-size="40">${text}</text></svg>`;
  return (
    new Resvg(svg, {
      font: { fontFiles: [file], loadSystemFonts: false, defaultFontFamily: family },
      logLevel: 'off',
    }).getBBox()?.width ?? 0
  );
}

beforeAll(async () => {
  const source = readFileSync(
    require.resolve('@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-latin-400-normal.woff2'),
  );
  original = await subsetFont(source, '«2500»', { targetFormat: 'sfnt' });
  renamed = withFamilyName(original, 'Mowjaz Test');
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('withFamilyName', () => {
  test('the family (name ids 1 and 16) is renamed, every other name kept', () => {
    const before = names(original);
    expect(before).toContain('1:Noto Naskh Arabic');
    expect(names(renamed)).toEqual(
      before.map((record) =>
        /^(1|16):/.test(record) ? record.replace(/:.*/, ':Mowjaz Test') : record,
      ),
    );
  });

  test('resvg reads the renamed font and draws with it', () => {
    expect(inkWidth(renamed, 'Mowjaz Test', '2500')).toBeGreaterThan(40);
  });

  test('every table but name and head is copied byte for byte, in the same order', () => {
    const before = tables(original);
    const after = tables(renamed);
    expect(after.map(({ tag }) => tag)).toEqual(before.map(({ tag }) => tag));
    for (const [index, table] of after.entries()) {
      if (table.tag === 'name' || table.tag === 'head') continue;
      expect(table.bytes.equals(before[index]?.bytes ?? Buffer.alloc(0)), table.tag).toBe(true);
    }
  });

  test('checksums are right: each table’s, and the whole font’s through head.checkSumAdjustment', () => {
    for (const table of tables(renamed)) {
      const bytes =
        table.tag === 'head'
          ? Buffer.concat([table.bytes.subarray(0, 8), Buffer.alloc(4), table.bytes.subarray(12)])
          : table.bytes;
      expect(tableChecksum(bytes), table.tag).toBe(table.checksum);
    }
    expect(tableChecksum(renamed)).toBe(0xb1b0afba);
  });

  test('refuses what is not a TrueType/OpenType font, saying what to pass', () => {
    expect(() => withFamilyName(new Uint8Array(12), 'x')).toThrow('pass a TrueType/OpenType font');
  });
});
