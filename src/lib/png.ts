/**
 * A PNG of raw RGBA pixels (8 bits a channel, not premultiplied, rows top to bottom).
 *
 * resvg's own `asPng()` encodes as well, on the thread that calls it; the cards are drawn on
 * threads of their own (src/lib/card-worker.ts), and this encoder is both faster and smaller on
 * them: the rows are only prefixed with their filter byte (0, none: a card is mostly flat colour,
 * which deflate's matches take whole) and deflated at level 3, as fast as level 1 on a card and
 * smaller than resvg's files.
 */
import { crc32, deflateSync } from 'node:zlib';

const SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);

/** A chunk: its length, its type, its data and the CRC of type and data. */
function chunk(type: string, data: Uint8Array): Buffer {
  const typed = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const out = Buffer.alloc(typed.length + 8);
  out.writeUInt32BE(data.length, 0);
  typed.copy(out, 4);
  out.writeUInt32BE(crc32(typed), typed.length + 4);
  return out;
}

export function encodePng(rgba: Uint8Array, width: number, height: number): Uint8Array {
  const stride = width * 4;
  if (rgba.length !== stride * height) throw new Error(`encodePng(): ${rgba.length} bytes are not ${width}×${height} RGBA pixels (${stride * height} bytes)`);
  const pixels = Buffer.from(rgba.buffer, rgba.byteOffset, rgba.length);
  const rows = Buffer.alloc((stride + 1) * height);
  for (let row = 0; row < height; row += 1) pixels.copy(rows, row * (stride + 1) + 1, row * stride, (row + 1) * stride);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  // Bit depth 8, colour type 6 (RGBA), deflate, adaptive filtering, no interlace.
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('IDAT', deflateSync(rows, { level: 3 })), chunk('IEND', new Uint8Array())]);
}
