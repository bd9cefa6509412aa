import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { briefingSchema } from '../../src/schemas/briefing';
import { frontmatter } from '../helpers/briefing';

type Data = Record<string, any>;

/** The issues of a frontmatter changed by `change`, as `path: message` lines. */
function issues(change: (data: Data) => void): string[] {
  const data = frontmatter();
  change(data);
  const result = briefingSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

test('the helper frontmatter is valid, so each case below fails for its own reason', () => {
  expect(issues(() => {})).toEqual([]);
});

describe('a missing required field is rejected at its path, with what to add', () => {
  test.each([
    'title',
    'summary',
    'published',
    'source',
    'source.publisher',
    'source.published',
    'source.published.date',
    'source.published.basis',
    'source.published.note',
    'actors',
    'actors.0.id',
    'actors.0.name',
    'actors.0.name.ar',
    'actors.0.name.en',
    'actors.0.kind',
    'actors.0.mentions',
    'actors.0.mentions.0.exact',
    'quotes.0.id',
    'quotes.0.speaker',
    'quotes.0.kind',
    'quotes.0.exact',
    'figures.0.id',
    'figures.0.value',
    'figures.0.unit',
    'figures.0.label',
    'figures.0.approximate',
    'dates.0.id',
    'dates.0.date',
    'dates.0.precision',
    'dates.0.kind',
    'dates.0.title',
    'dates.0.note',
    'dates.1.sources.0.publisher',
  ])('%s', (path) => {
    const keys = path.split('.');
    const last = keys.pop() as string;
    const found = issues((data) => {
      delete keys.reduce((object, key) => object[key], data)[last];
    });
    expect(found.find((line) => line.startsWith(`${path}: `))).toMatch(/^[\w.]+: is missing: add (it \(.+\)|one of .+)$/);
  });
});

describe('an enum value outside its list is rejected, naming the allowed values', () => {
  test.each([
    ['actors.0.kind', 'people', 'person, organization, state, group, media'],
    ['quotes.0.kind', 'indirect', 'direct, reported'],
    ['dates.0.precision', 'exact', 'day, month, year, approximate, open'],
    ['dates.0.kind', 'future', 'reported, scheduled, deadline, context'],
    ['source.published.basis', 'guessed', 'stated, inferred'],
  ])('%s: %s', (path, value, allowed) => {
    const keys = path.split('.');
    const last = keys.pop() as string;
    const found = issues((data) => {
      keys.reduce((object, key) => object[key], data)[last] = value;
    });
    expect(found).toEqual([`${path}: is "${value}", which is not one of ${allowed}: use one of them`]);
  });
});

describe('a reference must name an existing id', () => {
  test.each([
    { title: 'speaker', change: (data: Data) => (data.quotes[0].speaker = 'jen-psaki'), expected: 'quotes.0.speaker: names "jen-psaki", which is not an actor id: use one of joe-biden, wsj, or add the actor' },
    { title: 'via', change: (data: Data) => (data.quotes[0].via = 'reuters'), expected: 'quotes.0.via: names "reuters", which is not an actor id: use one of joe-biden, wsj, or add the actor' },
    { title: 'partOf', change: (data: Data) => (data.figures[1].partOf = 'all-troops'), expected: 'figures.1.partOf: names "all-troops", which is not a figure id: use one of foreign-troops, us-troops, other-troops' },
    { title: 'derived.minuend', change: (data: Data) => (data.figures[2].derived.minuend = 'troops'), expected: 'figures.2.derived.minuend: names "troops", which is not a figure id: use one of foreign-troops, us-troops, other-troops' },
  ])('$title', ({ change, expected }) => {
    expect(issues(change)).toEqual([expected]);
  });
});

describe('the analysis must agree with itself', () => {
  test.each([
    { title: 'a duplicate id across lists', change: (data: Data) => (data.dates[0].id = 'joe-biden'), expected: 'dates.0.id: "joe-biden" is already the id of actors[0]: ids (aliases included) must be unique in a briefing, rename one' },
    { title: 'an alias that is another annotation\'s id', change: (data: Data) => (data.quotes[0].aliases = ['meeting']), expected: 'dates.0.id: "meeting" is already the id of quotes[0]: ids (aliases included) must be unique in a briefing, rename one' },
    { title: 'an id that is not kebab-case ASCII', change: (data: Data) => (data.actors[0].id = 'Joe_Biden'), expected: 'actors.0.id: is not kebab-case ASCII: rename it with a–z, 0–9 and single hyphens, e.g. "foreign-minister"' },
    { title: 'an impossible date', change: (data: Data) => (data.dates[0].date = '2021-02-30'), expected: 'dates.0.date: is not a real calendar date: write YYYY, YYYY-MM or YYYY-MM-DD, and check that the day exists' },
    { title: 'a precision that contradicts the date', change: (data: Data) => (data.dates[0].precision = 'month'), expected: 'dates.0.precision: contradicts the date: write a day as YYYY-MM-DD, a month as YYYY-MM, a year as YYYY, or use approximate' },
    { title: 'a context event without sources', change: (data: Data) => (data.dates[1].sources = []), expected: 'dates.1.sources: is empty: add at least one source, since the article does not state a context event' },
    { title: 'a negative figure', change: (data: Data) => (data.figures[0].value = -3500), expected: 'figures.0.value: is negative: write the count, 0 or more' },
    { title: 'a non-numeric figure', change: (data: Data) => (data.figures[0].value = 'ثلاثة آلاف'), expected: 'figures.0.value: is "ثلاثة آلاف": write a number without quotes or digit separators, e.g. 2500' },
    { title: 'a part larger than its whole', change: (data: Data) => (data.figures[1].value = 4000), expected: 'figures.1.value: 4000 is larger than 3500, the value of "foreign-troops" it is part of: check both numbers or drop partOf' },
    { title: 'a derived figure that does not add up', change: (data: Data) => (data.figures[2].value = 1200), expected: 'figures.2.value: is 1200, but foreign-troops − us-troops = 1000: fix the value or the derivation' },
    { title: 'a reported figure with no mention', change: (data: Data) => (data.figures[0].mentions = []), expected: 'figures.0.mentions: is empty: anchor at least one mention of the figure in the body, or add `derived` if the site computes it' },
    { title: 'an unknown key', change: (data: Data) => (data.actors[0].wikipedia = 'x'), expected: 'actors.0: has the unknown field "wikipedia": remove it or fix its spelling (the fields are id, name, kind, role, wikidata, proposed, mentions)' },
  ])('$title', ({ change, expected }) => {
    // Other checks may follow from the same mistake (a negative whole no longer adds up).
    expect(issues(change)).toContain(expected);
  });

  test('every unconfirmed proposal of npm run new is listed', () => {
    const found = issues((data) => {
      data.actors[1].proposed = true;
      data.dates[0].proposed = true;
    });
    expect(found).toEqual([
      'actors.1.proposed: marks "wsj" as a proposal of npm run new: check it against the text, then delete this line to confirm it, or delete the annotation',
      'dates.0.proposed: marks "meeting" as a proposal of npm run new: check it against the text, then delete this line to confirm it, or delete the annotation',
    ]);
  });

  test('a partOf cycle', () => {
    const found = issues((data) => {
      data.figures[0].partOf = 'us-troops';
      data.figures[1].value = 3500;
    });
    expect(found).toContain('figures.0.partOf: leads back to "foreign-troops": a figure cannot be part of itself, remove one partOf of the cycle');
  });
});

describe("a figure's unit is an id of content/units.json", () => {
  const file = JSON.parse(readFileSync(new URL('../../content/units.json', import.meta.url), 'utf8')) as { units: { id: string }[] };
  const ids = file.units.map((unit) => unit.id);

  test.each(['dollars', 'percent', 'killed', 'personnel', 'kilometres'])('%s, in the file, is accepted', (unit) => {
    expect(ids).toContain(unit);
    expect(issues((data) => (data['figures'][0].unit = unit))).toEqual([]);
  });

  test('an id not in the file is refused with the known units and how to add one', () => {
    expect(issues((data) => (data['figures'][0].unit = 'soldiers'))).toEqual([
      `figures.0.unit: is "soldiers", which is not one of ${ids.join(', ')}: use one of them, or add it to content/units.json (an entry with id, singular, dual, plural and nouns), no code to change`,
    ]);
  });

  test('a unit that is not text says what to write', () => {
    expect(issues((data) => (data['figures'][0].unit = 3))).toEqual([`figures.0.unit: is 3, which is not one of ${ids.join(', ')}: use one of them`]);
  });
});
