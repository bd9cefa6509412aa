import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analysisOf, DIST, ROOT } from '../../helpers/site';

/** A quote as the analysis (the briefing's frontmatter) states it, with its speaker's Arabic name. */
export interface QuoteAnalysis {
  id: string;
  speaker: string;
  speakerName: string;
}

/** A built briefing page, with what its source file promises about it. */
export interface Briefing {
  slug: string;
  /** The page's path under the site's base: `briefings/<slug>/`. */
  path: string;
  quotes: QuoteAnalysis[];
  /** How many `<time>` mentions the analysis's dates promise in the text. */
  dateMentions: number;
}

interface Frontmatter {
  actors: { id: string; name: { ar: string } }[];
  quotes: { id: string; speaker: string }[];
  dates: { id: string; mentions?: unknown[] }[];
}

/** The briefing slugs of the content folder, which the build must have turned into pages. */
export function contentSlugs(): string[] {
  return readdirSync(`${ROOT}content/briefings`)
    .filter((name) => name.endsWith('.md'))
    .map((name) => name.slice(0, -'.md'.length))
    .sort();
}

/** Every file under a folder with its size and time, to tell whether anything is still writing there. */
function fingerprint(folder: string): string {
  if (!existsSync(folder)) return '';
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .sort()
    .map((file) => {
      const stats = statSync(join(folder, file), { throwIfNoEntry: false });
      return `${file}:${stats?.size ?? '-'}:${stats?.mtimeMs ?? '-'}`;
    })
    .join('\n');
}

/**
 * A private copy of dist/, taken when a test file loads, for it to read and serve. Other people
 * and tools rebuild dist/ in this working tree at any time (`astro build` empties it first), and
 * a test must not see the site change or vanish under it. The copy is taken once dist/ has had
 * an index.html and been still for half a second, and kept only if nothing changed while copying.
 * Remove it with `removeSnapshot`.
 */
export async function snapshotDist(): Promise<string> {
  const deadline = Date.now() + 60_000;
  const pause = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));
  for (;;) {
    const before = fingerprint(DIST);
    await pause(500);
    if (existsSync(`${DIST}index.html`) && fingerprint(DIST) === before) {
      const copy = `${mkdtempSync(join(tmpdir(), 'mowjaz-dist-'))}/`;
      cpSync(DIST, copy, { recursive: true });
      if (fingerprint(DIST) === before) return copy;
      removeSnapshot(copy);
    }
    if (Date.now() > deadline) throw new Error('dist/ had no index.html, or kept changing, for a minute: is a build running? (npm run build)');
  }
}

export function removeSnapshot(copy: string): void {
  if (copy.startsWith(tmpdir())) rmSync(copy, { recursive: true, force: true });
}

/** Every briefing page of a built site (`<root>briefings/<slug>/index.html`), with its analysis. */
export function builtBriefings(root = DIST): Briefing[] {
  const folder = `${root}briefings`;
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(`${folder}/${entry.name}/index.html`))
    .map(({ name: slug }) => {
      const analysis = analysisOf(slug) as Frontmatter;
      const names = new Map(analysis.actors.map((actor) => [actor.id, actor.name.ar]));
      return {
        slug,
        path: `briefings/${slug}/`,
        quotes: analysis.quotes.map(({ id, speaker }) => {
          const speakerName = names.get(speaker);
          if (speakerName === undefined) throw new Error(`${slug}: quote ${id} names speaker ${speaker}, who is not an actor`);
          return { id, speaker, speakerName };
        }),
        dateMentions: analysis.dates.reduce((sum, date) => sum + (date.mentions?.length ?? 0), 0),
      };
    })
    .sort((a, b) => a.slug.localeCompare(b.slug));
}

/** Every HTML page of a built site, as a path under the site's base: `` (home), `briefings/x/`, `404.html`. */
export function builtPages(root = DIST): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.split('\\').join('/'))
    .map((file) => (file === 'index.html' ? '' : file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file))
    .sort();
}

/** The sub-path the site is built under: Astro's `base` from astro.config.ts, `/` when unset. */
export async function siteBase(): Promise<string> {
  const { default: config } = await import('../../../astro.config');
  return config.base ?? '/';
}
