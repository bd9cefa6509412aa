import type { UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import published from '../../content/anchors.json';
import { rehypeAnchorAnnotations } from './rehype/anchor-annotations';

/**
 * The Markdown pipeline, shared by the site and by the tests. GFM comes from remark-gfm itself,
 * and smart punctuation is off: it would turn the article's `...` into `…` and its quotes into
 * curly ones, and the body is evidence. Published anchors (content/anchors.json) must survive.
 */
export const markdownOptions = {
  gfm: false,
  smartypants: false,
  remarkPlugins: [remarkGfm],
  rehypePlugins: [rehypeSlug, [rehypeAnchorAnnotations, { published }]],
} satisfies UnifiedProcessorOptions;
