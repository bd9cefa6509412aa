/**
 * The actors the site's briefings define already, by id. An actor id names one actor across the
 * site, so the scaffold proposes a known actor under its existing id, with its definition.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readBriefingText } from '../briefing-file';
import type { SiteActorDefinition } from './proposals';

/** The actors the briefings in `folder` define, by id (the first definition of each, in file name order). */
export function siteActors(folder: string): Map<string, SiteActorDefinition> {
  const actors = new Map<string, SiteActorDefinition>();
  if (!existsSync(folder)) return actors;
  for (const name of readdirSync(folder).filter((entry) => entry.endsWith('.md')).sort()) {
    const parsed = readBriefingText(readFileSync(join(folder, name), 'utf8')).frontmatter as { actors?: (SiteActorDefinition & { id: string })[] } | null;
    for (const { id, name: actorName, kind, wikidata } of parsed?.actors ?? []) {
      if (!actors.has(id)) actors.set(id, { name: actorName, kind, ...(wikidata && { wikidata }) });
    }
  }
  return actors;
}
