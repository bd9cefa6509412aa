import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { deploymentFrom } from '../../src/lib/deploy';
import { filesIn } from '../helpers/links';
import { serveStatic, type StaticServer } from '../helpers/server';
import { DIST, ROOT } from '../helpers/site';

// Every built page through two validators: the W3C Nu checker (vnu.jar, on Java), which knows
// the HTML standard, and html-validate, which adds rules of good practice (.htmlvalidate.mjs).

const pages = filesIn(DIST, '.html');
const VNU_JAR = `${ROOT}node_modules/vnu-jar/build/dist/vnu.jar`;

/**
 * vnu's Content Security Policy check gets two things wrong, and only these are filtered out:
 * it takes the JSON-LD `<script type="application/ld+json">` (a data block, which CSP does not
 * govern) for an inline script, and it hashes a `<style>` without its final newline, so the
 * hash Astro wrote for the quote pages' scoped style (which browsers accept) does not match.
 * tests/e2e/csp.test.ts is what checks the policy, in a browser that enforces it.
 */
const CSP_HASH_FALSE_WARNINGS = String.raw`Inline (?:script|style) violates Content Security Policy \(meta tag\): .*`;

/**
 * vnu's CSS checker does not know CSS Anchor Positioning (which places an annotation's card beside
 * its span, with a fallback where a browser lacks it): only its properties are filtered out.
 */
const ANCHOR_POSITIONING_UNKNOWN = String.raw`CSS: “(?:position-area|position-try-fallbacks)”: Property “(?:position-area|position-try-fallbacks)” doesn't exist\..*`;

/** A page with one error and one CSP warning vnu must report: proof that it runs and reports. */
const CONTROL = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="img-src 'none'"><title>control</title></head><body><p><div>x</div></p><img src="a.png" alt=""></body></html>`;

interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  message: string;
  extract?: string;
}

/** Why vnu cannot run here, or undefined if `java` runs. */
function javaMissing(): string | undefined {
  const { error, status } = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (!error && status === 0) return undefined;
  return `the W3C checker (node_modules/vnu-jar) runs on Java, and \`java -version\` failed (${error?.message ?? `exit status ${status}`}). Install a Java runtime: apt-get install -y --no-install-recommends default-jre-headless`;
}

/** Runs a command without blocking the event loop (the server vnu fetches from runs in this process). */
function run(command: string, args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(command, args);
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', fail);
    child.on('close', (status) => done({ status, stdout, stderr }));
  });
}

const describeMessage = ({ type, subType, url, lastLine, firstColumn, message, extract }: VnuMessage): string =>
  `${url ?? '(no url)'}:${lastLine ?? '?'}:${firstColumn ?? '?'} ${subType ?? type}: ${message}${extract ? `\n    ${extract.replace(/\n/g, ' ')}` : ''}`;

test('dist/ has the pages to validate: home, 404, the briefing and its quote pages', () => {
  expect(pages).toEqual(expect.arrayContaining(['index.html', '404.html']));
  expect(pages.filter((file) => file.includes('/quotes/')).length).toBeGreaterThan(0);
});

describe('the W3C Nu checker (vnu)', () => {
  let server: StaticServer;
  const controlFolder = mkdtempSync(join(tmpdir(), 'mowjaz-vnu-'));
  const controlFile = join(controlFolder, 'control.html');

  beforeAll(async () => {
    server = await serveStatic({ root: DIST, base: deploymentFrom(process.env).base });
    writeFileSync(controlFile, CONTROL);
  });

  afterAll(async () => {
    await server?.close();
    rmSync(controlFolder, { recursive: true, force: true });
  });

  test('reports no error and no warning on any page', async () => {
    const missing = javaMissing();
    if (missing) throw new Error(missing);
    // The pages are checked over HTTP, as a browser gets them: from file: URLs vnu would judge
    // the same-origin stylesheets blocked by `style-src 'self'`. vnu refuses loopback hosts
    // unless told to allow them.
    const urls = pages.map((file) => server.urlOf(file.replace(/(^|\/)index\.html$/, '$1')));
    const { stdout, stderr } = await run('java', [
      '-Dnu.validator.servlet.allow-forbidden-hosts=true',
      '-jar',
      VNU_JAR,
      '--verbose',
      '--Werror',
      '--format',
      'json',
      '--filterpattern',
      `${CSP_HASH_FALSE_WARNINGS}|${ANCHOR_POSITIONING_UNKNOWN}`,
      ...urls,
      controlFile,
    ]);
    // --verbose names each document checked on stdout; the report is JSON on stderr.
    expect(stdout.split('\n').filter(Boolean).toSorted(), 'documents vnu checked').toEqual([...urls, controlFile].toSorted());
    const report = stderr.split('\n').find((line) => line.startsWith('{"'));
    if (!report) throw new Error(`vnu wrote no JSON report:\n${stderr}`);
    const messages = (JSON.parse(report) as { messages: VnuMessage[] }).messages;

    const control = messages.filter(({ url }) => url?.endsWith('/control.html'));
    expect(control.map(({ type, subType, message }) => `${subType ?? type}: ${message}`)).toEqual([
      'error: No “p” element in scope but a “p” end tag seen.',
      'warning: Resource violates Content Security Policy (meta tag): image “a.png” blocked by “img-src” directive.',
    ]);
    expect(messages.filter((message) => !control.includes(message)).map(describeMessage).join('\n')).toBe('');
  });
});

describe('html-validate, with the recommended rules (.htmlvalidate.mjs)', () => {
  // The file-system loader reads .htmlvalidate.mjs, as the html-validate command does.
  const validator = new HtmlValidate(new FileSystemConfigLoader());

  test('it reports a page that breaks a rule (control)', async () => {
    const report = await validator.validateString('<!DOCTYPE html><html lang="ar"><head><title>x</title></head><body><button>x</button><img src="a.png"></body></html>', `${DIST}control.html`);
    expect(report.results.flatMap((result) => result.messages.map(({ ruleId }) => ruleId)).toSorted()).toEqual(['no-implicit-button-type', 'wcag/h37']);
  });

  test.each(pages)('%s', async (file) => {
    const report = await validator.validateFile(`${DIST}${file}`);
    const messages = report.results.flatMap((result) => result.messages.map(({ line, column, ruleId, message }) => `${file}:${line}:${column} ${ruleId}: ${message}`));
    expect(messages.join('\n')).toBe('');
  });
});
