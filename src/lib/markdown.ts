import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import { rehypeAnchorAnnotations } from './rehype/anchor-annotations';

/**
 * The Markdown pipeline, shared by the site and by the tests. GFM comes from remark-gfm itself, and smart punctuation is off: it would
 * turn the article's `...` into `…` and its quotes into curly ones, and the body is evidence.
 */
export const markdownOptions = {
  gfm: false,
  smartypants: false,
  remarkPlugins: [remarkGfm],
  rehypePlugins: [rehypeSlug, rehypeAnchorAnnotations],
};
