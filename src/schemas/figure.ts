import type { z } from 'astro/zod';
import { flag, list, number, proposal, record, text, vocabulary } from './fields';
import { idSchema } from './id';
import { selectorSchema } from './selector';
import { ADD_UNIT, UNIT_IDS } from '../lib/units';
import { basisIdSchema, seriesIdSchema } from './series';

/** A number the article claims, or one the site derives from those it claims. */
export const figureSchema = record({
    /** Ids this annotation was published under before a rename: each keeps resolving, as an extra anchor. */
    aliases: list(idSchema).default([]),
    /** Stable id, also the URL fragment of its first mention (`#figure-<id>`). */
    id: idSchema,
    /** Present (true) on an annotation `npm run new` proposed and nobody has confirmed yet. */
    proposed: proposal(),
    /** The number. */
    value: number().nonnegative('is negative: write the count, 0 or more'),
    /** What is counted: an id of content/units.json. */
    unit: vocabulary(UNIT_IDS, ADD_UNIT),
    /** What the number is, in Arabic. */
    label: text(),
    /** True when the article hedges the number (`نحو`, about). */
    approximate: flag(),
    /** The id of the figure this one is a part of. */
    partOf: idSchema.optional(),
    /** The series (content/series.json) this figure is a value of: the same quantity, counted by other briefings at other times. */
    series: seriesIdSchema.optional(),
    /** How the number was arrived at (content/bases.json): an announced cap, a reported number, an estimate…; required in a series. */
    basis: basisIdSchema.optional(),
    /** Present only on a figure the site computes: `value` must equal `minuend − subtrahend`. */
    derived: record({
        /** The figure subtracted from. */
        minuend: idSchema,
        /** The figure subtracted. */
        subtrahend: idSchema,
      })
      .optional(),
    /** Every place the body states the number; empty only for a derived figure. */
    mentions: list(selectorSchema).default([]),
  })
  .refine((figure) => figure.derived !== undefined || figure.mentions.length > 0, {
    path: ['mentions'],
    message: 'is empty: anchor at least one mention of the figure in the body, or add `derived` if the site computes it',
  })
  .refine((figure) => figure.series === undefined || figure.basis !== undefined, {
    path: ['basis'],
    message: 'is missing on a figure in a series: add the basis (an id of content/bases.json), since the series chart joins only values of the same basis',
  })
  .refine((figure) => figure.derived === undefined || figure.mentions.length === 0, {
    path: ['mentions'],
    message: 'lists mentions of a derived figure: remove them, since the article does not state a figure the site computes',
  });

export type Figure = z.infer<typeof figureSchema>;
