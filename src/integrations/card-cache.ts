/**
 * `cardCache()`: tells the site where to keep the preview cards it draws between builds (see
 * src/lib/card-cache.ts): `cards/` under Astro's `cacheDir`, handed to the pages as
 * `import.meta.env.MOWJAZ_CARD_CACHE`. `rm -rf node_modules/.astro` empties it, with the rest of
 * Astro's cache.
 *
 * And where the threads that draw the cards start (src/lib/card-worker.ts, run by Node as it is):
 * `import.meta.env.MOWJAZ_CARD_WORKER`, since the pages that draw cards run from Astro's bundle.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export function cardCache(): AstroIntegration {
  return {
    name: 'mowjaz:card-cache',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const folder = fileURLToPath(new URL('cards/', config.cacheDir));
        const worker = fileURLToPath(new URL('lib/card-worker.ts', config.srcDir));
        updateConfig({ vite: { define: { 'import.meta.env.MOWJAZ_CARD_CACHE': JSON.stringify(folder), 'import.meta.env.MOWJAZ_CARD_WORKER': JSON.stringify(worker) } } });
      },
    },
  };
}
