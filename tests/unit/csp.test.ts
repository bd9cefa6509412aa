import { describe, expect, test } from 'vitest';
import { allowStyle, movePolicyFirst } from '../../src/lib/csp';

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

describe('allowStyle', () => {
  const policy = (content: string) => `<head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="${content}"><title>t</title></head>`;

  test("adds the hash at the end of style-src, and changes nothing else", () => {
    expect(allowStyle(policy("default-src 'none';style-src 'self' 'sha256-a=';script-src 'self'"), 'sha256-b=')).toBe(
      policy("default-src 'none';style-src 'self' 'sha256-a=' 'sha256-b=';script-src 'self'"),
    );
  });

  test('a page without a policy is unchanged', () => {
    expect(allowStyle('<head><title>t</title></head>', 'sha256-b=')).toBe('<head><title>t</title></head>');
  });

  test('a policy without style-src is refused: the style would be blocked', () => {
    expect(() => allowStyle(policy("default-src 'none'"), 'sha256-b=')).toThrow(/no style-src/);
  });
});
