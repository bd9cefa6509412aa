import { readFile } from 'node:fs/promises';
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';

/**
 * Astro's glob() loader, made strict. When rendering an entry fails (here: an annotation that
 * does not resolve), glob() logs the error and stores the entry without its HTML, and the build
 * would go on to publish an empty article. This loader renders such an entry once more, so the
 * error stops the build with its own message.
 */
export function briefingsLoader(base: string): Loader {
  const loader = glob({ pattern: '*.md', base });
  return {
    name: 'briefings-loader',
    async load(context) {
      await loader.load(context);
      for (const entry of context.store.values()) {
        if (entry.rendered || !entry.filePath) continue;
        const file = new URL(entry.filePath, context.config.root);
        await context.renderMarkdown(await readFile(file, 'utf8'), { fileURL: file });
        throw new Error(`${entry.filePath}: the briefing could not be rendered (see the error above)`);
      }
    },
  };
}
