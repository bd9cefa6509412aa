import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { filesIn } from '../helpers/links';
import { parse5Tokens, siteTokens } from '../helpers/html-tokens';
import { DIST } from '../helpers/site';

test('every built page and feed is read by the site’s tokenizer as parse5 reads it', () => {
  const files = filesIn(DIST, '.html', '.xml', '.xsl');
  expect(files.length).toBeGreaterThan(20);
  for (const file of files) {
    const text = readFileSync(`${DIST}${file}`, 'utf8');
    expect(siteTokens(text), file).toEqual(parse5Tokens(text));
  }
});
