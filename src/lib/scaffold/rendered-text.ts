/**
 * What the site will show of a body: it goes through the site's own Markdown settings (GFM,
 * no smart punctuation) and comes back as the text of each top-level block. Selectors resolve
 * against that rendered text, so a paragraph Markdown would change — a line that starts with
 * `- ` or `1. ` becomes a list, `*x*` loses its stars, `<b>` is raw HTML — must be caught
 * before any selector is computed on it.
 */
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import type { Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { markdownOptions } from '../markdown';

export interface RenderedBlock {
  /** The element the block became: `p` for a paragraph. */
  tag: string;
  text: string;
}

/** The top-level blocks of `body` as the site renders it, with their text. */
export async function renderedBlocks(body: string): Promise<RenderedBlock[]> {
  let tree: Root | undefined;
  const capture = () => (root: Root) => {
    tree = root;
  };
  const processor = await createMarkdownProcessor({ ...markdownOptions, rehypePlugins: [capture], syntaxHighlight: false });
  await processor.render(body, { frontmatter: {} });
  return (tree?.children ?? []).flatMap((node) => (node.type === 'element' ? [{ tag: node.tagName, text: toString(node) }] : []));
}

/** How the rendered body differs from the paragraphs: `errors` stop `npm run new`, `warnings` do not. */
export interface RenderingDifferences {
  errors: string[];
  /** Spaces or tabs at either end of a paragraph, which Markdown drops: the file keeps them, the page does not. */
  warnings: string[];
}

/** Empty when the site will show every paragraph exactly as written, as one `<p>` each. */
export function renderingDifferences(paragraphs: string[], blocks: RenderedBlock[]): RenderingDifferences {
  const errors: string[] = [];
  const warnings: string[] = [];
  if (blocks.length !== paragraphs.length) {
    errors.push(`the body has ${paragraphs.length} paragraphs but renders as ${blocks.length} blocks (${blocks.map((block) => `<${block.tag}>`).join(' ')})`);
  }
  paragraphs.forEach((paragraph, index) => {
    const block = blocks[index];
    if (!block) return;
    if (block.tag !== 'p') errors.push(`paragraph ${index + 1} renders as <${block.tag}>, not <p>: Markdown reads its start as syntax («${paragraph.slice(0, 20)}…»)`);
    else if (block.text === paragraph) return;
    else if (block.text === paragraph.replace(/^[ \t]+|[ \t]+$/gu, '')) warnings.push(`paragraph ${index + 1} has spaces or tabs at an end: the file keeps them, the page will not show them`);
    else errors.push(`paragraph ${index + 1} renders as «${block.text.slice(0, 60)}…», not as written: Markdown syntax in it (*, _, \`, [, <, \\) changes the text`);
  });
  return { errors, warnings };
}
