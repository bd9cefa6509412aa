import { describe, expect, test } from 'vitest';
import { SLUG } from '../helpers/site';
import { open } from './support/page';
import { browserSession } from './support/session';
import { builtBriefings } from './support/site';

// A briefing page that reads at a glance, at 1280×800: the headline, the summary, the start of
// the article and the figures in the first screen, and the first briefing's page at most half
// as tall as it was when every quote and actor was listed again beside the text.

/**
 * The first briefing's page at 1280 px, measured (document scrollHeight, 1280×800, Debian
 * Chromium) on the build before the cards opened in place: the sidebar then listed all its
 * quotes and actors in full.
 */
const HEIGHT_BEFORE = 13_774;

const { site, session } = await browserSession({ viewport: { width: 1280, height: 800 } });
const briefings = builtBriefings(site);

describe.each(briefings)('briefing $slug at 1280×800', ({ slug, path }) => {
  test('the headline, the summary, the first paragraph’s first line and the figures (the heading, the first value) are in the first screen', async () => {
    const page = await session.guarded.context.newPage();
    try {
      await open(page, session.server.urlOf(path));
      const tops = await page.evaluate(() =>
        Object.fromEntries(
          ['h1', '.summary', '#p-1', '#figures-heading', '#figures .figure-value'].map((selector) => {
            const element = document.querySelector(selector);
            const line = element?.getClientRects()[0];
            return [selector, line ? { top: Math.round(line.top), bottom: Math.round(line.top + Math.min(line.height, 40)) } : null];
          }),
        ),
      );
      const outside = Object.entries(tops).filter(([, box]) => !box || box.top < 0 || box.bottom > 800);
      expect(outside, `not in the first 800 px: ${JSON.stringify(tops)}`).toEqual([]);
    } finally {
      await page.close();
    }
  });

  test.runIf(slug === SLUG)(`the page is at most half as tall as before (${HEIGHT_BEFORE} px)`, async () => {
    const page = await session.guarded.context.newPage();
    try {
      await open(page, session.server.urlOf(path));
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      console.info(`${slug} at 1280 px: ${height} px tall (before: ${HEIGHT_BEFORE} px)`);
      expect(height).toBeLessThanOrEqual(HEIGHT_BEFORE / 2);
    } finally {
      await page.close();
    }
  });
});

test('no page asked for anything outside 127.0.0.1', () => {
  expect(session.guarded.outsideRequests).toEqual([]);
});
