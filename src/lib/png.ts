/**
 * A PNG of raw RGBA pixels (8 bits a channel, not premultiplied, rows top to bottom), compressed
 * on libuv's thread pool rather than the thread that renders pages.
 *
 * resvg's own `asPng()` encodes on the calling thread: on a site of thousands of preview cards
 * that was most of the main thread's time, every page waiting behind it. Here the rows are only
 * prefixed with their filter byte (0, none: a card is mostly flat colour, which deflate's matches
 * take whole) and deflated asynchronously, at level 3, which on the cards is as fast as level 1
 * and smaller than resvg's files.
 */
import { promisify } from 'node:util';
import { crc32, deflate } from 'node:zlib';

const deflated = promisify(deflate);

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

export async function encodePng(rgba: Uint8Array, width: number, height: number): Promise<Uint8Array> {
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
  return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('IDAT', await deflated(rows, { level: 3 })), chunk('IEND', new Uint8Array())]);
}
