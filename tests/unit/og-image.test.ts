import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { markSvg, renderCard, renderLogo } from '../../src/lib/og-image';
import { pngSize } from '../helpers/links';

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

  test('the logo is a 512×512 PNG of the mark, which is also the favicon', () => {
    expect(pngSize(Buffer.from(renderLogo()))).toEqual({ width: 512, height: 512 });
    expect(XMLValidator.validate(markSvg())).toBe(true);
  });
});
