/**
 * The checks a proposed briefing file must pass before `npm run new` writes it: its body is the
 * article's paragraphs exactly; every selector resolves once, within one paragraph, crossing no
 * other; and the build's own file check (`checkBriefingFile`) finds nothing wrong with it but
 * the `proposed: true` marks, of which there is at least one.
 */
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Selector } from '../../schemas/selector';
import { checkBriefingFile } from '../briefing-file';
import { PLACEHOLDER_MESSAGE } from '../../schemas/fields';
import type { Problem } from '../content-error';
import { BLOCK_SEPARATOR, crosses, resolveSelector, type Span } from '../selectors';

export interface Verification {
  /** Everything wrong besides the proposals: must be empty. */
  problems: string[];
  /** The build's problems that are `proposed` marks, as the build words them. */
  proposals: Problem[];
}

/** True for what npm run new leaves for the author on purpose: a `proposed: true` mark or a placeholder. */
export const isProposalMark = (problem: Problem): boolean => /\.proposed$/u.test(problem.field) || problem.message === PLACEHOLDER_MESSAGE;

/** The body paragraphs of a briefing file: the text after the frontmatter, split at blank lines. */
export function bodyParagraphs(fileText: string): string[] {
  return parseFrontmatter(fileText).content.replace(/^\n+|\n+$/gu, '').split('\n\n');
}

/** Every selector of a frontmatter, with where it is. */
export function selectorsOf(frontmatter: Record<string, unknown>): { field: string; selector: Selector }[] {
  const found: { field: string; selector: Selector }[] = [];
  for (const list of ['actors', 'figures', 'dates']) {
    const items = (frontmatter[list] ?? []) as { mentions?: Selector[] }[];
    items.forEach((item, index) => (item.mentions ?? []).forEach((selector, at) => found.push({ field: `${list}[${index}].mentions[${at}]`, selector })));
  }
  ((frontmatter['quotes'] ?? []) as Selector[]).forEach(({ exact, prefix, suffix }, index) =>
    found.push({ field: `quotes[${index}]`, selector: { exact, ...(prefix !== undefined && { prefix }), ...(suffix !== undefined && { suffix }) } }),
  );
  return found;
}

/**
 * Checks a proposed briefing file against the paragraphs it was made from; `rendered` is the
 * text of each paragraph as the site shows it (the same, but for spaces Markdown drops).
 */
export function verifyBriefingFile(fileText: string, paragraphs: string[], rendered: string[] = paragraphs): Verification {
  const problems: string[] = [];

  const body = bodyParagraphs(fileText);
  if (body.length !== paragraphs.length) problems.push(`the body has ${body.length} paragraphs, the article ${paragraphs.length}`);
  const differing = paragraphs.findIndex((paragraph, index) => body[index] !== paragraph);
  if (differing !== -1) problems.push(`body paragraph ${differing + 1} differs from the article's: «${(body[differing] ?? '').slice(0, 40)}…»`);

  const text = rendered.join(BLOCK_SEPARATOR);
  const { frontmatter } = parseFrontmatter(fileText);
  const spans: { field: string; span: Span }[] = [];
  for (const { field, selector } of selectorsOf(frontmatter)) {
    const resolution = resolveSelector(text, selector);
    if ('problem' in resolution) {
      problems.push(`${field}: ${resolution.problem}`);
      continue;
    }
    if (text.slice(resolution.span.start, resolution.span.end).includes(BLOCK_SEPARATOR)) problems.push(`${field}: runs across two paragraphs`);
    spans.push({ field, span: resolution.span });
  }
  for (const [index, a] of spans.entries()) {
    for (const b of spans.slice(index + 1)) {
      if (crosses(a.span, b.span)) problems.push(`${a.field} crosses ${b.field}`);
    }
  }

  const checked = checkBriefingFile(new TextEncoder().encode(fileText));
  const proposals = checked.filter(isProposalMark);
  for (const problem of checked.filter((entry) => !isProposalMark(entry))) problems.push(`${problem.field}: ${problem.message}`);
  if (proposals.length === 0) problems.push('nothing is marked proposed: true');
  return { problems, proposals };
}
