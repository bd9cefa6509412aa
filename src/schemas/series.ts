import { z } from 'astro/zod';
import bases from '../../content/bases.json';
import series from '../../content/series.json';
import { ContentError, describeProblems, fieldPath, type Problem } from '../lib/content-error';
import { list, record, text } from './fields';
import { idSchema } from './id';

/** A figure series: one quantity, counted by different briefings at different times. */
export const seriesDefinitionSchema = record({
  /** Stable id, also its page's path (`/figures/<id>/`) and a figure's `series`. */
  id: idSchema,
  /** What is counted, in Arabic: the series page's title. */
  label: text(),
  /** The unit every value of the series is counted in (a figure's `unit`). */
  unit: idSchema,
  /** What the series covers and what it leaves out, in Arabic. */
  description: text().optional(),
});

/** How a value was arrived at: an announced cap is not a headcount, nor an estimate. */
export const basisDefinitionSchema = record({
  /** Stable id, a figure's `basis`. */
  id: idSchema,
  /** The basis in Arabic, as the chart's legend and the tables name it. */
  label: text(),
  /** What such a number is, and what it is not, in Arabic. */
  description: text(),
});

export type SeriesDefinition = z.infer<typeof seriesDefinitionSchema>;
export type BasisDefinition = z.infer<typeof basisDefinitionSchema>;

/** The catalog of a content file, validated: every problem of the file at once, said the way a briefing's are. */
export function catalog<Schema extends z.ZodType<{ id: string }>>(file: string, entries: unknown, schema: Schema): z.infer<Schema>[] {
  const parsed = list(schema).safeParse(entries);
  const problems: Problem[] = parsed.success ? [] : parsed.error.issues.map((issue) => ({ field: fieldPath(issue.path), message: issue.message }));
  const seen = new Map<string, number>();
  (parsed.data ?? []).forEach(({ id }, index) => {
    const first = seen.get(id);
    if (first === undefined) seen.set(id, index);
    else problems.push({ field: `[${index}].id`, id, message: `is already the id of [${first}]: each id is defined once, remove or rename one` });
  });
  if (problems.length > 0) throw new ContentError(describeProblems(file, problems));
  return parsed.data ?? [];
}

export const SERIES_FILE = 'content/series.json';
export const BASES_FILE = 'content/bases.json';

/** Every figure series of the site, in the order of content/series.json. */
export const SERIES: readonly SeriesDefinition[] = catalog(SERIES_FILE, series, seriesDefinitionSchema);
/** Every basis a value may have, in the order of content/bases.json. */
export const BASES: readonly BasisDefinition[] = catalog(BASES_FILE, bases, basisDefinitionSchema);

/** An id that must name an entry of a catalog file; anything else says which ids there are, and where to add one. */
function catalogId(entries: readonly { id: string }[], file: string, what: string) {
  const ids = entries.map(({ id }) => id);
  return idSchema.refine((id) => ids.includes(id), {
    error: (issue) => `is "${String(issue.input)}", which is not ${what} in ${file}: use one of ${ids.join(', ')}, or add it there`,
  });
}

/** A figure's `series`: an id of content/series.json. */
export const seriesIdSchema = catalogId(SERIES, SERIES_FILE, 'a series');
/** A figure's `basis`: an id of content/bases.json. */
export const basisIdSchema = catalogId(BASES, BASES_FILE, 'a basis');
