import { createHash } from 'node:crypto';

/** The CSP source expression that allows an inline `<style>` with exactly this text. */
export function styleHash(css: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(css).digest('base64')}`;
}
