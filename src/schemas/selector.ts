import { record, text } from './fields';

/**
 * A W3C Web Annotation TextQuoteSelector: the exact span of the body an annotation is about.
 * `prefix` and `suffix` are only needed when `exact` occurs more than once.
 */
export const selectorFields = {
  /** The span, copied character for character from the body (letter variants, typos and all). */
  exact: text(),
  /** Text immediately before the span, to tell apart repeated spans. */
  prefix: text().optional(),
  /** Text immediately after the span, to tell apart repeated spans. */
  suffix: text().optional(),
};

export const selectorSchema = record(selectorFields);

export type Selector = ReturnType<typeof selectorSchema.parse>;
