/**
 * Renames the family of a TrueType/OpenType (sfnt) font.
 *
 * Why: Fontsource splits Noto Naskh Arabic into an `arabic` and a `latin` file that both call
 * themselves "Noto Naskh Arabic". A renderer that picks fonts by family name (resvg) then cannot
 * ask for the one that has the digits and «» rather than the one that has the letters; given
 * distinct names, it can.
 *
 *   sfnt:  header (12 bytes) │ table records (16 bytes each: tag, checksum, offset, length) │ tables…
 *   name:  format, count, storage offset │ records (12 bytes each) │ strings (UTF-16BE on Windows)
 *
 * The name table is rebuilt with name ids 1 (family) and 16 (typographic family) replaced; every
 * other table is copied byte for byte, and the checksums are recomputed as the spec asks.
 */

const FAMILY_NAME_IDS = new Set([1, 16]);
/** `head.checkSumAdjustment` makes the whole font sum to this (OpenType spec, `head` table). */
const CHECKSUM_MAGIC = 0xb1b0afba;
/** The offset of `checkSumAdjustment` in the `head` table. */
const HEAD_CHECKSUM_ADJUSTMENT = 8;

interface Table {
  tag: Uint8Array;
  data: Uint8Array;
}

const dataView = (bytes: Uint8Array): DataView =>
  new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
const padded = (length: number): number => (length + 3) & ~3;
const tagName = (tag: Uint8Array): string => String.fromCharCode(...tag);

/** The sum of a table's big-endian uint32s (its length padded with zeros to a multiple of 4). */
export function tableChecksum(bytes: Uint8Array): number {
  const padding = new Uint8Array(padded(bytes.byteLength));
  padding.set(bytes);
  const view = dataView(padding);
  let sum = 0;
  for (let at = 0; at < padding.byteLength; at += 4) sum = (sum + view.getUint32(at)) >>> 0;
  return sum;
}

/** A name string encoded as its platform expects: UTF-16BE for Unicode (0) and Windows (3), one byte a character for Macintosh (1). */
function encodeName(platform: number, text: string): Uint8Array {
  if (platform === 1) {
    if (!/^[\x20-\x7e]*$/.test(text))
      throw new Error(
        `withFamilyName: "${text}" cannot be written in a Macintosh name record; use ASCII letters`,
      );
    return Uint8Array.from(text, (char) => char.charCodeAt(0));
  }
  const bytes = new Uint8Array(text.length * 2);
  for (let index = 0; index < text.length; index++)
    dataView(bytes).setUint16(index * 2, text.charCodeAt(index));
  return bytes;
}

function renamedNameTable(table: Uint8Array, family: string): Uint8Array {
  const view = dataView(table);
  const count = view.getUint16(2);
  const storage = view.getUint16(4);
  const records = Array.from({ length: count }, (_, index) => {
    const at = 6 + 12 * index;
    const [platform, encoding, language, nameId, length, offset] = [0, 2, 4, 6, 8, 10].map(
      (field) => view.getUint16(at + field),
    ) as [number, number, number, number, number, number];
    const text = FAMILY_NAME_IDS.has(nameId)
      ? encodeName(platform, family)
      : table.subarray(storage + offset, storage + offset + length);
    return { platform, encoding, language, nameId, text };
  });
  const header = 6 + 12 * count;
  const out = new Uint8Array(
    records.reduce((size, record) => size + record.text.byteLength, header),
  );
  const outView = dataView(out);
  // Format 0 (no language-tag records): format, count, storage offset.
  outView.setUint16(2, count);
  outView.setUint16(4, header);
  let offset = 0;
  records.forEach(({ platform, encoding, language, nameId, text }, index) => {
    [platform, encoding, language, nameId, text.byteLength, offset].forEach((value, field) =>
      outView.setUint16(6 + 12 * index + 2 * field, value),
    );
    out.set(text, header + offset);
    offset += text.byteLength;
  });
  return out;
}

/** `font` (an sfnt: TrueType or OpenType, not WOFF) with its family name changed to `family`. */
export function withFamilyName(font: Uint8Array, family: string): Uint8Array {
  const view = dataView(font);
  const numTables = view.getUint16(4);
  const tables: Table[] = Array.from({ length: numTables }, (_, index) => {
    const at = 12 + 16 * index;
    const offset = view.getUint32(at + 8);
    return {
      tag: font.subarray(at, at + 4),
      data: font.subarray(offset, offset + view.getUint32(at + 12)),
    };
  });
  const name = tables.find((table) => tagName(table.tag) === 'name');
  const head = tables.find((table) => tagName(table.tag) === 'head');
  if (!name || !head)
    throw new Error(
      'withFamilyName: the font has no `name` or `head` table; pass a TrueType/OpenType font (subset-font with targetFormat "sfnt")',
    );
  name.data = renamedNameTable(name.data, family);

  const directory = 12 + 16 * numTables;
  const out = new Uint8Array(
    tables.reduce((size, table) => size + padded(table.data.byteLength), directory),
  );
  const outView = dataView(out);
  out.set(font.subarray(0, 12));
  let offset = directory;
  let headOffset = 0;
  tables.forEach((table, index) => {
    out.set(table.data, offset);
    if (table === head) {
      headOffset = offset;
      // The head table's own checksum is taken with the adjustment zeroed.
      outView.setUint32(offset + HEAD_CHECKSUM_ADJUSTMENT, 0);
    }
    const record = 12 + 16 * index;
    out.set(table.tag, record);
    outView.setUint32(
      record + 4,
      tableChecksum(out.subarray(offset, offset + table.data.byteLength)),
    );
    outView.setUint32(record + 8, offset);
    outView.setUint32(record + 12, table.data.byteLength);
    offset += padded(table.data.byteLength);
  });
  outView.setUint32(
    headOffset + HEAD_CHECKSUM_ADJUSTMENT,
    (CHECKSUM_MAGIC - tableChecksum(out)) >>> 0,
  );
  return out;
}
