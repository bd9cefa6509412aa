import { expect, test } from 'vitest';
import { collectSeries } from '../../src/lib/series';
import { SERIES_COLUMNS, seriesRows, toCsv } from '../../src/lib/series-data';
import { BASES } from '../../src/schemas/series';
import { seriesEntry } from '../helpers/briefing';

const [series] = collectSeries(
  [
    seriesEntry('later', '2026-02-01', '2021-12-09', [{ value: 2500, basis: 'reported', approximate: true }]),
    seriesEntry('earlier', '2026-01-01', '2021-07-25', [{ value: 2500, basis: 'reported' }], '2021-07-26'),
  ],
  [{ id: 'us-troops-in-iraq', label: 'الجنود', unit: 'troops' }],
  BASES,
  'content/series.json',
);
const anchorUrl = (slug: string, anchor?: string) => `https://example.org/briefings/${slug}/${anchor ? `#${anchor}` : ''}`;

test('one row per value, earliest source first, with its basis, its source’s date and how that is known, and links into the text', () => {
  if (!series) throw new Error('no series');
  expect(seriesRows(series, anchorUrl)).toEqual([
    {
      series: 'us-troops-in-iraq', value: 2500, approximate: false, low: 2500, high: 2500, unit: 'troops', basis: 'reported', derived: false,
      sourceDate: '2021-07-25', sourceDateUntil: '2021-07-26', sourceDateBasis: 'inferred',
      briefing: 'https://example.org/briefings/earlier/', figure: 'value-1', phrase: '2500 أمريكى', mention: 'https://example.org/briefings/earlier/#figure-value-1',
    },
    {
      series: 'us-troops-in-iraq', value: 2500, approximate: true, low: 2450, high: 2550, unit: 'troops', basis: 'reported', derived: false,
      sourceDate: '2021-12-09', sourceDateUntil: null, sourceDateBasis: 'stated',
      briefing: 'https://example.org/briefings/later/', figure: 'value-1', phrase: '2500 أمريكى', mention: 'https://example.org/briefings/later/#figure-value-1',
    },
  ]);
});

test('CSV: a header, CRLF line ends, fields with commas or quotes quoted and their quotes doubled, null empty', () => {
  if (!series) throw new Error('no series');
  const [row] = seriesRows(series, anchorUrl);
  if (!row) throw new Error('no row');
  const csv = toCsv([{ ...row, phrase: 'قال: "نحو 2500، أو أكثر", ثم سكت' }, { ...row, sourceDateUntil: null }]);
  const lines = csv.split('\r\n');
  expect(lines).toHaveLength(4);
  expect(lines[0]).toBe(SERIES_COLUMNS.join(','));
  expect(lines[1]).toContain(',"قال: ""نحو 2500، أو أكثر"", ثم سكت",');
  expect(lines[2]).toContain(',2021-07-25,,inferred,');
  expect(lines[3]).toBe('');
});
