import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { buildEnvironment, copyProjectFiles, ROOT, SLUG } from '../helpers/site';

// A static host installs without the development dependencies (`npm ci --omit=dev`, or
// NODE_ENV=production) and then builds: everything the build uses must be in `dependencies`.
// The install is a real one, in a copy of the project, from npm's cache where it can be.

const root = mkdtempSync(join(tmpdir(), 'mowjaz-production-'));
copyProjectFiles(root);
cpSync(`${ROOT}content/briefings`, join(root, 'content/briefings'), { recursive: true });
afterAll(() => rmSync(root, { recursive: true, force: true }));

const npm = (args: string[]) => spawnSync('npm', args, { cwd: root, encoding: 'utf8', env: buildEnvironment({ NODE_ENV: 'production' }) });

test('`npm ci --omit=dev` leaves the test tools out, and `npm run build` then builds the whole site', () => {
  const install = npm(['ci', '--omit=dev', '--prefer-offline', '--no-audit', '--no-fund']);
  expect(install.status, `${install.stdout}${install.stderr}`).toBe(0);
  for (const tool of ['vitest', 'playwright-core', 'html-validate', 'lighthouse']) expect(existsSync(join(root, 'node_modules', tool)), `${tool} installed`).toBe(false);

  const build = npm(['run', 'build']);
  expect(build.status, `${build.stdout}${build.stderr}`).toBe(0);
  const dist = join(root, 'dist');
  for (const file of ['index.html', `briefings/${SLUG}/index.html`, `briefings/${SLUG}/og.png`, 'rss.xml', 'pagefind/pagefind.js']) {
    expect(existsSync(join(dist, file)), file).toBe(true);
  }
  expect(readdirSync(join(dist, 'fonts')).filter((file) => file.endsWith('.woff2')).length, 'subset fonts').toBeGreaterThan(0);
}, 300_000);
