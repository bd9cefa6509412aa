import { existsSync, readFileSync } from 'node:fs';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { afterAll, describe, expect, test } from 'vitest';
import { PUBLIC_ANCHOR } from '../../src/lib/ids';
import { readPage, ROOT, SLUG } from '../helpers/site';
import { buildVariant, removeVariants } from '../helpers/variant';

const manifest: Record<string, string[]> = JSON.parse(readFileSync(`${ROOT}content/anchors.json`, 'utf8'));

afterAll(removeVariants);

describe('content/anchors.json records every public anchor', () => {
  test.each(Object.keys(manifest))('%s: the manifest and the built page hold the same public anchors', (slug) => {
    const ids = selectAll('#article-body [id]', readPage(`briefings/${slug}/index.html`))
      .map((element) => String(element.properties.id))
      .filter((id) => PUBLIC_ANCHOR.test(id));
    expect(ids.sort()).toEqual(manifest[slug]);
  });

  test('every built briefing is in the manifest', () => {
    expect(existsSync(`${ROOT}dist/briefings/${SLUG}/index.html`)).toBe(true);
    expect(Object.keys(manifest)).toContain(SLUG);
  });
});

describe('a published anchor cannot be dropped', () => {
  const quoteId = (manifest[SLUG] ?? []).find((id) => id.startsWith('quote-'))?.slice('quote-'.length) ?? '';

  test('renaming a quote fails the build, naming the anchor that would break', () => {
    const { status, output } = buildVariant((document) => {
      const index = (document.get('quotes') as { items: unknown[] }).items.findIndex((_, at) => document.getIn(['quotes', at, 'id']) === quoteId);
      document.setIn(['quotes', index, 'id'], `${quoteId}-renamed`);
    });
    expect(status).not.toBe(0);
    expect(output).toContain(`content/briefings/${SLUG}.md`);
    expect(output).toContain(`#quote-${quoteId} was published (content/anchors.json) and is gone`);
  });

  test('renaming it with the old id as an alias builds, and the old link still lands on the quote', () => {
    const { status, output, root } = buildVariant((document) => {
      const index = (document.get('quotes') as { items: unknown[] }).items.findIndex((_, at) => document.getIn(['quotes', at, 'id']) === quoteId);
      document.setIn(['quotes', index, 'id'], `${quoteId}-renamed`);
      document.setIn(['quotes', index, 'aliases'], [quoteId]);
    });
    expect(status, output).toBe(0);
    const page = fromHtml(readFileSync(`${root}/dist/briefings/${SLUG}/index.html`, 'utf8'));
    const [quote] = selectAll(`q#quote-${quoteId}-renamed`, page);
    expect(quote).toBeDefined();
    expect(selectAll(`#quote-${quoteId}`, quote!)).toHaveLength(1);
  });
});
