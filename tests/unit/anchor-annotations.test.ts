import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { describe, expect, test } from 'vitest';
import type { AnchorIndex } from '../../src/lib/annotations';
import { describeProblems, type Problem } from '../../src/lib/content-error';
import { markdownOptions } from '../../src/lib/markdown';
import { BODY, frontmatter } from '../helpers/briefing';

const processor = await createMarkdownProcessor({ ...markdownOptions, syntaxHighlight: false });

const FILE = '/site/content/briefings/test.md';

async function renderWithProblems(body: string, data: Record<string, unknown>) {
  const { code, metadata } = await processor.render(body, { frontmatter: data, fileURL: new URL(`file://${FILE}`) });
  return { code, problems: (metadata.frontmatter['problems'] ?? []) as Problem[] };
}

/** The annotated HTML of a body that has no problems. */
async function render(body: string, data: Record<string, unknown> = frontmatter()): Promise<string> {
  const { code, problems } = await renderWithProblems(body, data);
  expect(problems).toEqual([]);
  return code;
}

/** The problems of a body as the build reports them; the body must be left unannotated. */
async function report(body: string, data: Record<string, unknown> = frontmatter()): Promise<string> {
  const { code, problems } = await renderWithProblems(body, data);
  expect(code).not.toMatch(/<q |<data |<time /);
  return describeProblems(FILE, problems);
}

const stripTags = (html: string) => html.replace(/<[^>]+>/g, '');

