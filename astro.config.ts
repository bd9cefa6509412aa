import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { arabicFont } from './src/integrations/arabic-font';
import { deploymentFrom } from './src/lib/deploy';
import { markdownOptions } from './src/lib/markdown';

// SITE_URL and BASE_PATH say where the site is deployed (see src/lib/deploy.ts).
const { site, base } = deploymentFrom(process.env);

export default defineConfig({
  site,
  base,
  output: 'static',
  integrations: [arabicFont(), sitemap()],
  markdown: {
    processor: unified(markdownOptions),
    syntaxHighlight: false,
  },
});
