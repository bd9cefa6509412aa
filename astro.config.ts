import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { arabicFont } from './src/integrations/arabic-font';
import { markdownOptions } from './src/lib/markdown';

export default defineConfig({
  site: 'http://localhost:4321',
  output: 'static',
  integrations: [arabicFont()],
  markdown: {
    processor: unified(markdownOptions),
    syntaxHighlight: false,
  },
});
