import { rmSync } from 'node:fs';
import { parseDocument, type Document } from 'yaml';
import { briefingSource, buildSite, projectCopy, SLUG, type BuildResult } from './site';

const { yaml, body } = briefingSource();
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
