/**
 * `npm run anchors`: records the public anchors of every built briefing in content/anchors.json.
 *
 * Run it after adding a briefing or an annotation, and commit the file. Ids are only ever added:
 * once published, an anchor stays in the manifest, and the build refuses to drop it (see
 * `rehypeAnchorAnnotations`'s `published` option).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { PUBLIC_ANCHOR } from '../lib/ids';

const manifestFile = new URL('../../content/anchors.json', import.meta.url);
const briefings = new URL('../../dist/briefings/', import.meta.url);

const manifest: Record<string, string[]> = JSON.parse(readFileSync(manifestFile, 'utf8'));
for (const slug of readdirSync(briefings)) {
  const page = fromHtml(readFileSync(new URL(`${slug}/index.html`, briefings), 'utf8'));
  const ids = selectAll('#article-body [id]', page).map((element) => String(element.properties.id));
  const recorded = new Set([...(manifest[slug] ?? []), ...ids.filter((id) => PUBLIC_ANCHOR.test(id))]);
  manifest[slug] = [...recorded].sort();
}
const sorted = Object.fromEntries(Object.entries(manifest).sort(([a], [b]) => a.localeCompare(b)));
writeFileSync(manifestFile, `${JSON.stringify(sorted, null, 2)}\n`);
console.log(`content/anchors.json: ${Object.values(sorted).flat().length} anchors of ${Object.keys(sorted).length} briefings`);
