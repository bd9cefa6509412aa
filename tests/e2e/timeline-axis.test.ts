import { mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { launchBrowser, newGuardedContext, type GuardedContext } from '../helpers/browser';
import { serveStatic, type StaticServer } from '../helpers/server';
import { buildSite, projectCopy, ROOT, SLUG, splitBriefing } from '../helpers/site';
import { open, settle, waitUntilVisible } from './support/page';

// The timeline's time axis in Chromium, on the real briefing and on every fixture briefing
// (built together in a throwaway copy of the project): marks in date order along the reading
// direction, distances proportional to time within a segment, each mark a link that lands on its
// entry, nothing wider than the page, vertical on a narrow screen, and a graphic that prints.
// Every expectation comes from the briefings' frontmatter, read here with an independent YAML
// parser and calendar arithmetic, never from the numbers the site computed.

const FIXTURES = `${ROOT}tests/fixtures/briefings/`;
const SCREENSHOTS = `${ROOT}tests/screenshots/`;
const files: Record<string, string> = { [`${SLUG}.md`]: readFileSync(`${ROOT}content/briefings/${SLUG}.md`, 'utf8') };
for (const name of readdirSync(FIXTURES).filter((file) => file.endsWith('.md'))) files[name] = readFileSync(`${FIXTURES}${name}`, 'utf8');

interface Dated {
  id: string;
  date: string;
  precision: 'day' | 'month' | 'year' | 'approximate' | 'open';
  kind: 'reported' | 'scheduled' | 'deadline' | 'context';
  title: string;
}
interface Analysis {
  dates?: Dated[];
  source: { published: { date: string; until?: string } };
}

const briefings = Object.entries(files)
  .map(([name, text]) => {
    const analysis = parse(splitBriefing(text, name).yaml) as Analysis;
    return { slug: name.slice(0, -'.md'.length), dates: analysis.dates ?? [], published: analysis.source.published };
  })
  .filter(({ dates }) => dates.length > 0)
  .sort((a, b) => a.slug.localeCompare(b.slug));

const DAY = 86_400_000;

/** The days `[from, to)` a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` date covers, counted from 1970. */
function period(date: string): { from: number; to: number } {
  const [year, month, day] = date.split('-').map(Number) as [number, number?, number?];
  const from = Date.UTC(year, (month ?? 1) - 1, day ?? 1) / DAY;
  const to = day !== undefined ? from + 1 : month !== undefined ? Date.UTC(year, month, 1) / DAY : Date.UTC(year + 1, 0, 1) / DAY;
  return { from, to };
}

/**
 * The moment a mark stands for, and which part of its box shows it: a known day is a point (its
 * middle), "about" a date is a range centred on it (its middle), a month, a year or an open
 * event starts at its first day (its inline-start edge).
 */
function momentOf(event: Dated): { day: number; edge: 'middle' | 'start' } {
  const { from, to } = period(event.date);
  if (event.precision === 'approximate') return { day: (from + to) / 2, edge: 'middle' };
  if (event.precision === 'day') return { day: from + 0.5, edge: 'middle' };
  return { day: from, edge: 'start' };
}

/** A mark as laid out in the page: its box, the segment it is drawn in, and its attributes. */
interface Drawn {
  event: string;
  date: string;
  segment: number;
  box: { left: number; right: number; top: number; bottom: number };
}

async function drawn(page: Page): Promise<{ marks: Drawn[]; published: Drawn[] }> {
  return page.evaluate(() => {
    const segments = [...document.querySelectorAll('.timeline-axis .axis-segment')];
    const describe = (element: Element, event: string, date: string) => {
      const { left, right, top, bottom } = element.getBoundingClientRect();
      return { event, date, segment: segments.findIndex((segment) => segment.contains(element)), box: { left, right, top, bottom } };
    };
    return {
      marks: [...document.querySelectorAll('.timeline-axis a[data-event]')].map((mark) => describe(mark, mark.getAttribute('data-event') ?? '', mark.getAttribute('data-date') ?? '')),
      published: [...document.querySelectorAll('.timeline-axis [data-published]')].map((band) => describe(band, '', band.getAttribute('data-published') ?? '')),
    };
  });
}

/** How far along the time axis a mark's moment is drawn, in pixels: right to left when the axis runs along an RTL line, top to bottom when it stands. */
function along(mark: Drawn, edge: 'middle' | 'start', axis: 'inline-rtl' | 'block'): number {
  const { left, right, top, bottom } = mark.box;
  if (axis === 'block') return edge === 'middle' ? (top + bottom) / 2 : top;
  return edge === 'middle' ? -(left + right) / 2 : -right;
}

let root: string;
let server: StaticServer;
let browser: Browser;
let light: GuardedContext;
let dark: GuardedContext;

beforeAll(async () => {
  root = projectCopy(files);
  const build = buildSite(root);
  if (build.status !== 0) throw new Error(`the copy with the fixture briefings did not build:\n${build.output}`);
  server = await serveStatic({ root: `${root}/dist/` });
  browser = await launchBrowser();
  light = await newGuardedContext(browser, { colorScheme: 'light', viewport: { width: 1280, height: 900 } });
  dark = await newGuardedContext(browser, { colorScheme: 'dark', viewport: { width: 1280, height: 900 } });
  for (const { context } of [light, dark]) context.setDefaultTimeout(10_000);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

test('there are briefings with dates to draw, among them every precision and kind', () => {
  const events = briefings.flatMap(({ dates }) => dates);
  expect(new Set(events.map((event) => event.precision))).toEqual(new Set(['day', 'month', 'year', 'approximate', 'open']));
  expect(new Set(events.map((event) => event.kind))).toEqual(new Set(['reported', 'scheduled', 'deadline', 'context']));
});

describe.each(briefings)('$slug', ({ slug, dates, published: source }) => {
  const path = `briefings/${slug}/`;
  const byId = new Map(dates.map((event) => [event.id, event]));

  /** Checks order and proportion of the drawn marks along `axis`; returns the problems found. */
  function problemsOf({ marks, published }: { marks: Drawn[]; published: Drawn[] }, axis: 'inline-rtl' | 'block'): string[] {
    const problems: string[] = [];
    const points = marks.map((mark) => {
      const event = byId.get(mark.event);
      if (!event) throw new Error(`a mark names "${mark.event}", which is not one of ${slug}'s dates`);
      const { day, edge } = momentOf(event);
      return { label: `${event.id} (${event.date})`, day, at: along(mark, edge, axis), segment: mark.segment };
    });
    const band = published[0];
    if (band) points.push({ label: `the article's date (${band.date})`, day: period(source.date).from, at: along(band, 'start', axis), segment: band.segment });
    // In date order, each mark at or past the one before (marks of one day may share a place).
    const ordered = points.toSorted((a, b) => a.day - b.day);
    ordered.forEach((point, index) => {
      const before = ordered[index - 1];
      if (before && before.day < point.day && point.at < before.at - 1) problems.push(`${point.label} is drawn before ${before.label}`);
    });
    // Within a segment, pixels per day are the same between any two marks.
    for (const segment of new Set(points.map((point) => point.segment))) {
      const inSegment = ordered.filter((point) => point.segment === segment);
      const first = inSegment[0];
      const last = inSegment.at(-1);
      if (!first || !last || last.day - first.day < 1) continue;
      const scale = (last.at - first.at) / (last.day - first.day);
      if (scale <= 0) problems.push(`segment ${segment}: ${last.label} is not drawn after ${first.label}`);
      for (const point of inSegment) {
        const expected = first.at + scale * (point.day - first.day);
        if (Math.abs(point.at - expected) > 1.5) problems.push(`segment ${segment}: ${point.label} is at ${point.at.toFixed(1)}px, not ${expected.toFixed(1)}px (${scale.toFixed(3)} px a day from ${first.label})`);
      }
    }
    return problems;
  }

  test('one mark per event, carrying its id and its date as written', async () => {
    const page = await light.context.newPage();
    try {
      await open(page, server.urlOf(path));
      const { marks, published } = await drawn(page);
      expect(marks.map((mark) => [mark.event, mark.date]).sort()).toEqual(dates.map((event) => [event.id, event.date]).sort());
      expect(published.map((band) => band.date)).toEqual([source.date]);
    } finally {
      await page.close();
    }
  });

  test('at 1280 px: along the line, earliest on the right; within a segment, distance proportional to time', async () => {
    const page = await light.context.newPage();
    try {
      await open(page, server.urlOf(path));
      expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
      const layout = await drawn(page);
      expect(problemsOf(layout, 'inline-rtl')).toEqual([]);
      // The axis really is horizontal: the earliest and the latest marks are side by side, the earliest to the right.
      const sorted = layout.marks.toSorted((a, b) => momentOf(byId.get(a.event) as Dated).day - momentOf(byId.get(b.event) as Dated).day);
      const [earliest, latest] = [sorted[0], sorted.at(-1)] as [Drawn, Drawn];
      if (momentOf(byId.get(earliest.event) as Dated).day < momentOf(byId.get(latest.event) as Dated).day) expect(earliest.box.right).toBeGreaterThan(latest.box.right);
    } finally {
      await page.close();
    }
  });

  test('at 320 px: the axis stands, earliest at the top, still proportional within a segment', async () => {
    const page = await light.context.newPage();
    try {
      await page.setViewportSize({ width: 320, height: 800 });
      await open(page, server.urlOf(path));
      expect(problemsOf(await drawn(page), 'block')).toEqual([]);
    } finally {
      await page.close();
    }
  });

  test('every mark is a link with the event in its name, and Enter on it lands on its entry in the list', async () => {
    const page = await light.context.newPage();
    try {
      await open(page, server.urlOf(path));
      for (const event of dates) {
        const mark = page.locator(`.timeline-axis a[data-event="${event.id}"]`);
        expect(await page.locator('.timeline-axis').getByRole('link', { name: event.title }).count(), `${event.id}: a link named by its title`).toBeGreaterThan(0);
        await mark.focus();
        await page.keyboard.press('Enter');
        await settle(page);
        const target = await page.evaluate(() => {
          const element = document.getElementById(decodeURIComponent(location.hash.slice(1)));
          return element && { id: element.id, inList: Boolean(element.closest('#timeline ol')) && element.tagName === 'LI', title: element.querySelector('h3')?.textContent?.trim() ?? '' };
        });
        expect(target, `${event.id}: where its mark leads`).toMatchObject({ inList: true, title: event.title });
        expect((await waitUntilVisible(page, target?.id ?? '')).visible, `${event.id}: its entry is on screen`).toBe(true);
      }
    } finally {
      await page.close();
    }
  });

  test('no wider than the page from 320 to 1920 px, and the axis needs no scrolling of its own', async () => {
    const page = await light.context.newPage();
    try {
      await open(page, server.urlOf(path));
      const problems: string[] = [];
      for (const width of [320, 480, 768, 1024, 1280, 1920]) {
        await page.setViewportSize({ width, height: 900 });
        const sizes = await page.evaluate(() => {
          const frame = document.querySelector('.timeline-axis .axis-frame') as HTMLElement;
          return { page: document.documentElement.scrollWidth, viewport: window.innerWidth, frame: frame.scrollWidth, frameBox: frame.clientWidth };
        });
        if (sizes.page > sizes.viewport) problems.push(`${width}px: the page is ${sizes.page}px wide`);
        if (sizes.frame > sizes.frameBox + 1) problems.push(`${width}px: the axis is ${sizes.frame}px wide in a ${sizes.frameBox}px frame`);
      }
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });

  test('in print: the graphic is there, along the line, with kinds and precision told apart by borders, not background', async () => {
    const page = await light.context.newPage();
    try {
      await page.setViewportSize({ width: 794, height: 1123 });
      await open(page, server.urlOf(path));
      await page.emulateMedia({ media: 'print' });
      const layout = await drawn(page);
      expect(layout.marks.every((mark) => mark.box.right > mark.box.left && mark.box.bottom > mark.box.top)).toBe(true);
      expect(problemsOf(layout, 'inline-rtl')).toEqual([]);
      const looks = await page.evaluate(() => {
        const look = (element: Element | null) => {
          if (!element) return null;
          const style = getComputedStyle(element);
          return [style.borderTopStyle, style.borderTopWidth, style.borderRadius, style.transform].join(' ');
        };
        const first = (selector: string) => document.querySelector(`.timeline-axis .axis-track ${selector}`);
        return {
          kinds: Object.fromEntries(['reported', 'scheduled', 'deadline', 'context'].map((kind) => [kind, look(first(`.axis-kind-${kind} .axis-glyph`))])),
          extents: Object.fromEntries(['range', 'fuzzy', 'open'].map((shape) => [shape, look(first(`.axis-${shape} .axis-extent`))])),
          arrow: (() => {
            const extent = first('.axis-open .axis-extent');
            if (!extent) return null;
            const after = getComputedStyle(extent, '::after');
            return after.content !== 'none' && [after.borderTopWidth, after.borderRightWidth, after.borderBottomWidth, after.borderLeftWidth].some((width) => parseFloat(width) > 4);
          })(),
        };
      });
      const present = (record: Record<string, string | null>) => Object.values(record).filter((value): value is string => value !== null);
      const kinds = present(looks.kinds);
      expect(kinds.length, 'the kinds drawn').toBe(new Set(dates.map((event) => event.kind)).size);
      expect(new Set(kinds).size, `each kind its own border: ${JSON.stringify(looks.kinds)}`).toBe(kinds.length);
      const extents = present(looks.extents);
      expect(extents.every((value) => !value.startsWith('none')), `every range has a border: ${JSON.stringify(looks.extents)}`).toBe(true);
      if (looks.extents.range && looks.extents.fuzzy) expect(looks.extents.fuzzy).not.toBe(looks.extents.range);
      if (dates.some((event) => event.precision === 'open')) expect(looks.arrow, 'an open event ends in an arrow').toBe(true);
      mkdirSync(SCREENSHOTS, { recursive: true });
      const file = `${SCREENSHOTS}${slug}-timeline-print.png`;
      await page.locator('.timeline-axis').screenshot({ path: file, animations: 'disabled' });
      const pdf = await page.pdf({ format: 'A4' });
      expect(pdf.length).toBeGreaterThan(10_000);
      expect(statSync(file).size).toBeGreaterThan(1000);
    } finally {
      await page.close();
    }
  });

  test('screenshots of the axis, light and dark, 320 and 1280 px, into tests/screenshots/', async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    for (const [scheme, guarded] of [['light', light], ['dark', dark]] as const) {
      const page = await guarded.context.newPage();
      try {
        for (const width of [320, 1280]) {
          await page.setViewportSize({ width, height: 900 });
          await open(page, server.urlOf(path));
          const file = `${SCREENSHOTS}${slug}-timeline-${width}-${scheme}.png`;
          await page.locator('.timeline-axis').screenshot({ path: file, animations: 'disabled' });
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
