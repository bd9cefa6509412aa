import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { ROUTES } from '../../src/consts';

/** A page's entry in Pagefind's index (a fragment file), as pagefind.js reads it. */
export interface SearchFragment {
  url: string;
  content: string;
  meta: { title?: string };
  anchors: { id?: string; location: number }[];
}

/** Every page's entry in the search index of a built site: each fragment is gzip, then Pagefind's signature, then JSON. */
export function searchFragments(dist: string): SearchFragment[] {
  const folder = `${dist}${ROUTES.searchIndex}/fragment/`;
  return readdirSync(folder).map((name) => {
    const data = gunzipSync(readFileSync(`${folder}${name}`));
    const signature = data.subarray(0, 12).toString();
    if (signature !== 'pagefind_dcd') throw new Error(`${folder}${name} does not start with Pagefind's signature (found "${signature}")`);
    return JSON.parse(data.subarray(12).toString('utf8')) as SearchFragment;
  });
}
