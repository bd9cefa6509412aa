import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** Every file a build wrote under `directory`, as paths relative to it with `/` separators, sorted. */
export async function builtFiles(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(directory, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}
