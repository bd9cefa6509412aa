import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/**
 * Astro's own working folder in the output directory (the server bundle the pages are rendered
 * with): still there, and being removed, when `astro:build:generated` runs. It is never the site's.
 */
const WORKING_FOLDER = '.prerender';

/** Every file a build wrote under `directory`, as paths relative to it with `/` separators, sorted; nothing of Astro's working folder. */
export async function builtFiles(directory: string): Promise<string[]> {
  const top = (await readdir(directory, { withFileTypes: true })).filter((entry) => entry.name !== WORKING_FOLDER);
  const nested = await Promise.all(top.filter((entry) => entry.isDirectory()).map((entry) => readdir(join(directory, entry.name), { recursive: true, withFileTypes: true })));
  return [...top, ...nested.flat()]
    .filter((entry) => entry.isFile())
    .map((entry) => relative(directory, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}
