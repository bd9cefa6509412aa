import { readdirSync, readFileSync } from 'node:fs';
import type { Element } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { deploymentFrom } from '../../src/lib/deploy';
import { linkProblem, type BuiltSite } from '../helpers/links';
import { DIST, readPage, ROOT, splitBriefing } from '../helpers/site';

// The series as the content defines them, and their values as the briefings' frontmatter gives
// them, read with a YAML parser of its own: the pages and the data must say the same.
const built: BuiltSite = { dist: DIST, ...deploymentFrom(process.env) };
const home = new URL(built.base, built.site).href;
const catalog = JSON.parse(readFileSync(`${ROOT}content/series.json`, 'utf8')) as { id: string; label: string; unit: string }[];
const bases = JSON.parse(readFileSync(`${ROOT}content/bases.json`, 'utf8')) as { id: string; label: string }[];

interface SourceFigure {
  id: string;
  value: number;
  unit: string;
  approximate: boolean;
  series?: string;
  basis?: string;
  mentions?: { exact: string }[];
}
interface SourceBriefing {
  slug: string;
  title: string;
  source: { published: { date: string; until?: string; basis: string } };
  figures: SourceFigure[];
}

const briefings: SourceBriefing[] = readdirSync(`${ROOT}content/briefings`)
  .filter((name) => name.endsWith('.md'))
  .map((name) => {
    const { yaml } = splitBriefing(readFileSync(`${ROOT}content/briefings/${name}`, 'utf8'), name);
    return { slug: name.slice(0, -'.md'.length), ...(parse(yaml, { schema: 'core' }) as Omit<SourceBriefing, 'slug'>) };
  });
/** An element without its `.cell-label` descendants. */
const withoutLabels = (element: Element): Element => ({
  ...element,
  children: element.children.flatMap((child): Element['children'] => {
    if (child.type !== 'element') return [child];
    return [child.properties.className].flat().includes('cell-label') ? [] : [withoutLabels(child)];
  }),
});

/** Every value of a series: each figure that names it, with its briefing, earliest source first. */
const valuesOf = (series: string) =>
  briefings
    .flatMap((briefing) => briefing.figures.filter((figure) => figure.series === series).map((figure) => ({ briefing, figure })))
    .toSorted((a, b) => a.briefing.source.published.date.localeCompare(b.briefing.source.published.date));

test('the first briefing’s troop figures are in their series', () => {
  const figures = briefings.flatMap(({ figures: list }) => list);
  expect(figures.find(({ id }) => id === 'us-troops-in-iraq')?.series).toBe('us-troops-in-iraq');
  expect(figures.find(({ id }) => id === 'foreign-troops-in-iraq')?.series).toBe('foreign-troops-in-iraq');
});

test('/figures/ lists every series of content/series.json, each linking to its page', () => {
  const links = selectAll('.series-index a', readPage('figures/index.html'));
  expect(links.map((link) => toString(link))).toEqual(catalog.map(({ label }) => label));
  expect(links.map((link) => new URL(String(link.properties.href), home).href)).toEqual(catalog.map(({ id }) => new URL(`figures/${id}/`, home).href));
});

