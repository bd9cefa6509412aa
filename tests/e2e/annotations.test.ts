import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, newGuardedContext, type GuardedContext } from '../helpers/browser';
import { serveStatic, type StaticServer } from '../helpers/server';
import { open } from './support/page';
import { builtBriefings, removeSnapshot, siteBase, snapshotDist } from './support/site';

// The exported Web Annotations against the page as a browser has it: each TextPositionSelector
// counts UTF-16 code units of #article-body's textContent, so slicing that text at its offsets
// must give its `exact`, with `prefix` and `suffix` right around it, and land on the element the
// annotation's IRI names.

const site = await snapshotDist();
const briefings = builtBriefings(site);
const base = await siteBase();

interface Selector {
  type: string;
  exact?: string;
  prefix?: string;
  suffix?: string;
  start?: number;
  end?: number;
}
interface WebAnnotation {
  id: string;
  target: { selector: Selector[] };
}

let server: StaticServer;
let browser: Browser;
let guarded: GuardedContext;

beforeAll(async () => {
  server = await serveStatic({ root: site, base });
  browser = await launchBrowser();
  guarded = await newGuardedContext(browser);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  removeSnapshot(site);
});

describe.each(briefings.map(({ slug, path }) => ({ slug, path })))('$slug/annotations.json in Chromium', ({ path }) => {
  const annotations = JSON.parse(readFileSync(`${site}/${path}annotations.json`, 'utf8')) as WebAnnotation[];

  test('every TextPositionSelector slices its exact out of #article-body’s textContent, between its prefix and suffix, at the element its IRI names', async () => {
    expect(annotations.length).toBeGreaterThan(0);
    const page = await guarded.context.newPage();
    try {
      await open(page, `${server.url}${path}`);
      const checks = annotations.map(({ id, target }) => {
        const quote = target.selector.find(({ type }) => type === 'TextQuoteSelector');
        const position = target.selector.find(({ type }) => type === 'TextPositionSelector');
        return { anchor: decodeURIComponent(new URL(id).hash.slice(1)), quote, position };
      });
      const problems = await page.evaluate((list) => {
        const body = document.getElementById('article-body');
        if (!body) return ['no #article-body'];
        const text = body.textContent ?? '';
        return list.flatMap(({ anchor, quote, position }) => {
          const found: string[] = [];
          const start = position?.start ?? -1;
          const end = position?.end ?? -1;
          const say = (what: string) => found.push(`#${anchor}: ${what}`);
          if (!quote || !position) return [`#${anchor}: lacks a TextQuoteSelector or a TextPositionSelector`];
          if (text.slice(start, end) !== quote.exact) say(`[${start}, ${end}) is "${text.slice(start, end)}", not "${quote.exact}"`);
          if (text.slice(start - (quote.prefix ?? '').length, start) !== quote.prefix) say(`the prefix "${quote.prefix}" is not before it`);
          if (text.slice(end, end + (quote.suffix ?? '').length) !== quote.suffix) say(`the suffix "${quote.suffix}" is not after it`);
          const element = document.getElementById(anchor);
          if (!element || !body.contains(element)) return [...found, `#${anchor}: not in #article-body`];
          const before = document.createRange();
          before.setStart(body, 0);
          before.setEndBefore(element);
          // An alias is an empty anchor at the start of the element: its own text is what counts.
          if (before.toString().length !== start || (element.textContent ?? '') !== quote.exact) say(`the element starts at ${before.toString().length} with "${element.textContent}"`);
          return found;
        });
      }, checks);
      expect(problems).toEqual([]);
      expect(guarded.outsideRequests).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
