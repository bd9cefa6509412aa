/**
 * The text of a proposed briefing file: the frontmatter as YAML between `---` lines, then the
 * body — the paragraphs, verbatim, one blank line between them.
 *
 * The YAML reads like the hand-written briefings: Arabic and other free text double-quoted
 * (so a colon or a leading «-» never changes its meaning), ids and enum words bare, names and
 * selectors on one line (`{ exact: "…", prefix: "…" }`), a blank line before each list, and a
 * `# TODO` comment after each placeholder.
 */
import { Document, isCollection, isMap, isPair, isScalar, isSeq, Scalar, visit, type Node } from 'yaml';
import type { Comment } from './proposals';

/** Words YAML could read as something other than text if left bare. */
const RESERVED = new Set(['null', 'true', 'false', 'yes', 'no', 'on', 'off', 'y', 'n', '~']);

/** A bare word is safe for ids and enum values: lower-case ASCII, starting with a letter. */
const isBareWord = (value: string): boolean => /^[a-z][a-z0-9-]*$/u.test(value) && !RESERVED.has(value);

/** The body: the paragraphs exactly as given, one blank line between them. */
export function bodyOf(paragraphs: string[]): string {
  return `${paragraphs.join('\n\n')}\n`;
}

/** The whole file: frontmatter, then the body. */
export function briefingFileText(frontmatter: Record<string, unknown>, comments: Comment[], paragraphs: string[]): string {
  const document = new Document(frontmatter);

  visit(document, {
    Scalar(key, node) {
      if (typeof node.value === 'string') node.type = key === 'key' || isBareWord(node.value) ? Scalar.PLAIN : Scalar.QUOTE_DOUBLE;
    },
    Pair(_, pair) {
      const key = isScalar(pair.key) ? pair.key.value : undefined;
      // name: { ar, en } on one line.
      if (key === 'name' && isMap(pair.value)) pair.value.flow = true;
      // mentions: one selector per line, each on one line.
      if (key === 'mentions' && isSeq(pair.value)) for (const item of pair.value.items) if (isMap(item)) item.flow = true;
    },
  });

  if (isMap(document.contents)) {
    for (const pair of document.contents.items) {
      if (isPair(pair) && isScalar(pair.key) && ['actors', 'quotes', 'figures', 'dates'].includes(String(pair.key.value))) pair.key.spaceBefore = true;
    }
  }

  for (const { path, text } of comments) {
    // A comment inside a one-line mapping would break it across lines: put it after the mapping.
    let at = path;
    while (at.length > 1) {
      const parent = document.getIn(at.slice(0, -1), true) as Node | undefined;
      if (!(isCollection(parent) && parent.flow)) break;
      at = at.slice(0, -1);
    }
    const node = document.getIn(at, true) as Node | undefined;
    if (node) node.comment = node.comment ? `${node.comment}; ${text}` : ` ${text}`;
  }

  const yaml = document.toString({ lineWidth: 0, indentSeq: true, flowCollectionPadding: true });
  return `---\n${yaml}---\n\n${bodyOf(paragraphs)}`;
}
