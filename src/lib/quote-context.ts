import type { ElementContent, Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';

/** A paragraph of the article split around one quote in it. */
export interface QuoteInContext {
  before: string;
  quote: string;
  after: string;
}

/** The text of `node` up to `target`, or undefined if `target` is not inside it. */
function textBefore(node: ElementContent, target: Element): string | undefined {
  if (node === target) return '';
  if (node.type !== 'element') return undefined;
  let text = '';
  for (const child of node.children) {
    const inside = textBefore(child, target);
    if (inside !== undefined) return text + inside;
    text += toString(child);
  }
  return undefined;
}

/**
 * The paragraph `#<paragraphId>` of a rendered body, as text, split around the quote
 * `#<quoteId>` in it. Both ids come from the anchoring plugin, so a missing one is a bug.
 */
export function quoteInContext(
  bodyHtml: string,
  paragraphId: string,
  quoteId: string,
): QuoteInContext {
  const tree = fromHtml(bodyHtml, { fragment: true });
  const paragraph = select(`#${paragraphId}`, tree);
  const quote = paragraph && select(`#${quoteId}`, paragraph);
  if (!paragraph || !quote)
    throw new Error(
      `#${quoteId} is not in #${paragraphId} of the rendered body: the anchoring plugin did not place it there`,
    );
  const text = toString(paragraph);
  const before = textBefore(paragraph, quote) ?? '';
  const quoted = toString(quote);
  return { before, quote: quoted, after: text.slice(before.length + quoted.length) };
}
