import type { Page } from 'playwright-core';

/** Loads a URL in a page, waits for its fonts, and fails, saying which, unless the server answered `status`. */
export async function open(page: Page, url: string, status = 200): Promise<void> {
  const response = await page.goto(url, { waitUntil: 'load' });
  if (!response || response.status() !== status) throw new Error(`GET ${url} answered ${response?.status() ?? 'nothing'}, not ${status}`);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

/**
 * Waits until the page is still: finite animations and transitions done (a `:target` highlight
 * that fades in), and the scroll position unchanged for three frames (smooth scrolling).
 */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const finite = document.getAnimations().filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity);
    const timeout = new Promise((done) => setTimeout(done, 2000));
    await Promise.race([Promise.all(finite.map((animation) => animation.finished.catch(() => undefined))), timeout]);
    const frame = (): Promise<number> => new Promise((done) => requestAnimationFrame(done));
    const deadline = performance.now() + 2000;
    let last = '';
    let still = 0;
    while (still < 3 && performance.now() < deadline) {
      await frame();
      const now = `${window.scrollX},${window.scrollY}`;
      still = now === last ? still + 1 : 0;
      last = now;
    }
  });
}

/** Where an element is on screen, and what would hide its first line. */
export interface Placement {
  found: boolean;
  /** The first line box (for a block, the whole box), in viewport pixels. */
  top: number;
  bottom: number;
  left: number;
  right: number;
  viewportWidth: number;
  viewportHeight: number;
  /** The lowest bottom edge of a sticky or fixed bar at the top that overlaps the element horizontally. */
  coveredUntil: number;
  /** Which bar that is, for messages. */
  coveredBy: string | null;
  /** The element's first line is on screen, and not under a sticky or fixed header. */
  visible: boolean;
}

/** The placement of the element with this id, measured in the page. */
export function placement(page: Page, id: string): Promise<Placement> {
  return page.evaluate((id) => {
    const describe = (element: Element): string =>
      `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${[...element.classList].map((name) => `.${name}`).join('')}`;
    const viewportWidth = window.innerWidth;
    const viewportHeight = window.innerHeight;
    const element = document.getElementById(id);
    const empty = { top: 0, bottom: 0, left: 0, right: 0, viewportWidth, viewportHeight, coveredUntil: 0, coveredBy: null, visible: false };
    if (!element) return { found: false, ...empty };
    const line = element.getClientRects()[0] ?? element.getBoundingClientRect();
    let coveredUntil = 0;
    let coveredBy: string | null = null;
    for (const bar of document.querySelectorAll('body *')) {
      const style = getComputedStyle(bar);
      if (style.position !== 'sticky' && style.position !== 'fixed') continue;
      if (style.visibility === 'hidden' || Number(style.opacity) === 0) continue;
      if (bar.contains(element) || element.contains(bar)) continue;
      const box = bar.getBoundingClientRect();
      // Only what starts above the line can hide it from the top (a card opened below it does not).
      const atTop = box.width > 0 && box.height > 0 && box.top <= viewportHeight / 3 && box.top <= line.top && box.bottom > 0;
      const overlaps = box.left < line.right && box.right > line.left;
      if (atTop && overlaps && box.bottom > coveredUntil) {
        coveredUntil = box.bottom;
        coveredBy = describe(bar);
      }
    }
    const onScreen = line.top >= -1 && line.top + Math.min(line.height, 16) <= viewportHeight + 1 && line.right > 0 && line.left < viewportWidth;
    return {
      found: true,
      top: line.top,
      bottom: line.bottom,
      left: line.left,
      right: line.right,
      viewportWidth,
      viewportHeight,
      coveredUntil,
      coveredBy,
      visible: onScreen && line.top >= coveredUntil - 1,
    };
  }, id);
}

/** A one-line account of a placement, for failure messages. */
export function explain(id: string, where: Placement): string {
  if (!where.found) return `#${id} is not in the page`;
  const cover = where.coveredBy ? `; ${where.coveredBy} covers the top ${Math.round(where.coveredUntil)}px` : '';
  return `#${id}'s first line is at y=${Math.round(where.top)}…${Math.round(where.bottom)}, x=${Math.round(where.left)}…${Math.round(where.right)} in a ${where.viewportWidth}×${where.viewportHeight} viewport${cover}`;
}

/** Waits (up to `timeout` ms) until the element's first line is visible; returns where it ended up. */
export async function waitUntilVisible(page: Page, id: string, timeout = 2000): Promise<Placement> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const where = await placement(page, id);
    if (where.visible || Date.now() > deadline) return where;
    await page.waitForTimeout(50);
  }
}
