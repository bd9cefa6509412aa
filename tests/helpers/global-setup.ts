import { buildSite } from './site';

/** Builds the real site once; tests under tests/build and tests/e2e read the dist/ it writes. */
export default function setup(): void {
  const { status, output } = buildSite();
  if (status !== 0) throw new Error(`astro build failed:\n${output}`);
}
