import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, newGuardedContext, type GuardedContext } from '../helpers/browser';
import { serveStatic, type StaticServer } from '../helpers/server';
import { analyze, describeViolations } from './support/axe';
import { open } from './support/page';
import { builtPages, removeSnapshot, siteBase, snapshotDist } from './support/site';

// axe-core on every built page, in the light and the dark colour scheme, with the fix that
// makes its colour-contrast rule look at Arabic text (TOOLING.md) — proven active by a control.

const site = await snapshotDist();
const pages = builtPages(site);
const base = await siteBase();
const SCHEMES = ['light', 'dark'] as const;

let server: StaticServer;
let browser: Browser;
const contexts = new Map<(typeof SCHEMES)[number], GuardedContext>();

beforeAll(async () => {
  server = await serveStatic({ root: site, base });
  browser = await launchBrowser();
  for (const colorScheme of SCHEMES) {
    const guarded = await newGuardedContext(browser, { colorScheme, viewport: { width: 1280, height: 900 } });
    guarded.context.setDefaultTimeout(10_000);
    contexts.set(colorScheme, guarded);
  }
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  removeSnapshot(site);
});

/** A small Arabic page: grey on grey (about 1.2:1) unless `legible`. */
const arabicPage = (legible: boolean): string => `<!doctype html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>اختبار التباين</title>
<style>body { background: #fff; } p { color: ${legible ? '#222' : '#999'}; background: ${legible ? '#fff' : '#aaa'}; }</style></head>
<body><main><h1>اختبار</h1><p>يلتقى الرئيس الأمريكى جو بايدن الاثنين برئيس الوزراء العراقى مصطفى الكاظمى فى العاصمة الامريكية واشنطن</p></main></body></html>`;

describe('the Arabic colour-contrast fix (control)', () => {
  test('with the fix, low-contrast Arabic text is a color-contrast violation; legible Arabic text is not', async () => {
    const guarded = contexts.get('light') as GuardedContext;
    const probe = await guarded.context.newPage();
    try {
      await probe.setContent(arabicPage(false));
      const low = await analyze(probe);
      const withoutFix = await analyze(probe, { arabicContrastFix: false });
      const caughtWithoutFix = withoutFix.violations.some((violation) => violation.id === 'color-contrast');
      // Not asserted (it is axe's behaviour, not the site's), but worth seeing in the log.
      console.info(`axe ${low.testEngine.version} without the Arabic fix ${caughtWithoutFix ? 'also flags' : 'does NOT flag'} #999 on #aaa Arabic text`);
      expect(low.violations.map((violation) => violation.id), 'violations on #999-on-#aaa Arabic text, with the fix').toContain('color-contrast');

      await probe.setContent(arabicPage(true));
      const legible = await analyze(probe);
      expect(describeViolations(legible), 'violations on #222-on-#fff Arabic text, with the fix').toBe('');
    } finally {
      await probe.close();
    }
  });
});

test('dist/ has pages to check', () => {
  expect(pages).toContain('');
  expect(pages.some((path) => path.startsWith('briefings/'))).toBe(true);
});

describe.each(SCHEMES)('axe, %s colour scheme', (scheme) => {
  test.each(pages)('/%s: no violations of WCAG 2.2 A/AA or best practice', async (path) => {
    const guarded = contexts.get(scheme) as GuardedContext;
    const page = await guarded.context.newPage();
    try {
      await open(page, server.urlOf(path));
      const results = await analyze(page);
      expect(describeViolations(results), `axe violations on /${path} (${scheme})`).toBe('');
    } finally {
      await page.close();
    }
  });
});

test('no page asked for anything outside 127.0.0.1', () => {
  expect([...contexts.values()].flatMap(({ outsideRequests }) => outsideRequests)).toEqual([]);
});
