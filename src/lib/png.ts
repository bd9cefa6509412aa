/**
 * A PNG of opaque RGB pixels (8 bits a channel), given as the rows it is compressed from: each
 * row's filter byte, then its pixels.
 *
 * resvg's own `asPng()` encodes as well, on the thread that calls it; the cards are composed on
 * threads of their own (src/lib/card-worker.ts), straight into rows of this layout with filter 0,
 * none (a card is mostly flat colour, which deflate's matches take whole), and this encoder is
 * both faster and smaller on them: the rows are deflated at level 3, as fast as level 1 on a card
 * and smaller than resvg's files. A card is opaque (its background covers it), so its pixels are
 * kept without their alpha: a quarter less to deflate, and a file about 8 % smaller.
 */
import { crc32, deflateSync } from 'node:zlib';

const SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);

/** The bytes a pixel takes: red, green, blue. */
export const PIXEL_BYTES = 3;

/** The bytes of one row: its filter byte and its pixels. */
export const rowLength = (width: number): number => width * PIXEL_BYTES + 1;

/**
 * RGBA pixels (resvg's) as the rows a PNG of them is compressed from, each after its filter byte,
 * 0 (none), without their alpha. Throws, naming the first pixel that is not opaque: this PNG has
 * no transparency to keep it.
 */
export function opaqueRows(pixels: Uint8Array, width: number, height: number): Buffer {
  const rows = Buffer.alloc(rowLength(width) * height);
  for (let row = 0; row < height; row += 1) {
    for (let column = 0; column < width; column += 1) {
      const from = (row * width + column) * 4;
      if (pixels[from + 3] !== 255) throw new Error(`pixel ${column} of row ${row} is not opaque`);
      const to = row * rowLength(width) + 1 + column * PIXEL_BYTES;
      for (let channel = 0; channel < PIXEL_BYTES; channel += 1) rows[to + channel] = pixels[from + channel] as number;
    }
  }
  return rows;
}

/** A chunk: its length, its type, its data and the CRC of type and data. */
function chunk(type: string, data: Uint8Array): Buffer {
  const typed = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const out = Buffer.alloc(typed.length + 8);
  out.writeUInt32BE(data.length, 0);
  typed.copy(out, 4);
  out.writeUInt32BE(crc32(typed), typed.length + 4);
  return out;
}

export function encodePng(rows: Uint8Array, width: number, height: number): Uint8Array {
  const expected = rowLength(width) * height;
  if (rows.length !== expected) throw new Error(`encodePng(): ${rows.length} bytes are not ${height} rows of ${width} RGB pixels, each after its filter byte (${expected} bytes)`);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  // Bit depth 8, colour type 2 (RGB), deflate, adaptive filtering, no interlace.
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('IDAT', deflateSync(rows, { level: 3 })), chunk('IEND', new Uint8Array())]);
}
