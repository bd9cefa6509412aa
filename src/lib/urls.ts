import { ROUTES } from '../consts';

/** Joins the site's base path and a route, with exactly one slash between parts and one at the end. */
function route(base: string, ...parts: string[]): string {
  const path = [base, ...parts].map((part) => part.replace(/^\/+|\/+$/g, '')).filter(Boolean).join('/');
  return path ? `/${path}/` : '/';
}

/** The path of the home page, under the site's base. */
export function homePath(base = import.meta.env.BASE_URL): string {
  return route(base);
}

/** The path of a briefing's page, under the site's base. */
export function briefingPath(slug: string, base = import.meta.env.BASE_URL): string {
  return route(base, ROUTES.briefings, slug);
}
