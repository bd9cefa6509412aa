import { readFileSync, rmSync } from 'node:fs';
import { parseDocument, type Document } from 'yaml';
import { buildSite, projectCopy, ROOT, type BuildResult } from './site';

export const SLUG = 'pentagon-iraq-cooperation';

const original = readFileSync(`${ROOT}content/briefings/${SLUG}.md`, 'utf8');
const [, yaml = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(original) ?? [];
const copies: string[] = [];

/** The real briefing with its frontmatter changed by `change`, built in a throwaway copy of the project. */
export function buildVariant(change: (frontmatter: Document) => void): BuildResult & { root: string } {
  const document = parseDocument(yaml);
  change(document);
  const root = projectCopy({ [`${SLUG}.md`]: `---\n${document.toString()}---\n${body}` });
  copies.push(root);
  return { ...buildSite(root), root };
}

/** Deletes every copy `buildVariant` made; call it in `afterAll`. */
export function removeVariants(): void {
  for (const root of copies.splice(0)) rmSync(root, { recursive: true, force: true });
}
