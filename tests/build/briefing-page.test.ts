import type { Element } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, test } from 'vitest';
import { analysisOf, fixtureParagraphs, readPage, SLUG } from '../helpers/site';

const analysis = analysisOf();
const page = readPage(`briefings/${SLUG}/index.html`);
const body = select('#article-body', page) as Element;

interface Mentioned {
  id: string;
  mentions?: unknown[];
}

/** The fragment ids the analysis promises: `<kind>-<id>` for a first mention, `--<n>` after. */
function promisedIds(kind: string, items: Mentioned[]): string[] {
  return items.flatMap(({ id, mentions = [] }) => mentions.map((_, index) => (index === 0 ? `${kind}-${id}` : `${kind}-${id}--${index + 1}`)));
}

describe(`the built page of ${SLUG}`, () => {
  test('the article is the fixture, paragraph for paragraph, character for character', () => {
    const paragraphs = selectAll('p', body).map((paragraph) => toString(paragraph));
    expect(paragraphs).toEqual(fixtureParagraphs());
  });

  test('paragraphs have stable ids p-1 … p-11', () => {
    expect(selectAll('p', body).map((paragraph) => paragraph.properties.id)).toEqual(fixtureParagraphs().map((_, index) => `p-${index + 1}`));
  });

  test('every annotation id occurs exactly once, and no id occurs twice', () => {
    const ids = selectAll('[id]', page).map((element) => String(element.properties.id));
    expect(ids.length).toBe(new Set(ids).size);
    const promised = [
      ...promisedIds('actor', analysis.actors),
      ...analysis.quotes.map(({ id }: Mentioned) => `quote-${id}`),
      ...promisedIds('figure', analysis.figures),
      ...promisedIds('date', analysis.dates),
    ];
    for (const id of promised) expect(selectAll(`#${id}`, body), id).toHaveLength(1);
    expect(selectAll('#article-body [id]', page).length).toBe(promised.length + fixtureParagraphs().length);
  });

  test('quotes are <q>, figures <data>, dates <time>, actors marked with their id', () => {
    for (const { id } of analysis.quotes) expect(select(`#quote-${id}`, body)?.tagName).toBe('q');
    for (const id of promisedIds('figure', analysis.figures)) expect(select(`#${id}`, body)?.tagName).toBe('data');
    for (const id of promisedIds('date', analysis.dates)) expect(select(`#${id}`, body)?.tagName).toBe('time');
    for (const actor of analysis.actors) expect(selectAll(`[data-actor="${actor.id}"]`, body)).toHaveLength(actor.mentions.length);
  });

  test('every <time> has a valid datetime, the one its date resolved to', () => {
    const times = selectAll('time', body);
    expect(times.length).toBeGreaterThan(0);
    for (const time of times) {
      const datetime = String(time.properties.dateTime);
      expect(datetime).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
      const [year, month = '01', day = '01'] = datetime.split('-');
      expect(new Date(`${year}-${month}-${day}T00:00:00Z`).toISOString().startsWith(`${year}-${month}-${day}`)).toBe(true);
      const event = analysis.dates.find((candidate: Mentioned) => String(time.properties.id).replace(/--\d+$/, '') === `date-${candidate.id}`);
      const expected = event.date instanceof Date ? event.date.toISOString().slice(0, 10) : String(event.date);
      expect(datetime).toBe(expected);
    }
  });

  test('every <data> value equals its figure', () => {
    const data = selectAll('data', body);
    expect(data.length).toBeGreaterThan(0);
    for (const element of data) {
      const figure = analysis.figures.find((candidate: Mentioned) => String(element.properties.id).replace(/--\d+$/, '') === `figure-${candidate.id}`);
      expect(Number(element.properties.value)).toBe(figure.value);
    }
  });

  test('the page is Arabic, right to left', () => {
    const html = select('html', page);
    expect(html?.properties.lang).toBe('ar');
    expect(html?.properties.dir).toBe('rtl');
  });
});
