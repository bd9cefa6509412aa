import { describe, expect, test } from 'vitest';
import { ContentError } from '../../src/lib/content-error';
import { approximateRange, byBasis, collectSeries, neighboursOf, seriesProblems, siteSeries, sourceDateText } from '../../src/lib/series';
import { briefingSchema } from '../../src/schemas/briefing';
import { BASES, catalog, seriesDefinitionSchema } from '../../src/schemas/series';
import { frontmatter, seriesEntry as entry } from '../helpers/briefing';

const SERIES_FILE = 'content/series.json';
const DEFINITIONS = [{ id: 'us-troops-in-iraq', label: 'الجنود', unit: 'troops' }];

describe('approximateRange', () => {
  test.each([
    { value: 2500, approximate: true, low: 2450, high: 2550 },
    { value: 2000, approximate: true, low: 1500, high: 2500 },
    { value: 3500, approximate: true, low: 3450, high: 3550 },
    { value: 120, approximate: true, low: 115, high: 125 },
    { value: 7, approximate: true, low: 6.5, high: 7.5 },
    { value: 2500, approximate: false, low: 2500, high: 2500 },
    { value: 0, approximate: true, low: 0, high: 0 },
  ])('$value (approximate: $approximate) → $low–$high', ({ value, approximate, low, high }) => {
    expect(approximateRange(value, approximate)).toEqual({ low, high });
  });
});

describe('collectSeries', () => {
  // The issue's example: late 2017, the Pentagon's cap (503), its personnel data (1,720), and later "about 2,000".
  const cap = entry('cap', '2026-03-01', '2017-10-30', [{ value: 503, basis: 'announced-cap' }]);
  const headcount = entry('headcount', '2026-01-01', '2017-11-30', [{ value: 1720, basis: 'headcount' }]);
  const estimate = entry('estimate', '2026-02-01', '2017-12-06', [{ value: 2000, basis: 'estimate', approximate: true }]);
  const laterCap = entry('later-cap', '2026-04-01', '2018-03', [{ value: 2000, basis: 'announced-cap' }]);

  test('every value, earliest source first, whatever the order the briefings went up in', () => {
    const [series] = collectSeries([laterCap, estimate, cap, headcount], DEFINITIONS, BASES, SERIES_FILE);
    expect(series?.points.map(({ briefing, figure }) => [briefing.id, figure.value])).toEqual([
      ['cap', 503],
      ['headcount', 1720],
      ['estimate', 2000],
      ['later-cap', 2000],
    ]);
    expect(series?.points[2]?.range).toEqual({ low: 1500, high: 2500 });
    expect(series?.points[3]?.sourceDate).toMatchObject({ date: '2018-03', first: new Date('2018-03-01'), last: new Date('2018-03-31') });
  });

  test('a series no briefing uses has no values', () => {
    expect(collectSeries([cap], [...DEFINITIONS, { id: 'other', label: 'أخرى', unit: 'troops' }], BASES, SERIES_FILE)[1]?.points).toEqual([]);
  });

  test('neighbours are the values of the same basis only: a cap is compared with a cap, never with a headcount', () => {
    const [series] = collectSeries([cap, headcount, estimate, laterCap], DEFINITIONS, BASES, SERIES_FILE);
    if (!series) throw new Error('no series');
    const first = neighboursOf(series, 'cap', 'value-1');
    expect(first.previous).toBeUndefined();
    expect(first.next?.point.briefing.id).toBe('later-cap');
    expect(first.next).toMatchObject({ change: 1497, approximate: false });
    expect(neighboursOf(series, 'later-cap', 'value-1').previous).toMatchObject({ change: 1497 });
    expect(neighboursOf(series, 'headcount', 'value-1')).toEqual({});
    expect(neighboursOf(series, 'nowhere', 'value-1')).toEqual({});
  });

  test('a change from or to an approximate value is approximate', () => {
    const before = entry('before', '2026-01-01', '2021-07-25', [{ value: 2500, basis: 'reported' }]);
    const after = entry('after', '2026-02-01', '2021-12-09', [{ value: 2500, basis: 'reported', approximate: true }]);
    const [series] = collectSeries([before, after], DEFINITIONS, BASES, SERIES_FILE);
    if (!series) throw new Error('no series');
    expect(neighboursOf(series, 'after', 'value-1').previous).toMatchObject({ change: 0, approximate: true });
    expect(neighboursOf(series, 'before', 'value-1').next).toMatchObject({ change: 0, approximate: true });
  });

  test('byBasis groups the values in the catalog’s order of bases, leaving out bases with none', () => {
    const [series] = collectSeries([cap, headcount, estimate, laterCap], DEFINITIONS, BASES, SERIES_FILE);
    const groups = byBasis(series?.points ?? [], BASES);
    expect(groups.map(({ basis, points }) => [basis.id, points.map(({ briefing }) => briefing.id)])).toEqual([
      ['announced-cap', ['cap', 'later-cap']],
      ['headcount', ['headcount']],
      ['estimate', ['estimate']],
    ]);
  });
});

