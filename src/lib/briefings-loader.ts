import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { bodyControlWarnings } from './bidi-controls';
import { checkBriefingFile, splitBriefingText } from './briefing-file';
import { ContentError, describeProblems, type Problem } from './content-error';
import { seriesProblems, type SeriesSource } from './series';
import { SERIES, SERIES_FILE } from '../schemas/series';

/**
 * Astro's glob() loader, made strict: every problem of every briefing stops the build, each said
 * once, with the file and the field, and no stack trace.
 *
 * - Before anything loads, every file is checked: UTF-8, YAML, the schema, a body; a file
 *   unchanged since the last build (glob()'s digest) is not checked again, but its body's warnings
 *   are said again.
 * - After glob() has rendered the entries, the problems `rehypeAnchorAnnotations` found in the
 *   bodies (selectors, anchors, unsafe markup) are collected from each entry. An entry with no
 *   HTML at all means rendering threw; glob() only logs that, so it stops the build here.
 * - Then what only all the briefings together show: a series counted in two units.
 */
export function briefingsLoader(base: string): Loader {
  const loader = glob({ pattern: '*.md', base });
  return {
    name: 'briefings-loader',
    async load(context) {
      const folder = new URL(base.endsWith('/') ? base : `${base}/`, context.config.root);
      const reports: string[] = [];
      // What glob() stored by a previous build, by file: a file whose text has the digest it had
      // then passed these checks then, as glob() trusts it was rendered then.
      const stored = new Map([...context.store.values()].map((entry) => [entry.filePath, entry.digest]));
      for (const name of (await readdir(folder)).filter((entry) => entry.endsWith('.md')).sort()) {
        const file = new URL(name, folder);
        // Read synchronously: a thousand reads awaited one after another cost half a second of a 5 s sync.
        const bytes = readFileSync(file);
        const text = bytes.toString('utf8');
        const path = relative(fileURLToPath(context.config.root), fileURLToPath(file)).split(sep).join('/');
        const problems = stored.get(path) === context.generateDigest(text) ? [] : checkBriefingFile(bytes);
        if (problems.length > 0) reports.push(describeProblems(fileURLToPath(file), problems));
        else for (const warning of bodyControlWarnings(splitBriefingText(text).body)) context.logger.warn(`${relative(process.cwd(), fileURLToPath(file))}: ${warning}`);
      }
      if (reports.length > 0) throw new ContentError(reports.join('\n'));

      await loader.load(context);
      for (const entry of context.store.values()) {
        const file = fileURLToPath(new URL(entry.filePath ?? entry.id, context.config.root));
        if (!entry.rendered) reports.push(`${describeProblems(file, [{ field: 'body', message: 'could not be rendered: see the error above' }])}`);
        const problems = entry.rendered?.metadata?.frontmatter?.['problems'] as Problem[] | undefined;
        if (problems?.length) reports.push(describeProblems(file, problems));
      }
      const entries = [...context.store.values()].map((entry) => ({ ...entry, data: entry.data as SeriesSource['data'] }));
      for (const [file, problems] of seriesProblems(entries, SERIES, SERIES_FILE)) reports.push(describeProblems(file, problems));
      if (reports.length > 0) throw new ContentError(reports.join('\n'));
    },
  };
}
