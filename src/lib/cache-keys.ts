/**
 * The `cacheKey` of a page for Astro's incremental build (`experimental.incrementalBuild`,
 * astro.config.ts): a digest of the data the page shows. Astro renders a page again when its key
 * or its code (the page's module graph) changed since the last build, and otherwise copies what it
 * wrote then; a page without a key is rendered on every build. So a key must cover everything the
 * page shows that is not code: its briefing (the file's digest), and what it shows of other
 * briefings.
 */
import { digest } from './card-cache';

export function cacheKey(...parts: unknown[]): string {
  return digest(JSON.stringify(parts));
}
