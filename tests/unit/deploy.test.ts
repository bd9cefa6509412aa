import { describe, expect, test } from 'vitest';
import { deploymentFrom } from '../../src/lib/deploy';

describe('deploymentFrom: SITE_URL and BASE_PATH', () => {
  test.each([
    { env: {}, site: 'http://localhost:4321', base: '/' },
    { env: { SITE_URL: '', BASE_PATH: '' }, site: 'http://localhost:4321', base: '/' },
    {
      env: { SITE_URL: 'https://example.org', BASE_PATH: '/mowjaz/' },
      site: 'https://example.org',
      base: '/mowjaz/',
    },
    {
      env: { SITE_URL: 'https://example.org/', BASE_PATH: '/mowjaz' },
      site: 'https://example.org',
      base: '/mowjaz/',
    },
  ])('$env → $site $base', ({ env, site, base }) => {
    expect(deploymentFrom(env)).toEqual({ site, base });
  });

  test.each([
    [
      { SITE_URL: 'example.org' },
      'SITE_URL is "example.org", which is not an absolute URL: set it to the site\'s origin, e.g. SITE_URL=https://example.org',
    ],
    [
      { SITE_URL: 'ftp://example.org' },
      'SITE_URL is "ftp://example.org": it must be an http or https URL',
    ],
    [
      { SITE_URL: 'https://example.org/mowjaz/' },
      'give the origin alone and the path as BASE_PATH, e.g. SITE_URL=https://example.org BASE_PATH=/mowjaz/',
    ],
    [
      { BASE_PATH: 'mowjaz/' },
      'BASE_PATH is "mowjaz/": it must start with a slash, e.g. BASE_PATH=/mowjaz/',
    ],
  ])('%o is refused, saying how to fix it', (env, message) => {
    expect(() => deploymentFrom(env)).toThrow(message);
  });
});
