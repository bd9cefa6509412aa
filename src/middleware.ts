import { defineMiddleware } from 'astro:middleware';
import { movePolicyFirst } from './lib/csp';

/**
 * Every page Astro renders, with its Content Security Policy `<meta>` moved up to follow
 * `<meta charset>` (see src/lib/csp.ts), as it is rendered: no pass over the built files.
 */
export const onRequest = defineMiddleware(async (_, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  return new Response(movePolicyFirst(await response.text()), response);
});