describe.each(catalog.map(({ id }) => id))('the series %s', (id) => {
  const page = readPage(`figures/${id}/index.html`);
  const values = valuesOf(id);
  const definition = catalog.find((series) => series.id === id);

  test('its page has the series’ label as heading and is indexed for search', () => {
    expect(toString(select('h1', page) as Element)).toBe(definition?.label);
    expect(select('[data-pagefind-body]', page)).toBeDefined();
  });

  test('its table lists every value the briefings give it: value, source date and its basis, basis, the phrase linked to its mention', () => {
    expect(values.length).toBeGreaterThan(0);
    // Each cell's column name, shown on narrow screens, is not part of what the cell says.
    const rows = selectAll('.series-table tbody tr', page).map(withoutLabels);
    expect(rows.map((row) => [row.properties.dataBriefing, row.properties.dataFigure])).toEqual(values.map(({ briefing, figure }) => [briefing.slug, figure.id]));
    rows.forEach((row, index) => {
      const { briefing, figure } = values[index] as (typeof values)[number];
      const from = new URL(`figures/${id}/`, home).href;
      expect((select('th data', row) as Element).properties.value).toBe(String(figure.value));
      expect(toString(select('th', row) as Element).startsWith('نحو ')).toBe(figure.approximate);
      const [, dateCell, basisCell, phraseCell, briefingCell] = selectAll('th, td', row) as Element[];
      expect(toString(dateCell as Element).includes('مستنتج')).toBe(briefing.source.published.basis === 'inferred');
      expect(toString(basisCell as Element)).toBe(bases.find(({ id: basis }) => basis === figure.basis)?.label);
      const phrases = selectAll('a', phraseCell as Element);
      expect(phrases.map((link) => toString(link))).toEqual((figure.mentions ?? []).map(({ exact }) => `«${exact}»`));
      expect(phrases.map((link) => new URL(String(link.properties.href), from).hash)).toEqual((figure.mentions ?? []).map((_, n) => `#figure-${figure.id}${n === 0 ? '' : `--${n + 1}`}`));
      for (const link of phrases) expect(linkProblem(String(link.properties.href), from, built)).toBeUndefined();
      expect(toString(select('a', briefingCell as Element) as Element)).toBe(briefing.title);
    });
  });

  test('its chart is an SVG image with a text alternative naming every value', () => {
    const svg = select('.series-chart svg', page) as Element;
    expect(svg.properties.role).toBe('img');
    const labelled = [svg.properties.ariaLabelledBy].flat().map(String);
    expect(labelled.map((ref) => (select(`#${ref}`, svg) as Element | undefined)?.tagName)).toEqual(['title', 'desc']);
    const description = toString(select('desc', svg) as Element).replace(/[,٬]/g, '');
    for (const { figure } of values) expect(description).toContain(String(figure.value));
    expect(selectAll('.series-mark', svg)).toHaveLength(values.length);
  });

  test('its CSV has a row per value, the same values, bases and source dates', () => {
    const [header, ...lines] = readFileSync(`${DIST}figures/${id}.csv`, 'utf8').split('\r\n').filter(Boolean);
    const columns = (header ?? '').split(',');
    const rows = lines.map((line) => Object.fromEntries(line.split(',').map((field, index) => [columns[index], field])));
    expect(rows.map((row) => [row['value'], row['approximate'], row['basis'], row['sourceDate'], row['sourceDateBasis'], row['unit']])).toEqual(
      values.map(({ briefing, figure }) => [String(figure.value), String(figure.approximate), figure.basis, briefing.source.published.date, briefing.source.published.basis, figure.unit]),
    );
  });

  test('its JSON says what the series is and gives the same values, each linked to its mention', () => {
    const json = JSON.parse(readFileSync(`${DIST}figures/${id}.json`, 'utf8'));
    expect(json).toMatchObject({ id, label: definition?.label, unit: definition?.unit, page: new URL(`figures/${id}/`, home).href });
    expect(json.values.map((row: Record<string, unknown>) => [row['value'], row['basis'], row['mention']])).toEqual(
      values.map(({ briefing, figure }) => [figure.value, figure.basis, new URL(`briefings/${briefing.slug}/#figure-${figure.id}`, home).href]),
    );
  });

  test('the briefing’s troop figures link a figure in this series to its page', () => {
    for (const { briefing, figure } of values) {
      const entry = select(`#figures-${figure.id}`, readPage(`briefings/${briefing.slug}/index.html`)) as Element;
      const link = select('.series-change .series-name a', entry) as Element;
      expect(new URL(String(link.properties.href), home).href).toBe(new URL(`figures/${id}/`, home).href);
    }
  });
});
