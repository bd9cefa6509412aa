import { briefingSchema } from '../../src/schemas/briefing';

/** A small valid briefing's frontmatter, as YAML would give it, for tests to vary one field at a time. */
export function frontmatter(): Record<string, unknown> {
  return {
    title: 'البنتاجون: سنبقي على التعاون',
    summary: 'ملخص التحليل.',
    published: new Date('2026-11-29'),
    source: {
      publisher: null,
      published: { date: new Date('2021-07-25'), until: '2021-07-26', basis: 'inferred', note: 'مستنتج من صيغة المستقبل.' },
    },
    actors: [
      { id: 'joe-biden', name: { ar: 'جو بايدن', en: 'Joe Biden' }, kind: 'person', mentions: [{ exact: 'جو بايدن' }] },
      { id: 'wsj', name: { ar: 'وول ستريت جورنال', en: 'The Wall Street Journal' }, kind: 'media', mentions: [{ exact: 'وول ستريت جورنال' }] },
    ],
    quotes: [{ id: 'biden-here', speaker: 'joe-biden', via: 'wsj', kind: 'direct', exact: '«نحن هنا الآن»' }],
    figures: [
      { id: 'foreign-troops', value: 3500, unit: 'troops', label: 'القوات الأجنبية', approximate: true, mentions: [{ exact: '3500 جندى' }] },
      { id: 'us-troops', value: 2500, unit: 'troops', label: 'القوات الأمريكية', approximate: false, partOf: 'foreign-troops', mentions: [{ exact: '2500 أمريكى' }] },
      { id: 'other-troops', value: 1000, unit: 'troops', label: 'غير الأمريكية', approximate: true, partOf: 'foreign-troops', derived: { minuend: 'foreign-troops', subtrahend: 'us-troops' } },
    ],
    dates: [
      { id: 'meeting', date: new Date('2021-07-26'), precision: 'day', kind: 'scheduled', title: 'اللقاء', note: 'الاثنين التالي.', mentions: [{ exact: 'الاثنين' }] },
      { id: 'sfa', date: '2008', precision: 'year', kind: 'context', title: 'الاتفاقية', note: 'أساس الحوار.', sources: [{ publisher: 'U.S. Department of State', date: '2021-07-26' }] },
    ],
  };
}

/** The body that `frontmatter()` annotates. */
export const BODY = [
  'يلتقى الرئيس **جو بايدن** -الاثنين- في [واشنطن](https://example.org/).',
  'وقال لصحيفة «وول ستريت جورنال»: «نحن هنا الآن» مع 3500 جندى، بينهم 2500 أمريكى.',
].join('\n\n');

/** A value of the series us-troops-in-iraq, for `seriesEntry`. */
export interface SeriesValue {
  value: number;
  basis: string;
  approximate?: boolean;
  unit?: string;
  derived?: boolean;
}

/**
 * A briefing entry whose source is dated `sourceDate` (basis `stated`, or `inferred` with a
 * range when `until` is given), with the test frontmatter's figures and one more per value: the
 * values of the series us-troops-in-iraq.
 */
export function seriesEntry(slug: string, published: string, sourceDate: string, values: SeriesValue[], until?: string) {
  const data = frontmatter();
  data['published'] = new Date(published);
  data['source'] = { publisher: null, published: { date: sourceDate, ...(until ? { until, basis: 'inferred' } : { basis: 'stated' }), note: 'ملاحظة.' } };
  const figures = data['figures'] as Record<string, unknown>[];
  values.forEach(({ value, basis, approximate = false, unit = 'troops', derived = false }, index) => {
    figures.push({
      id: `value-${index + 1}`,
      value,
      unit,
      label: 'قيمة',
      approximate,
      series: 'us-troops-in-iraq',
      basis,
      ...(derived ? { value: 1000, derived: { minuend: 'foreign-troops', subtrahend: 'us-troops' } } : { mentions: [{ exact: '2500 أمريكى' }] }),
    });
  });
  return { id: slug, filePath: `content/briefings/${slug}.md`, data: briefingSchema.parse(data) };
}
