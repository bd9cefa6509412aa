import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { markdownOptions } from './src/lib/markdown';

export default defineConfig({
  site: 'http://localhost:4321',
  output: 'static',
  markdown: {
    processor: unified(markdownOptions),
    syntaxHighlight: false,
  },
});
