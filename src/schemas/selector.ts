import { z } from 'astro/zod';

/**
 * A W3C Web Annotation TextQuoteSelector: the exact span of the body an annotation is about.
 * `prefix` and `suffix` are only needed when `exact` occurs more than once.
 */
export const selectorFields = {
  /** The span, copied character for character from the body (letter variants, typos and all). */
  exact: z.string().min(1, 'is empty: copy the span from the body'),
  /** Text immediately before the span, to tell apart repeated spans. */
  prefix: z.string().min(1).optional(),
  /** Text immediately after the span, to tell apart repeated spans. */
  suffix: z.string().min(1).optional(),
};

export const selectorSchema = z.strictObject(selectorFields);

export type Selector = z.infer<typeof selectorSchema>;