describe('rehypeAnchorAnnotations through the real Markdown pipeline', () => {
  test('anchors every annotation in its semantic element, and numbers the paragraphs', async () => {
    expect(await render(BODY)).toBe(
      [
        '<p id="p-1">يلتقى الرئيس <strong><span id="actor-joe-biden" class="actor" data-actor="joe-biden">جو بايدن</span></strong> -<a href="#event-meeting" class="annotation-link"><time id="date-meeting" datetime="2021-07-26">الاثنين</time></a>- في <a href="https://example.org/">واشنطن</a>.</p>',
        '<p id="p-2">وقال لصحيفة «<span id="actor-wsj" class="actor" data-actor="wsj">وول ستريت جورنال</span>»: <q id="quote-biden-here" data-speaker="joe-biden">«نحن هنا الآن»</q> مع <data id="figure-foreign-troops" value="3500">3500 جندى</data>، بينهم <data id="figure-us-troops" value="2500">2500 أمريكى</data>.</p>',
      ].join('\n'),
    );
  });

  test('a span that starts inside bold and ends inside a link splits them, and the text is unchanged', async () => {
    const body = BODY.replace('[واشنطن]', '[العاصمة واشنطن]');
    const data = frontmatter();
    (data.actors as { mentions: unknown[] }[])[0]!.mentions = [{ exact: 'بينهم' }];
    data.quotes = [{ id: 'across', speaker: 'joe-biden', kind: 'reported', exact: 'بايدن -الاثنين- في العاصمة' }];
    const html = await render(body, data);
    expect(html).toContain(
      '<strong>جو </strong><q id="quote-across" data-speaker="joe-biden"><strong>بايدن</strong> -<a href="#event-meeting" class="annotation-link"><time id="date-meeting" datetime="2021-07-26">الاثنين</time></a>- في <a href="https://example.org/">العاصمة</a></q><a href="https://example.org/"> واشنطن</a>.',
    );
    expect(stripTags(html)).toBe(stripTags(await render(body)));
  });

  test('nested spans nest: a figure inside a quote', async () => {
    const data = frontmatter();
    data.quotes = [{ id: 'with-figures', speaker: 'joe-biden', kind: 'reported', exact: 'مع 3500 جندى، بينهم 2500 أمريكى' }];
    expect(await render(BODY, data)).toContain('<q id="quote-with-figures" data-speaker="joe-biden">مع <data id="figure-foreign-troops" value="3500">3500 جندى</data>، بينهم <data id="figure-us-troops" value="2500">2500 أمريكى</data></q>');
  });

  test('hands on where each anchor is in the body as textContent counts it: one "\\n" between paragraphs, 32 characters of context', async () => {
    const { code, metadata } = await processor.render(BODY, { frontmatter: frontmatter(), fileURL: new URL(`file://${FILE}`) });
    const text = toString(fromHtml(code, { fragment: true }));
    expect(text).toContain('.\nوقال');
    const anchors = metadata.frontmatter['anchors'] as AnchorIndex;
    expect(Object.keys(anchors).toSorted()).toEqual(['actor-joe-biden', 'actor-wsj', 'date-meeting', 'figure-foreign-troops', 'figure-us-troops', 'quote-biden-here']);
    for (const [anchor, { position }] of Object.entries(anchors)) {
      expect(text.slice(position.start, position.end), anchor).toBe(position.exact);
      expect(text.slice(Math.max(0, position.start - 32), position.start)).toBe(position.prefix);
      expect(text.slice(position.end, position.end + 32)).toBe(position.suffix);
    }
    expect(anchors['quote-biden-here']?.position).toMatchObject({ start: text.indexOf('«نحن هنا الآن»'), exact: '«نحن هنا الآن»', suffix: ' مع 3500 جندى، بينهم 2500 أمريكى' });
    // Both sides are cut at 32 characters: the suffix stops before the paragraph's full stop.
    expect(anchors['quote-biden-here']?.position.prefix).toHaveLength(32);
  });

  test('hands on each quote\'s paragraph as text, split around it, for the quote\'s own page', async () => {
    const data = frontmatter();
    (data.quotes as unknown[]).push({ id: 'with-figures', speaker: 'joe-biden', kind: 'reported', exact: 'مع 3500 جندى، بينهم 2500 أمريكى' });
    const { metadata } = await processor.render(BODY, { frontmatter: data, fileURL: new URL(`file://${FILE}`) });
    expect(metadata.frontmatter['problems']).toBeUndefined();
    const anchors = metadata.frontmatter['anchors'] as AnchorIndex;
    expect(anchors['quote-biden-here']).toMatchObject({ paragraph: 2, context: { before: 'وقال لصحيفة «وول ستريت جورنال»: ', quote: '«نحن هنا الآن»', after: ' مع 3500 جندى، بينهم 2500 أمريكى.' } });
    expect(anchors['quote-with-figures']?.context).toEqual({ before: 'وقال لصحيفة «وول ستريت جورنال»: «نحن هنا الآن» ', quote: 'مع 3500 جندى، بينهم 2500 أمريكى', after: '.' });
  });

  test('a second mention gets its own id', async () => {
    const data = frontmatter();
    (data.actors as { mentions: unknown[] }[])[0]!.mentions.push({ exact: 'بينهم' });
    expect(await render(BODY, data)).toContain('<span id="actor-joe-biden--2" class="actor" data-actor="joe-biden">بينهم</span>');
  });

  test.each([
    {
      title: 'crossing spans',
      change: (data: Record<string, unknown>) => {
        data.quotes = [{ id: 'crossing', speaker: 'joe-biden', kind: 'reported', exact: 'هنا الآن» مع 3500' }];
      },
      says: ['test.md: 1 problem\n', 'quotes[0] (id "crossing")', 'crosses figures[0].mentions[0] ("foreign-troops"', 'may nest but not overlap'],
    },
    {
      title: 'a span across two paragraphs',
      change: (data: Record<string, unknown>) => {
        data.quotes = [{ id: 'two-paragraphs', speaker: 'joe-biden', kind: 'reported', exact: 'واشنطن.\n\nوقال' }];
      },
      says: ['quotes[0] (id "two-paragraphs")', 'runs from one paragraph into the next'],
    },
    {
      title: 'every unresolved selector, at once',
      change: (data: Record<string, unknown>) => {
        data.quotes = [{ id: 'missing', speaker: 'joe-biden', kind: 'direct', exact: '«نحن هناك»' }];
        (data.dates as { mentions: unknown[] }[])[0]!.mentions = [{ exact: 'الإثنين' }];
      },
      says: ['2 problems', 'quotes[0] (id "missing")', 'the closest text is "«نحن هنا', 'dates[0].mentions[0] (id "meeting")', 'differ only by Arabic letter variants'],
    },
  ])('$title: reported with the file, the field and the id', async ({ change, says }) => {
    const data = frontmatter();
    change(data);
    const text = await report(BODY, data);
    for (const words of says) expect(text).toContain(words);
  });

  test.each([
    ['a block', `${BODY}\n\n<div>x</div>`],
    ['inline', BODY.replace('واشنطن', '<b>واشنطن</b>')],
  ])('raw HTML in the body is refused: %s', async (_, body) => {
    expect(await report(body)).toContain('contains raw HTML');
  });

  test.each(['javascript:alert(1)', 'data:text/html,x', 'JAVASCRIPT:void(0)'])('a link to %s is refused', async (url) => {
    expect(await report(BODY.replace('https://example.org/', url))).toContain(`links to "${url}"`);
  });
});
