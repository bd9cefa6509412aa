/**
 * The floor the site's builds are measured against: what Astro itself needs for as many pages of
 * the same text. A bare Astro project in a throwaway folder, on this project's own packages (the
 * same Astro, the same `unified()` pipeline with remark-gfm and rehype-slug, smart punctuation
 * off), with no integration, no image, no stylesheet and no annotation: `count` Markdown posts of
 * the real article body, each with one small page per quote, as a briefing has.
 */
import { mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../helpers/site';

const CONFIG = `import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';

export default defineConfig({
  output: 'static',
  markdown: {
    processor: unified({ gfm: false, smartypants: false, remarkPlugins: [remarkGfm], rehypePlugins: [rehypeSlug] }),
    syntaxHighlight: false,
  },
});
`;

const COLLECTIONS = `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const posts = defineCollection({
  loader: glob({ pattern: '*.md', base: './posts' }),
  schema: z.object({ title: z.string(), quotes: z.array(z.string()) }),
});

export const collections = { posts };
`;

const LAYOUT = `---
interface Props { title: string }
const { title } = Astro.props;
---
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{title}</title></head><body><slot /></body></html>
`;

const POST = `---
import { getCollection, render } from 'astro:content';
import Layout from '../../layouts/Layout.astro';
export async function getStaticPaths() {
  return (await getCollection('posts')).map((post) => ({ params: { slug: post.id }, props: { post } }));
}
const { post } = Astro.props;
const { Content } = await render(post);
---
<Layout title={post.data.title}><article><h1>{post.data.title}</h1><Content /></article></Layout>
`;

const QUOTE = `---
import { getCollection } from 'astro:content';
import Layout from '../../../../layouts/Layout.astro';
export async function getStaticPaths() {
  return (await getCollection('posts')).flatMap((post) =>
    post.data.quotes.map((quote, index) => ({ params: { slug: post.id, n: String(index + 1) }, props: { title: post.data.title, quote } })),
  );
}
const { title, quote } = Astro.props;
---
<Layout title={title}><blockquote><p>{quote}</p></blockquote><a href={\`/posts/\${Astro.params.slug}/\`}>{title}</a></Layout>
`;

const INDEX = `---
import { getCollection } from 'astro:content';
import Layout from '../layouts/Layout.astro';
const posts = await getCollection('posts');
---
<Layout title="posts"><ul>{posts.map((post) => <li><a href={\`/posts/\${post.id}/\`}>{post.data.title}</a></li>)}</ul></Layout>
`;

/** What the floor's posts are made of: the real briefing's title, body and quotes. */
export interface FloorContent {
  title: string;
  body: string;
  quotes: readonly string[];
}

/** Writes the floor project for `count` posts in a new folder under the temporary directory, and returns it. */
export function floorProject(count: number, { title, body, quotes }: FloorContent): string {
  const root = mkdtempSync(join(tmpdir(), 'mowjaz-floor-'));
  const files: Record<string, string> = {
    'package.json': '{ "name": "floor", "private": true, "type": "module" }\n',
    'astro.config.mjs': CONFIG,
    'src/content.config.ts': COLLECTIONS,
    'src/layouts/Layout.astro': LAYOUT,
    'src/pages/index.astro': INDEX,
    'src/pages/posts/[slug].astro': POST,
    'src/pages/posts/[slug]/quotes/[n].astro': QUOTE,
  };
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), text);
  }
  mkdirSync(join(root, 'posts'));
  for (let index = 1; index <= count; index += 1) {
    const frontmatter = JSON.stringify({ title: `${title} (${index})`, quotes });
    writeFileSync(join(root, 'posts', `post-${String(index).padStart(4, '0')}.md`), `---\n${frontmatter}\n---\n${body}`);
  }
  // The project's own packages, linked one by one, so that Astro's cache (node_modules/.astro) is the floor's own.
  mkdirSync(join(root, 'node_modules'));
  for (const entry of readdirSync(`${ROOT}node_modules`)) {
    if (entry !== '.astro') symlinkSync(`${ROOT}node_modules/${entry}`, join(root, 'node_modules', entry), 'dir');
  }
  return root;
}
