import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { newGuardedContext } from '../helpers/browser';
import { analysisOf, fixtureParagraphs, SLUG } from '../helpers/site';
import { analyze, describeViolations } from './support/axe';
import { explain, open, settle, waitUntilVisible } from './support/page';
import { browserSession } from './support/session';
import { builtBriefings } from './support/site';

// The annotation cards of a briefing page, in Chromium: every annotated span opens its card in
// place (mouse, Enter, Space), the page does not scroll, Esc or a click elsewhere closes it and
// focus returns, one card at a time, what a screen reader is told, the cards' content against
// the briefing's frontmatter, without JavaScript the links still land, and print shows no card.

const { site, base, session } = await browserSession({ viewport: { width: 1280, height: 800 } });
const briefings = builtBriefings(site);
let page: Page;

beforeAll(async () => {
  await session.guarded.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.server.origin });
  page = await session.guarded.context.newPage();
});

interface Annotated {
  id: string;
  mentions?: unknown[];
}

interface Analysis {
  actors: (Annotated & { name: { ar: string; en: string }; role?: string })[];
  quotes: (Annotated & { speaker: string; via?: string })[];
  figures: (Annotated & { value: number; label: string; approximate: boolean; partOf?: string; derived?: { minuend: string; subtrahend: string } })[];
  dates: (Annotated & { date: string; title: string; note: string; precision: string })[];
}

type Kind = 'actor' | 'quote' | 'figure' | 'date';

/** One annotation: the span of its first mention in the text, and the card it must open. */
interface Case {
  kind: Kind;
  id: string;
  span: string;
  card: string;
}

/** Every annotation of a briefing that the text mentions (a quote is its own mention). */
function casesOf(analysis: Analysis): Case[] {
  const mentioned = (kind: Kind, items: Annotated[]): Case[] =>
    items.filter((item) => kind === 'quote' || (item.mentions?.length ?? 0) > 0).map(({ id }) => ({ kind, id, span: `${kind}-${id}`, card: `card-${kind}-${id}` }));
  return [...mentioned('actor', analysis.actors), ...mentioned('quote', analysis.quotes), ...mentioned('figure', analysis.figures), ...mentioned('date', analysis.dates)];
}

/** The element a reader activates for a span: a date's link around it, or the span itself. */
const CONTROL = (span: string): string => `#article-body :is(a.annotation-link:has(> [id="${span}"]), [id="${span}"]:not(a.annotation-link > *))`;

/**
 * A point on the span's own text (not on an annotation nested in it) where a click reaches its
 * control, found in the page: the centre of the first such piece of text.
 */
function clickPoint(target: Page, span: string): Promise<{ x: number; y: number } | null> {
  return target.evaluate((span) => {
    const element = document.getElementById(span);
    const control = element?.parentElement?.matches('a.annotation-link') ? element.parentElement : element;
    if (!element || !control) return null;
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const box of range.getClientRects()) {
        if (box.width < 4) continue;
        const [x, y] = [box.left + box.width / 2, box.top + box.height / 2];
        if (document.elementFromPoint(x, y)?.closest('[aria-haspopup]') === control) return { x, y };
      }
    }
    return null;
  }, span);
}

/** The state of the page: which popovers are open, where it is scrolled, what has focus. */
function state(target: Page): Promise<{ open: string[]; scrollY: number; focus: string | null }> {
  return target.evaluate(() => ({
    open: [...document.querySelectorAll(':popover-open')].map((element) => element.id),
    scrollY: Math.round(window.scrollY),
    focus: document.activeElement?.id || (document.activeElement?.querySelector('[id]')?.id ?? null),
  }));
}

/** The accessibility node Chromium exposes for an element: role, name and the properties a screen reader hears. */
async function accessibilityOf(target: Page, selector: string): Promise<{ role: string; name: string; expanded: unknown; hasPopup: unknown }> {
  const cdp = await target.context().newCDPSession(target);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
    const node = nodes.find((candidate) => !candidate.ignored) ?? nodes[0];
    const property = (name: string): unknown => node?.properties?.find((candidate) => candidate.name === name)?.value.value;
    return { role: String(node?.role?.value ?? ''), name: String(node?.name?.value ?? ''), expanded: property('expanded'), hasPopup: property('hasPopup') };
  } finally {
    await cdp.detach();
  }
}

