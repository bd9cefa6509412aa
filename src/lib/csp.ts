/**
 * A page's Content Security Policy, as Astro's `security.csp` writes it: the hash of an inline
 * style, the policy `<meta>` moved up to govern the whole `<head>` (src/middleware.ts), and a hash
 * added to it after the build (the font's rules, src/integrations/arabic-font.ts).
 *
 * A `<meta>` policy applies only to what the document has after it, and Astro writes it where it
 * renders the head's own styles and scripts: after everything a page puts in its head slot, such
 * as the timeline axis's positions (TimelineAxisStyle.astro), whose hash the policy already lists.
 * Moving the element changes no byte of it and leaves every other element in its order.
 */
import { createHash } from 'node:crypto';

/** The CSP source expression that allows an inline `<style>` with exactly this text. */
export function styleHash(css: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(css).digest('base64')}`;
}

/** A page's Content Security Policy `<meta>`; its `content` attribute in group 2. */
export const POLICY = /(<meta\b[^>]*\bhttp-equiv\s*=\s*["']?content-security-policy\b[^>]*\bcontent\s*=\s*")([^"]*)("[^>]*>)/i;
const CHARSET = /<meta\b[^>]*\bcharset\s*=[^>]*>/i;

/** `html` with its policy `<meta>` right after `<meta charset>`; unchanged if it has no policy or no charset before it. */
export function movePolicyFirst(html: string): string {
  const policy = POLICY.exec(html);
  const charset = CHARSET.exec(html);
  if (!policy || !charset || charset.index > policy.index) return html;
  const at = charset.index + charset[0].length;
  if (at === policy.index) return html;
  return html.slice(0, at) + policy[0] + html.slice(at, policy.index) + html.slice(policy.index + policy[0].length);
}

/**
 * `html` whose Content Security Policy also allows the inline style of that hash: the hash goes
 * at the end of `style-src`. A page without a policy is unchanged; a policy without `style-src`
 * is an error, since it would block the style.
 */
export function allowStyle(html: string, hash: string): string {
  const policy = POLICY.exec(html);
  if (!policy) return html;
  const [, open = '', content = '', close = ''] = policy;
  const directives = content.split(';');
  const index = directives.findIndex((directive) => /^\s*style-src\s/i.test(directive));
  if (index === -1) throw new Error(`the page's Content Security Policy has no style-src, which would block the inline style '${hash}': "${content}"`);
  directives[index] = `${directives[index]} '${hash}'`;
  return html.slice(0, policy.index) + open + directives.join(';') + close + html.slice(policy.index + policy[0].length);
}
