import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { ROUTES } from './src/consts';
import { arabicFont } from './src/integrations/arabic-font';
import { cardCache } from './src/integrations/card-cache';
import { searchIndex } from './src/integrations/search-index';
import { deploymentFrom } from './src/lib/deploy';
import { markdownOptions } from './src/lib/markdown';

// SITE_URL and BASE_PATH say where the site is deployed (see src/lib/deploy.ts).
const { site, base } = deploymentFrom(process.env);

export default defineConfig({
  site,
  base,
  output: 'static',
  // Pages whose getStaticPaths() gives a cacheKey (src/lib/cache-keys.ts: briefings, quotes, their
  // cards and annotation files) are copied from the last build when neither their key nor their
  // code changed; \`astro build --force\` renders everything.
  experimental: { incrementalBuild: true },
  // The search index is written while the font reads the site, which leaves the index's files
  // out: Pagefind's own JavaScript shows nothing in the site's typeface.
  integrations: [cardCache(), arabicFont({ unreadFolders: [ROUTES.searchIndex] }), sitemap(), searchIndex()],
  // Pages rendered four at a time: while a preview card is rasterised on another thread
  // (src/lib/og-image.ts) or a file is written, Astro renders other pages.
  // The site's stylesheet is small (about 3 KB compressed): inlined into each page it costs no
  // request, and Astro's CSP hashes it like any inline style.
  build: { concurrency: 4, inlineStylesheets: 'always' },
  markdown: {
    processor: unified(markdownOptions),
    syntaxHighlight: false,
  },
  // A strict Content Security Policy, written by Astro as a <meta> in every page: `script-src` and
  // `style-src` get 'self' plus the sha256 of the inline scripts and styles Astro renders (one list
  // for the whole site), never 'unsafe-inline'. tests/e2e/csp.test.ts enforces it in a browser.
  // Everything else is denied unless listed: the site loads only its own images and font, and has
  // no frames or plugins, and no form that submits (the search form is handled by its script, so
  // form-action stays 'none'). (frame-ancestors cannot be set from a <meta>.) connect-src 'self'
  // lets a page's own origin be fetched: the search page fetches its index, and audits such as
  // Lighthouse's robots.txt check fetch from inside the page. Search needs nothing more: Pagefind
  // (imported from 'self') compiles its WebAssembly in a worker of its own, which a <meta> policy
  // does not govern; a policy sent as an HTTP header on the worker's file too would also need
  // script-src 'wasm-unsafe-eval' there (tests/e2e/search.test.ts runs under this policy).
  security: {
    csp: {
      directives: ["default-src 'none'", "img-src 'self'", "font-src 'self'", "connect-src 'self'", "base-uri 'none'", "form-action 'none'", "object-src 'none'"],
    },
  },
});
