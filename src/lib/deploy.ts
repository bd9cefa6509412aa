/**
 * Where the site is deployed, from the environment: `SITE_URL` (the origin, default
 * http://localhost:4321) and `BASE_PATH` (the folder under it, default `/`). Read by
 * astro.config.ts; every URL the site writes is built from these two (see urls.ts).
 */
export interface Deployment {
  /** The origin, e.g. `https://example.org`. */
  site: string;
  /** The path the site lives under, with a slash at each end, e.g. `/mowjaz/`. */
  base: string;
}

const DEFAULT_SITE_URL = 'http://localhost:4321';

export function deploymentFrom(env: Record<string, string | undefined>): Deployment {
  const site = env.SITE_URL || DEFAULT_SITE_URL;
  const base = env.BASE_PATH || '/';
  let url: URL;
  try {
    url = new URL(site);
  } catch {
    throw new Error(
      `SITE_URL is "${site}", which is not an absolute URL: set it to the site's origin, e.g. SITE_URL=https://example.org`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(
      `SITE_URL is "${site}": it must be an http or https URL, e.g. SITE_URL=https://example.org`,
    );
  if (url.pathname !== '/') {
    throw new Error(
      `SITE_URL is "${site}", which has a path: give the origin alone and the path as BASE_PATH, e.g. SITE_URL=${url.origin} BASE_PATH=${url.pathname}`,
    );
  }
  if (!base.startsWith('/'))
    throw new Error(`BASE_PATH is "${base}": it must start with a slash, e.g. BASE_PATH=/mowjaz/`);
  return { site: url.origin, base: base.endsWith('/') ? base : `${base}/` };
}
