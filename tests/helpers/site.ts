import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { parse } from 'yaml';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const DIST = `${ROOT}dist/`;

export interface BuildResult {
  status: number | null;
  /** Everything the build printed, stdout and stderr together. */
  output: string;
}

/**
 * Runs `astro build` in `root` with the Node that runs the tests: the project's own, via npm.
 * `env` adds to the environment, e.g. `{ SITE_URL, BASE_PATH }` for a build deployed elsewhere.
 */
export function buildSite(root = ROOT, env: Record<string, string> = {}): BuildResult {
  const result = spawnSync(process.execPath, ASTRO_BUILD, { cwd: root, encoding: 'utf8', env: buildEnvironment(env) });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** The arguments that run `astro build` with the Node that runs them. */
export const ASTRO_BUILD = [`${ROOT}node_modules/astro/bin/astro.mjs`, 'build'];

/** The environment of a build: this process's, without telemetry or colour, plus `env`. */
export function buildEnvironment(env: Record<string, string> = {}): NodeJS.ProcessEnv {
  // Vitest mirrors import.meta.env into process.env (BASE_URL, MODE, …); a build that inherited
  // BASE_URL=/ would put every link at the root whatever BASE_PATH says. The log is read as text:
  // under CI or FORCE_COLOR, Astro would put colour codes between a page's path and its marks.
  const { BASE_URL, MODE, DEV, PROD, SSR, FORCE_COLOR, ...inherited } = process.env;
  return { ...inherited, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...env };
}

/** A page of the built site, parsed. `path` is relative to dist/, e.g. `briefings/x/index.html`. */
export function readPage(path: string): Root {
  return fromHtml(readFileSync(`${DIST}${path}`, 'utf8'));
}

/** The briefing that stores the fixture article. */
export const SLUG = 'pentagon-iraq-cooperation';

/** A briefing's text split in two: the frontmatter's YAML and the body. `file` names it in the error. */
export function splitBriefing(text: string, file: string): { yaml: string; body: string } {
  const [, yaml, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
  if (yaml === undefined || body === undefined) throw new Error(`${file} has no frontmatter between --- lines`);
  return { yaml, body };
}

/** A briefing's source file split in two: the frontmatter's YAML and the body. */
export function briefingSource(slug = SLUG): { yaml: string; body: string } {
  const file = `content/briefings/${slug}.md`;
  return splitBriefing(readFileSync(`${ROOT}${file}`, 'utf8'), file);
}

/** A briefing's analysis, parsed as YAML by a parser independent of the site's own loader. */
export function analysisOf(slug = SLUG) {
  return parse(briefingSource(slug).yaml);
}

/** The eleven body paragraphs of the fixture article: lines listed in shared/source/README.md. */
export function fixtureParagraphs(): string[] {
  const lines = readFileSync(`${ROOT}tests/fixtures/article.ar.txt`, 'utf8').split('\n');
  return [5, 9, 12, 16, 20, 24, 28, 32, 34, 36, 38].map((line) => lines[line] as string);
}

/**
 * The project's own files copied into `root`, as a host checks them out: the code, the
 * configuration, the package files and every content file but the briefings (anchors, lexicon,
 * series…: the code reads them all), with an empty content/briefings/.
 */
export function copyProjectFiles(root: string): void {
  mkdirSync(join(root, 'content/briefings'), { recursive: true });
  const contentFiles = readdirSync(`${ROOT}content`).filter((name) => name.endsWith('.json')).map((name) => `content/${name}`);
  for (const entry of ['src', 'public', ...contentFiles, 'astro.config.ts', 'package.json', 'package-lock.json', 'tsconfig.json']) {
    if (existsSync(`${ROOT}${entry}`)) cpSync(`${ROOT}${entry}`, join(root, entry), { recursive: true });
  }
}

/**
 * A throwaway copy of the project (its code, config and the given briefings; the packages in
 * node_modules linked, not copied) for builds of other content. Returns the copy's root. Astro's
 * cache (node_modules/.astro/: its content store, the drawn cards) is the copy's own, so a copy
 * starts cold and builds side by side never share one.
 */
export function projectCopy(briefings: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'mowjaz-'));
  copyProjectFiles(root);
  mkdirSync(join(root, 'node_modules'));
  for (const entry of readdirSync(`${ROOT}node_modules`)) {
    if (entry !== '.astro') symlinkSync(`${ROOT}node_modules/${entry}`, join(root, 'node_modules', entry), 'dir');
  }
  for (const [name, text] of Object.entries(briefings)) writeFileSync(join(root, 'content/briefings', name), text);
  return root;
}
