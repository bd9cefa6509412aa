import { mkdirSync, statSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, newGuardedContext, type GuardedContext } from '../helpers/browser';
import { serveStatic, type StaticServer } from '../helpers/server';
import { ROOT } from '../helpers/site';
import { open } from './support/page';
import { builtBriefings, builtPages, removeSnapshot, siteBase, snapshotDist } from './support/site';

// Layout at real widths: nothing wider than the viewport on any page, and full-page screenshots
// of each briefing (light and dark) in tests/screenshots/ for people to look at.

const site = await snapshotDist();
const pages = builtPages(site);
const briefings = builtBriefings(site);
const base = await siteBase();
const OVERFLOW_WIDTHS = [320, 768, 1280, 1920];
const SCREENSHOT_WIDTHS = [375, 768, 1440];
const SCREENSHOTS = `${ROOT}tests/screenshots/`;

let server: StaticServer;
let browser: Browser;
let light: GuardedContext;
let dark: GuardedContext;

beforeAll(async () => {
  server = await serveStatic({ root: site, base });
  browser = await launchBrowser();
  light = await newGuardedContext(browser, { colorScheme: 'light' });
  dark = await newGuardedContext(browser, { colorScheme: 'dark' });
  for (const { context } of [light, dark]) context.setDefaultTimeout(10_000);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  removeSnapshot(site);
});

test('dist/ has pages to lay out', () => {
  expect(pages).toContain('');
  expect(briefings.length).toBeGreaterThan(0);
});

describe('direction and width', () => {
  test.each(pages)(`/%s: <html lang="ar" dir="rtl">, and no wider than the viewport at ${OVERFLOW_WIDTHS.join(', ')} px`, async (path) => {
    const page = await light.context.newPage();
    const problems: string[] = [];
    try {
      await page.setViewportSize({ width: OVERFLOW_WIDTHS[0] ?? 320, height: 900 });
      await open(page, server.urlOf(path));
      const root = await page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));
      expect.soft(root, `/${path}: <html> lang and dir`).toEqual({ lang: 'ar', dir: 'rtl' });
      // One load, then the viewport resized: the media queries and the layout follow, as they
      // do when a reader turns a phone or resizes a window.
      for (const width of OVERFLOW_WIDTHS) {
        await page.setViewportSize({ width, height: 900 });
        const overflow = await page.evaluate(() => {
          const viewport = window.innerWidth;
          const describe = (element: Element): string =>
            `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${[...element.classList].map((name) => `.${name}`).join('')}`;
          // The outermost elements that stick out on either side (their descendants are not listed again).
          const culprits: string[] = [];
          const listed: Element[] = [];
          for (const element of document.body.querySelectorAll('*')) {
            const box = element.getBoundingClientRect();
            if (box.width === 0 || (box.right <= viewport + 0.5 && box.left >= -0.5)) continue;
            if (listed.some((ancestor) => ancestor.contains(element))) continue;
            listed.push(element);
            culprits.push(`${describe(element)} (x ${Math.round(box.left)}…${Math.round(box.right)})`);
          }
          return { scrollWidth: document.documentElement.scrollWidth, viewport, culprits: culprits.slice(0, 8) };
        });
        if (overflow.scrollWidth > overflow.viewport) {
          problems.push(`${width}px: scrollWidth ${overflow.scrollWidth} > ${overflow.viewport}; sticking out: ${overflow.culprits.join(', ') || '(none found)'}`);
        }
      }
    } finally {
      await page.close();
    }
    expect(problems, `/${path}: horizontal overflow`).toEqual([]);
  });
});

describe.each(briefings)('screenshots of $slug', ({ slug, path }) => {
  test(`full page at ${SCREENSHOT_WIDTHS.join(', ')} px, light and dark, into tests/screenshots/`, async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    for (const [scheme, guarded] of [['light', light], ['dark', dark]] as const) {
      const page = await guarded.context.newPage();
      try {
        for (const width of SCREENSHOT_WIDTHS) {
          await page.setViewportSize({ width, height: 900 });
          await open(page, server.urlOf(path));
          const file = `${SCREENSHOTS}${slug}-${width}-${scheme}.png`;
          await page.screenshot({ path: file, fullPage: true, animations: 'disabled', caret: 'hide' });
          expect(statSync(file).size, file).toBeGreaterThan(1000);
        }
      } finally {
        await page.close();
      }
    }
  });
});

test('no page asked for anything outside 127.0.0.1', () => {
  expect([...light.outsideRequests, ...dark.outsideRequests]).toEqual([]);
});
