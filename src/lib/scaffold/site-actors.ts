/**
 * The actors the site's briefings define already, by id. An actor id names one actor across the
 * site, so the scaffold proposes a known actor under its existing id, with its definition and
 * every spelling the briefings have named it by (the gazetteer, see gazetteer.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readBriefingText } from '../briefing-file';
import { siteActorsOf, type SiteActorDefinition } from './gazetteer';

/** The actors the briefings in `folder` define, by id (the first definition of each, in file name order). */
export function siteActors(folder: string): Map<string, SiteActorDefinition> {
  if (!existsSync(folder)) return new Map();
  const names = readdirSync(folder).filter((entry) => entry.endsWith('.md')).sort();
  return siteActorsOf(names.map((name) => readBriefingText(readFileSync(join(folder, name), 'utf8')).frontmatter));
}