/** Scrolls so that the span is in the middle of the screen, and waits until the page is still. */
async function bringIntoView(target: Page, span: string): Promise<void> {
  await target.evaluate((span) => document.getElementById(span)?.scrollIntoView({ block: 'center' }), span);
  await settle(target);
}

/** Opens a span's card from the keyboard: scrolled into view, its control focused, Enter. */
async function openByKeyboard(target: Page, span: string): Promise<void> {
  await bringIntoView(target, span);
  await target.locator(CONTROL(span)).focus();
  await target.keyboard.press('Enter');
}

describe.each(briefings)('briefing $slug', (briefing) => {
  const analysis = analysisOf(briefing.slug) as Analysis;
  const cases = casesOf(analysis);
  const url = (): string => session.server.urlOf(briefing.path);
  const byKind = (kind: Kind): Case[] => cases.filter((item) => item.kind === kind);

  beforeAll(async () => {
    await open(page, url());
  });

  test('it has annotations of every kind to open', () => {
    expect(['actor', 'quote', 'figure', 'date'].map((kind) => byKind(kind as Kind).length > 0)).toEqual([true, true, true, true]);
  });

  test.runIf(briefing.slug === SLUG)('with the script run, every paragraph is still exactly the source text', async () => {
    const paragraphs = await page.evaluate(() => [...document.querySelectorAll('#article-body > p')].map((paragraph) => paragraph.textContent));
    expect(paragraphs).toEqual(fixtureParagraphs());
  });

  test.each(cases)('$kind $id: a click opens its card (alone) beside the span, without scrolling; Esc closes it, focus on the span', async ({ span, card }) => {
    await bringIntoView(page, span);
    const control = page.locator(CONTROL(span));
    expect(await control.count(), `the control of #${span}`).toBe(1);
    const before = await state(page);
    expect(before.open, 'cards open before the click').toEqual([]);
    const point = await clickPoint(page, span);
    expect(point, `a point of #${span}'s own text on screen`).not.toBeNull();
    await page.mouse.click(point?.x ?? 0, point?.y ?? 0);
    await settle(page);
    const after = await state(page);
    expect(after.open, `open after clicking #${span}`).toEqual([card]);
    expect(after.scrollY, 'the scroll position after the click').toBe(before.scrollY);
    expect(new URL(page.url()).hash, 'the address after the click').toBe('');

    const where = await page.evaluate(
      ({ span, card }) => {
        const anchor = document.getElementById(span)?.getBoundingClientRect();
        const box = document.getElementById(card)?.getBoundingClientRect();
        const round = (rect: DOMRect): string => `x ${Math.round(rect.left)}…${Math.round(rect.right)}, y ${Math.round(rect.top)}…${Math.round(rect.bottom)}`;
        return (
          anchor &&
          box && {
            gap: Math.max(box.top - anchor.bottom, anchor.top - box.bottom),
            inside: box.left >= 0 && box.right <= innerWidth && box.top >= 0 && box.bottom <= innerHeight,
            boxes: `span ${round(anchor)}, card ${round(box)}, viewport ${innerWidth}×${innerHeight}`,
          }
        );
      },
      { span, card },
    );
    expect.soft(where?.inside, `#${card} lies within the viewport (${where?.boxes})`).toBe(true);
    expect.soft(where?.gap ?? Infinity, `#${card} is beside #${span} (the gap between them, px; ${where?.boxes})`).toBeLessThan(24);

    await page.keyboard.press('Escape');
    const closed = await state(page);
    expect(closed.open, 'open after Esc').toEqual([]);
    expect(closed.focus, 'focus after Esc').toBe(span);
  });

  test.each(byKind('actor'))('actor $id: its card gives both names, the role, every mention and the actor’s page', async ({ id, card }) => {
    const actor = analysis.actors.find((item) => item.id === id) as Analysis['actors'][number];
    const content = await page.evaluate((card) => {
      const element = document.getElementById(card);
      return { text: element?.textContent ?? '', links: [...(element?.querySelectorAll('a') ?? [])].map((link) => link.getAttribute('href')) };
    }, card);
    expect(content.text).toContain(actor.name.ar);
    expect(content.text).toContain(actor.name.en);
    if (actor.role) expect(content.text).toContain(actor.role);
    const mentions = (actor.mentions ?? []).map((_, index) => (index === 0 ? `#actor-${id}` : `#actor-${id}--${index + 1}`));
    expect(content.links).toEqual(expect.arrayContaining([...mentions, `${base}actors/${id}/`]));
  });

  test.each(byKind('figure'))('figure $id: its card gives the value, whether approximate, the whole it is part of or its parts with the formula', async ({ id, card }) => {
    const figure = analysis.figures.find((item) => item.id === id) as Analysis['figures'][number];
    const numbers = new Intl.NumberFormat('ar', { numberingSystem: 'latn' });
    const content = await page.evaluate((card) => {
      const element = document.getElementById(card);
      return { text: element?.textContent ?? '', values: [...(element?.querySelectorAll('data') ?? [])].map((data) => data.getAttribute('value')), links: [...(element?.querySelectorAll('a') ?? [])].map((link) => link.getAttribute('href')) };
    }, card);
    expect(content.values).toEqual([String(figure.value)]);
    expect(content.text).toContain(figure.label);
    const value = await page.evaluate((card) => document.querySelector(`[id="${card}"] data`)?.parentElement?.textContent ?? '', card);
    expect(value.includes('نحو'), `the value (${value.trim()}) says «نحو» exactly when the figure is approximate`).toBe(figure.approximate);
    const whole = analysis.figures.find((item) => item.id === figure.partOf);
    if (whole) {
      expect(content.links).toContain(`#figures-${whole.id}`);
      expect(content.text).toContain(whole.label);
    }
    for (const part of analysis.figures.filter((item) => item.partOf === id)) {
      expect(content.text).toContain(part.label);
      if (!part.derived) continue;
      const value = (ref: string): string => numbers.format(analysis.figures.find((item) => item.id === ref)?.value ?? NaN);
      expect(content.text, `the formula of ${part.id}`).toContain(`${value(part.derived.minuend)} − ${value(part.derived.subtrahend)} = ${numbers.format(part.value)}`);
    }
  });

  test.each(byKind('date'))('date $id: its card gives the date in both calendars, its precision and note, and links to its timeline entry', async ({ id, card }) => {
    const event = analysis.dates.find((item) => item.id === id) as Analysis['dates'][number];
    const [year = '', month = '1', day = '1'] = event.date.split('-');
    const hijriYear = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', { timeZone: 'UTC', year: 'numeric' })
      .formatToParts(new Date(Date.UTC(Number(year), Number(month) - 1, Number(day))))
      .find((part) => part.type === 'year')?.value;
    const content = await page.evaluate((card) => {
      const element = document.getElementById(card);
      return {
        text: element?.textContent ?? '',
        datetimes: [...(element?.querySelectorAll('time') ?? [])].map((time) => time.getAttribute('datetime')),
        links: [...(element?.querySelectorAll('a') ?? [])].map((link) => link.getAttribute('href')),
      };
    }, card);
    expect(content.datetimes).toEqual([event.date]);
    expect(content.text).toContain(year);
    expect(content.text, 'the Hijri (Umm al-Qura) year').toContain(hijriYear);
    expect(content.text).toContain(event.note);
    expect(content.links).toContain(`#event-${id}`);
  });

  test.each(byKind('quote'))('quote $id: its card names the speaker and links to the permalink, the text fragment and the quote’s page', async ({ id, card }) => {
    const quote = analysis.quotes.find((item) => item.id === id) as Analysis['quotes'][number];
    const speaker = analysis.actors.find((actor) => actor.id === quote.speaker);
    const content = await page.evaluate((card) => {
      const element = document.getElementById(card);
      return { text: element?.textContent ?? '', links: [...(element?.querySelectorAll('a') ?? [])].map((link) => link.getAttribute('href') ?? '') };
    }, card);
    expect(content.text).toContain(speaker?.name.ar);
    expect(content.links).toContain(`#quote-${id}`);
    expect(content.links.some((href) => href.startsWith(`#quote-${id}:~:text=`)), 'a text-fragment link').toBe(true);
    expect(content.links).toContain(`${base}briefings/${briefing.slug}/quotes/${id}/`);
  });

  test.each(byKind('quote').slice(0, 1))('quote $id: the permalink on its card copies the quote’s absolute URL and says so', async ({ span, card }) => {
    await openByKeyboard(page, span);
    await page.evaluate(() => navigator.clipboard.writeText('(nothing copied yet)'));
    await page.locator(`[id="${card}"] a.permalink`).click();
    const expected = new URL(`#${span}`, url()).href;
    await page.waitForFunction((expected) => document.getElementById('copy-status')?.textContent?.includes(expected), expected);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
    await open(page, url());
  });

  describe('from the keyboard', () => {
    test.each(byKind('date').slice(0, 1).concat(byKind('actor').slice(0, 1), byKind('quote').slice(0, 1), byKind('figure').slice(0, 1)))(
      '$kind $id: Enter opens its card, Tab enters it, Esc closes it and focus returns; Space opens it too, and its close button closes it',
      async ({ span, card }) => {
        await bringIntoView(page, span);
        await page.locator(CONTROL(span)).focus();
        const before = await state(page);
        const opensWith = async (key: string): Promise<void> => {
          await page.keyboard.press(key);
          await settle(page);
          const opened = await state(page);
          expect(opened.open, `open after ${key === ' ' ? 'Space' : key}`).toEqual([card]);
          expect(opened.scrollY, `the scroll position after ${key === ' ' ? 'Space' : key}`).toBe(before.scrollY);
        };
        await opensWith('Enter');

        await page.keyboard.press('Tab');
        expect(await page.evaluate((card) => document.getElementById(card)?.contains(document.activeElement), card), 'Tab from the span goes into its card').toBe(true);
        await page.keyboard.press('Escape');
        const closed = await state(page);
        expect(closed.open, 'open after Esc').toEqual([]);
        expect(closed.focus, 'focus after Esc, from inside the card').toBe(span);

        await opensWith(' ');
        await page.keyboard.press('Tab');
        expect(await page.evaluate(() => document.activeElement?.matches('.card-close')), 'the first stop in the card is its close button').toBe(true);
        await page.keyboard.press('Enter');
        const shut = await state(page);
        expect(shut.open, 'open after the close button').toEqual([]);
        expect(shut.focus, 'focus after the close button').toBe(span);
      },
    );
  });

  test.each(byKind('actor').slice(0, 1).concat(byKind('date').slice(0, 1)))('$kind $id: activating the span of an open card closes it, by click and by Enter', async ({ span, card }) => {
    await bringIntoView(page, span);
    for (const activate of ['click', 'Enter'] as const) {
      const press = async (): Promise<void> => {
        if (activate === 'Enter') return page.keyboard.press('Enter');
        const point = await clickPoint(page, span);
        return page.mouse.click(point?.x ?? 0, point?.y ?? 0);
      };
      await page.locator(CONTROL(span)).focus();
      await press();
      expect((await state(page)).open, `open after one ${activate}`).toEqual([card]);
      await press();
      expect((await state(page)).open, `open after a second ${activate}`).toEqual([]);
      expect(await page.locator(CONTROL(span)).getAttribute('aria-expanded'), `aria-expanded after a second ${activate}`).toBe('false');
    }
  });

  test('one card at a time: opening another closes the first; a click elsewhere closes it', async () => {
    const [first, second] = [byKind('actor')[0], byKind('date')[0]] as [Case, Case];
    await openByKeyboard(page, first.span);
    await openByKeyboard(page, second.span);
    expect((await state(page)).open).toEqual([second.card]);
    await page.locator('h1').click();
    expect((await state(page)).open, 'open after a click on the headline').toEqual([]);
  });

  test.each(byKind('actor').slice(0, 1).concat(byKind('date').slice(0, 1)))('$kind $id: Chromium tells a screen reader the control’s name, that it opens a dialog, and whether it is open', async ({ span, card }) => {
    const control = CONTROL(span);
    const closed = await accessibilityOf(page, control);
    expect(closed.role).toBe('link');
    expect(closed.name).toBe(await page.locator(`[id="${span}"]`).evaluate((element) => element.textContent?.trim()));
    expect(closed.hasPopup).toBe('dialog');
    expect(closed.expanded).toBe(false);
    await page.locator(control).focus();
    await page.keyboard.press('Enter');
    expect((await accessibilityOf(page, control)).expanded).toBe(true);
    const dialog = await accessibilityOf(page, `[id="${card}"]`);
    expect(dialog.role).toBe('dialog');
    expect(dialog.name).not.toBe('');
    await page.keyboard.press('Escape');
    expect((await accessibilityOf(page, control)).expanded).toBe(false);
  });

  test('printed, an open card is not shown', async () => {
    const [first] = byKind('quote') as [Case];
    await openByKeyboard(page, first.span);
    expect((await state(page)).open).toEqual([first.card]);
    await page.emulateMedia({ media: 'print' });
    try {
      const shown = await page.evaluate((card) => {
        const element = document.getElementById(card) as HTMLElement;
        return element.checkVisibility() && element.getBoundingClientRect().height > 0;
      }, first.card);
      expect(shown, `#${first.card} in print`).toBe(false);
    } finally {
      await page.emulateMedia({ media: 'screen' });
      await page.keyboard.press('Escape');
    }
  });

  describe.each(['light', 'dark'] as const)('axe with a card open, %s', (colorScheme) => {
    test.each((['actor', 'quote', 'figure', 'date'] as Kind[]).map((kind) => byKind(kind)[0] as Case))('$kind $id: no violations of WCAG 2.2 A/AA or best practice', async ({ span, card }) => {
      const themed = await newGuardedContext(session.browser, { colorScheme, viewport: { width: 1280, height: 800 } });
      try {
        const tab = await themed.context.newPage();
        await open(tab, url());
        await openByKeyboard(tab, span);
        expect((await state(tab)).open).toEqual([card]);
        expect(describeViolations(await analyze(tab)), `axe violations with #${card} open (${colorScheme})`).toBe('');
        expect(themed.outsideRequests).toEqual([]);
      } finally {
        await themed.context.close();
      }
    });
  });

  describe('without JavaScript', () => {
    test('the spans are plain text and every date mention still links to, and lands on, its timeline entry', async () => {
      const plain = await newGuardedContext(session.browser, { javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
      try {
        const tab = await plain.context.newPage();
        await open(tab, url());
        const enhanced = await tab.evaluate(() => document.querySelectorAll('#article-body [aria-haspopup], #article-body [tabindex]').length);
        expect(enhanced, 'spans made controls without a script').toBe(0);
        const mentions = analysis.dates.flatMap(({ id, mentions = [] }) => mentions.map((_, index) => ({ id, span: index === 0 ? `date-${id}` : `date-${id}--${index + 1}` })));
        expect(mentions.length).toBeGreaterThan(0);
        for (const { id, span } of mentions) {
          // No settle(): with JavaScript off, nothing the test evaluates in the page can wait for a frame.
          await tab.locator(`[id="${span}"]`).click();
          expect.soft(new URL(tab.url()).hash, `clicking #${span}`).toBe(`#event-${id}`);
          const where = await waitUntilVisible(tab, `event-${id}`);
          expect.soft(where.visible, explain(`event-${id}`, where)).toBe(true);
          expect.soft((await state(tab)).open, 'cards open without a script').toEqual([]);
        }
        expect(plain.outsideRequests).toEqual([]);
      } finally {
        await plain.context.close();
      }
    });
  });
});

test('no page asked for anything outside 127.0.0.1', () => {
  expect(session.guarded.outsideRequests).toEqual([]);
});