describe('seriesProblems: a series in one unit', () => {
  const troops = entry('troops', '2026-01-01', '2021-07-25', [{ value: 2500, basis: 'reported' }]);
  const rounds = entry('rounds', '2026-02-01', '2021-12-09', [{ value: 4, basis: 'reported', unit: 'round' }]);

  test('two briefings that count one series in different units: the one off the series’ unit is reported, naming the series’ file and the other briefing', () => {
    const problems = seriesProblems([rounds, troops], DEFINITIONS, SERIES_FILE);
    expect([...problems.keys()]).toEqual(['content/briefings/rounds.md']);
    const [problem] = problems.get('content/briefings/rounds.md') ?? [];
    expect(problem?.field).toBe('figures[3].unit');
    expect(problem?.id).toBe('value-1');
    expect(problem?.message).toContain('is "round" here, but the series "us-troops-in-iraq" is counted in "troops" (content/series.json), and content/briefings/troops.md (figures[3]) counts it in "troops"');
    expect(problem?.message).toContain('Make the unit "troops"');
  });

  test('collectSeries throws them as one content error', () => {
    expect(() => collectSeries([troops, rounds], DEFINITIONS, BASES, SERIES_FILE)).toThrow(ContentError);
    expect(() => collectSeries([troops, rounds], DEFINITIONS, BASES, SERIES_FILE)).toThrow(/^content\/briefings\/rounds\.md: 1 problem\n {2}- figures\[3\]\.unit \(id "value-1"\)/);
  });

  test('a series used in its own unit everywhere has no problem', () => {
    expect(seriesProblems([troops], DEFINITIONS, SERIES_FILE).size).toBe(0);
  });
});

describe('the schema: series and basis', () => {
  const withFigure = (extra: Record<string, unknown>) => {
    const data = frontmatter();
    (data['figures'] as Record<string, unknown>[]).push({ id: 'x', value: 1, unit: 'troops', label: 'س', approximate: false, mentions: [{ exact: '2500 أمريكى' }], ...extra });
    return briefingSchema.safeParse(data);
  };
  const messages = (result: ReturnType<typeof withFigure>) => (result.success ? [] : result.error.issues.map(({ path, message }) => `${path.join('.')}: ${message}`));

  test('an unknown series names the file of series, and the ids there', () => {
    expect(messages(withFigure({ series: 'us-troops-in-irak', basis: 'reported' }))).toEqual([
      expect.stringMatching(/^figures\.3\.series: is "us-troops-in-irak", which is not a series in content\/series\.json: use one of us-troops-in-iraq, .*, or add it there$/),
    ]);
  });

  test('an unknown basis names the file of bases', () => {
    expect(messages(withFigure({ series: 'us-troops-in-iraq', basis: 'guess' }))[0]).toMatch(/^figures\.3\.basis: is "guess", which is not a basis in content\/bases\.json/);
  });

  test('a figure in a series needs a basis', () => {
    expect(messages(withFigure({ series: 'us-troops-in-iraq' }))[0]).toMatch(/^figures\.3\.basis: is missing on a figure in a series/);
  });
});

test('sourceDateText says an inferred date is inferred', () => {
  const stated = { date: '2021-12-09', basis: 'stated', first: new Date('2021-12-09'), last: new Date('2021-12-09') } as const;
  expect(sourceDateText(stated)).not.toContain('مستنتج');
  expect(sourceDateText({ ...stated, until: '2021-12-10', basis: 'inferred' })).toMatch(/ – .*\(مستنتج\)$/);
});

describe('catalog: a content file of series or bases', () => {
  const definition = { id: 'troops-abroad', label: 'الجنود', unit: 'troops' };

  test('a valid file is its entries', () => {
    expect(catalog('content/series.json', [definition], seriesDefinitionSchema)).toEqual([definition]);
  });

  test.each([
    { what: 'an id defined twice', entries: [definition, definition], problem: '  - [1].id (id "troops-abroad"): is already the id of [0]' },
    { what: 'a missing label', entries: [{ id: 'x', unit: 'troops' }], problem: '  - [0].label: is missing: add it' },
    { what: 'an unknown field', entries: [{ ...definition, colour: 'red' }], problem: '  - [0]: has the unknown field "colour"' },
  ])('$what is a content error naming the file and the entry', ({ entries, problem }) => {
    expect(() => catalog('content/series.json', entries, seriesDefinitionSchema)).toThrow(ContentError);
    expect(() => catalog('content/series.json', entries, seriesDefinitionSchema)).toThrow(`content/series.json: 1 problem\n${problem}`);
  });
});

describe('siteSeries', () => {
  const first = entry('first', '2021-07-27', '2021-07-26', [{ value: 2500, basis: 'announced-cap' }]);
  const second = entry('second', '2021-08-01', '2021-07-31', [{ value: 2000, basis: 'announced-cap' }]);
  const values = (briefings: (typeof first)[]) => siteSeries(briefings).find(({ definition }) => definition.id === 'us-troops-in-iraq')?.points.map(({ figure }) => figure.value);

  test('made once for the same briefings, again when one of them changes', () => {
    const series = siteSeries([first, second]);
    expect(siteSeries([{ ...first }, { ...second }])).toBe(series);
    expect(values([first, second])).toEqual([2500, 2000]);
    const edited = { ...second, data: { ...second.data, figures: second.data.figures.map((figure) => ({ ...figure, value: 1500 })) } };
    expect(values([first, edited])).toEqual([2500, 1500]);
    expect(values([first])).toEqual([2500]);
  });
});
