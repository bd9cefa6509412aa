import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, newGuardedContext, type GuardedContext } from '../helpers/browser';
import { serveStatic, type StaticServer } from '../helpers/server';
import { open } from './support/page';
import { builtBriefings, builtPages, removeSnapshot, siteBase, snapshotDist } from './support/site';

// The Content Security Policy Astro writes into every page (astro.config.ts, `security.csp`),
// enforced by a browser that does not bypass it, as a reader's would: nothing on any page may
// be blocked, and the policy must stay strict (hashes, never 'unsafe-inline').

const site = await snapshotDist();
const pages = builtPages(site);
const briefings = builtBriefings(site);
const base = await siteBase();

let server: StaticServer;
let browser: Browser;
let guarded: GuardedContext;
/** The tab every page is loaded in, one after the other: a new tab for each would cost more than the check. */
let tab: { page: Page; consoleMessages: string[] };

/**
 * Runs in every document before any of its scripts: keeps each CSP violation the page reports.
 * Violations are reported asynchronously, as events on the document.
 */
function recordViolations(): void {
  const violations: string[] = [];
  Reflect.set(window, '__cspViolations', violations);
  document.addEventListener('securitypolicyviolation', (event) => {
    violations.push(`${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber} ${event.sample}`);
  });
}

/** The violations a page recorded, and what the browser said about CSP in its console. */
async function violationsOf(page: Page, consoleMessages: string[]): Promise<string[]> {
  // A task later, so that violations queued during load have been dispatched.
  await page.evaluate(() => new Promise((done) => setTimeout(done, 0)));
  const recorded = (await page.evaluate(() => Reflect.get(window, '__cspViolations'))) as string[] | undefined;
  if (recorded === undefined) throw new Error('the violation recorder did not run in the page');
  return [...recorded, ...consoleMessages];
}

/** A new page whose console messages about Content Security Policy are collected. */
async function newPage(): Promise<{ page: Page; consoleMessages: string[] }> {
  const page = await guarded.context.newPage();
  const consoleMessages: string[] = [];
  page.on('console', (message) => {
    if (/content.security.policy/i.test(message.text())) consoleMessages.push(`console ${message.type()}: ${message.text()}`);
  });
  return { page, consoleMessages };
}

