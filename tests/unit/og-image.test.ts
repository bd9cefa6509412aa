import { Resvg } from '@resvg/resvg-js';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { drawingSvg } from '../../src/lib/card-drawing';
import { cardDrawing, cardRenderOptions, markSvg, renderCard, renderLogo, type Card } from '../../src/lib/og-image';
import { pngSize } from '../helpers/links';

/** A PNG's pixels, as resvg decodes it, drawing it as an image at its own size. */
function decoded(png: Uint8Array, width: number, height: number): Buffer {
  const href = `data:image/png;base64,${Buffer.from(png).toString('base64')}`;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}"><image width="${width}" height="${height}" xlink:href="${href}"/></svg>`;
  return new Resvg(svg, { logLevel: 'off' }).render().pixels;
}

describe('og-image', () => {
  test('a card is a 1200×630 PNG, with Arabic, digits and Latin punctuation in it', async () => {
    const png = await renderCard(
      {
        kicker: 'اقتباس',
        headline: '«لسنا بحاجة إلى 2500 جندى...»'.repeat(8),
        byline: 'فؤاد حسين، وزير الخارجية',
        footer: 'البنتاجون: سنبقي على التعاون',
      },
      'موجز',
    );
    expect(pngSize(Buffer.from(png))).toEqual({ width: 1200, height: 630 });
  });

  test('a card asked for after the threads stopped, no card having come for a while, is drawn by threads started again', async () => {
    const card = (headline: string) => renderCard({ kicker: 'اقتباس', headline, byline: 'فؤاد حسين', footer: 'موجز' }, 'موجز');
    expect(pngSize(Buffer.from(await card('قبل التوقف')))).toEqual({ width: 1200, height: 630 });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(pngSize(Buffer.from(await card('بعد التوقف')))).toEqual({ width: 1200, height: 630 });
  });

  test('a card, composed from its background and the pieces of its text, is the card resvg draws whole, to a sixteenth of a pixel at its edges', async () => {
    const cards: Card[] = [
      { kicker: 'اقتباس', headline: '«لسنا بحاجة إلى 2500 جندى... (3,500 جندي أجنبي)»', byline: 'فؤاد حسين، وزير الخارجية', footer: 'البنتاجون: سنبقي على التعاون مع العراق' },
      { kicker: 'موجز', headline: 'البنتاجون: سنبقي على التعاون مع العراق في التدريب والاستخبارات لمواجهة داعش', headlineWeight: 700 },
    ];
    for (const card of cards) {
      const drawing = await cardDrawing(card, 'موجز');
      const whole = new Resvg(drawingSvg(drawing), await cardRenderOptions()).render().pixels;
      const composed = decoded(await renderCard(card, 'موجز'), drawing.width, drawing.height);
      expect(composed.length).toBe(whole.length);
      let largest = 0;
      let offByMore = 0;
      let inked = 0;
      for (let at = 0; at < whole.length; at += 1) {
        const difference = Math.abs((composed[at] as number) - (whole[at] as number));
        largest = Math.max(largest, difference);
        if (difference > 1) offByMore += 1;
        if (at % 4 === 0 && whole[at] !== whole[0]) inked += 1;
      }
      // Text is drawn: a good part of the card is not the background's colour.
      expect(inked).toBeGreaterThan(drawing.width * drawing.height * 0.05);
      // resvg samples a pixel's coverage on a grid of 16 steps: where the card's coordinates and a
      // piece's own round a step apart, a pixel between text and background moves by one step (225/16).
      expect(largest).toBeLessThanOrEqual(16);
      expect(offByMore / whole.length).toBeLessThan(1e-4);
    }
  });

  test('the logo is a 512×512 PNG of the mark, which is also the favicon', () => {
    expect(pngSize(Buffer.from(renderLogo()))).toEqual({ width: 512, height: 512 });
    expect(XMLValidator.validate(markSvg())).toBe(true);
  });
});
