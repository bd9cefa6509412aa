import { Resvg } from '@resvg/resvg-js';
import { describe, expect, test } from 'vitest';
import { encodePng, opaqueRows } from '../../src/lib/png';
import { pngSize } from '../helpers/links';

/** An SVG's pixels as resvg rasterises them: colour, flat areas, edges, and shapes seen through. */
function pixelsOf(svg: string) {
  const image = new Resvg(svg, { logLevel: 'off' }).render();
  return { pixels: image.pixels, width: image.width, height: image.height };
}

const DRAWING = `<svg xmlns="http://www.w3.org/2000/svg" width="301" height="157">
  <rect width="301" height="157" fill="#fdfcf8"/><rect x="280" width="21" height="157" fill="#8a3b00"/>
  <circle cx="90" cy="80" r="61" fill="#1c1b19" fill-opacity="0.6"/><path d="M10 150 L290 5" stroke="#4a4843" stroke-width="3"/>
  <rect x="150" y="100" width="40" height="40" fill="#2266cc" opacity="0.3"/></svg>`;

describe('encodePng', () => {
  test('a PNG that decodes to exactly the pixels it was given', () => {
    const { pixels, width, height } = pixelsOf(DRAWING);
    const png = encodePng(opaqueRows(pixels, width, height), width, height);
    expect(pngSize(Buffer.from(png))).toEqual({ width, height });
    // Decoded by another PNG reader: resvg's, drawing the file as an image at its own size.
    const href = `data:image/png;base64,${Buffer.from(png).toString('base64')}`;
    const decoded = pixelsOf(`<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}"><image width="${width}" height="${height}" xlink:href="${href}"/></svg>`);
    expect(Buffer.from(decoded.pixels).equals(Buffer.from(pixels))).toBe(true);
  });

  test('pixels that are not all opaque are refused, naming the first one', () => {
    const { pixels, width, height } = pixelsOf('<svg xmlns="http://www.w3.org/2000/svg" width="4" height="3"><rect width="4" height="1" fill="#fdfcf8"/><rect y="1" x="2" width="2" height="2" fill="#1c1b19"/></svg>');
    expect(() => opaqueRows(pixels, width, height)).toThrow(/pixel 0 of row 1 is not opaque/);
  });

  test('rows that are not height rows of width RGB pixels, each after its filter byte, are refused', () => {
    expect(() => encodePng(new Uint8Array(18), 2, 2)).toThrow(/18 bytes are not 2 rows of 2 RGB pixels, each after its filter byte \(14 bytes\)/);
  });
});