/** A policy's directives: name → sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name = '', ...sources]) => [name.toLowerCase(), sources]),
  );
}

beforeAll(async () => {
  server = await serveStatic({ root: site, base });
  browser = await launchBrowser();
  // bypassCSP: false, unlike the other browser tests, which inject axe and so must bypass it.
  guarded = await newGuardedContext(browser, { bypassCSP: false, viewport: { width: 1280, height: 900 } });
  guarded.context.setDefaultTimeout(5000);
  await guarded.context.addInitScript(recordViolations);
  await guarded.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
  tab = await newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  removeSnapshot(site);
});

test('dist/ has pages to check: home, 404, briefings and quote pages', () => {
  expect(pages).toEqual(expect.arrayContaining(['', '404.html']));
  expect(briefings.length).toBeGreaterThan(0);
  expect(pages.filter((path) => path.includes('/quotes/')).length).toBeGreaterThan(0);
});

test('the policy blocks, and the test records, an inline script and style it has no hash for (control)', async () => {
  const [briefing] = briefings;
  if (!briefing) throw new Error('no briefing page was built');
  // The real page and its real policy, with one unhashed script and one unhashed style added.
  const html = readFileSync(`${site}${briefing.path}index.html`, 'utf8').replace(
    '</body>',
    "<script>document.title = 'injected';</script><style>body { outline: 1px solid; }</style></body>",
  );
  const url = server.urlOf('csp-control/');
  const { page, consoleMessages } = await newPage();
  try {
    await page.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
    await open(page, url);
    const violations = await violationsOf(page, consoleMessages);
    expect(violations.filter((violation) => violation.startsWith('script-src')), 'script violations').toHaveLength(1);
    expect(violations.filter((violation) => violation.startsWith('style-src')), 'style violations').toHaveLength(1);
    expect(violations.filter((violation) => violation.startsWith('console')).length, 'console reports').toBeGreaterThan(0);
    expect(await page.title()).not.toBe('injected');
  } finally {
    await page.close();
  }
});

// One load a page, with every check of it: loads are what this file spends its time on.
test.each(pages)('/%s: one strict policy, before all it governs; no violation; its stylesheets, styles and font apply', async (path) => {
  const { page, consoleMessages } = tab;
  consoleMessages.length = 0;
  await open(page, server.urlOf(path));
  const facts = await page.evaluate(async () => {
    const metas = [...document.querySelectorAll('meta[http-equiv="content-security-policy" i]')];
    const [meta] = metas;
    return {
      policies: metas.map((element) => element.getAttribute('content') ?? ''),
      // A <meta> policy governs only what comes after it. JSON-LD is data, never run: CSP does not apply to it.
      beforePolicy: meta
        ? [...document.querySelectorAll('script:not([type="application/ld+json"]), style, link[rel~="stylesheet"], link[rel="preload"]')]
            .filter((element) => meta.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_PRECEDING)
            .map((element) => element.outerHTML.slice(0, 80))
        : [],
      // A sheet the policy blocked never joins document.styleSheets.
      sheets: document.styleSheets.length,
      styleElements: document.querySelectorAll('style, link[rel~="stylesheet"]').length,
      // Asked for outright: a face the page has not used yet may not have started loading.
      font: (await document.fonts.load("1em 'Mowjaz Naskh'", 'موجز')).map((face) => face.status),
    };
  });
  expect(facts.policies, 'CSP <meta> elements').toHaveLength(1);
  const policy = directives(facts.policies[0] ?? '');
  for (const name of ['script-src', 'style-src']) {
    const sources = policy.get(name) ?? [];
    expect.soft(sources, name).toContain("'self'");
    expect.soft(sources.filter((source) => source !== "'self'" && !/^'sha256-[A-Za-z0-9+/]+=*'$/.test(source)), `${name}: sources other than 'self' and sha256 hashes`).toEqual([]);
  }
  expect.soft(policy.get('default-src'), 'default-src').toEqual(["'none'"]);
  expect.soft(policy.get('object-src'), 'object-src').toEqual(["'none'"]);
  expect.soft(policy.get('base-uri'), 'base-uri').toEqual(["'none'"]);
  expect.soft(facts.beforePolicy, 'scripts, styles and stylesheets before the policy').toEqual([]);
  expect.soft(await violationsOf(page, consoleMessages), 'CSP violations').toEqual([]);
  expect.soft(facts.sheets, 'document.styleSheets').toBe(facts.styleElements);
  expect.soft(facts.styleElements, 'stylesheets and styles').toBeGreaterThan(0);
  expect.soft(facts.font, 'the Mowjaz Naskh faces, loaded').toEqual(['loaded']);
});

describe.each(briefings)('briefing $slug under its policy', (briefing) => {
  test('a quote opens its card, whose permalink copies its URL and says so: the hashed module script runs', async () => {
    const [quote] = briefing.quotes;
    if (!quote) throw new Error(`${briefing.slug} has no quote to copy a permalink of`);
    const { page, consoleMessages } = await newPage();
    try {
      const url = server.urlOf(briefing.path);
      await open(page, url);
      await page.locator(`[id="quote-${quote.id}"]`).focus();
      await page.keyboard.press('Enter');
      await page.locator(`[data-quote="${quote.id}"] a.permalink`).click();
      const expected = new URL(`#quote-${quote.id}`, url).href;
      await page.waitForFunction((expected) => document.getElementById('copy-status')?.textContent?.includes(expected), expected);
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
      expect(await violationsOf(page, consoleMessages)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

test('no page asked for anything outside 127.0.0.1', () => {
  expect(guarded.outsideRequests).toEqual([]);
});
