import { describe, expect, test } from 'vitest';
import { movePolicyFirst } from '../../src/integrations/policy-first';

const POLICY = `<meta http-equiv="content-security-policy" content="default-src 'none';style-src 'self' 'sha256-abc='">`;

describe('movePolicyFirst', () => {
  test('the policy moves to follow <meta charset>, every other element in its order', () => {
    const html = `<!doctype html><html><head><meta charset="utf-8"><title>t</title><script type="application/ld+json">{}</script><style>a{}</style>${POLICY}<style>b{}</style></head><body></body></html>`;
    expect(movePolicyFirst(html)).toBe(
      `<!doctype html><html><head><meta charset="utf-8">${POLICY}<title>t</title><script type="application/ld+json">{}</script><style>a{}</style><style>b{}</style></head><body></body></html>`,
    );
  });

  test('a page already in order, or without a policy or a charset, is unchanged', () => {
    for (const html of [`<head><meta charset="utf-8">${POLICY}<style>a{}</style></head>`, '<head><meta charset="utf-8"><style>a{}</style></head>', `<head>${POLICY}<meta charset="utf-8"></head>`]) {
      expect(movePolicyFirst(html)).toBe(html);
    }
  });
});
