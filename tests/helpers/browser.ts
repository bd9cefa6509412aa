import { closeSync, existsSync, openSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium as playwright, type Browser, type BrowserContext, type BrowserContextOptions } from 'playwright-core';

/** Flags for every launch: a quiet, headless browser that phones nowhere. */
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Flags of `@sparticuz/chromium` (made for AWS Lambda) that are left out: our own `--headless`
 * replaces its `--headless='shell'`; `--single-process` makes Chromium exit as soon as a test
 * closes a browser context; and the tests must see the page with the web's normal security
 * model, not with it switched off.
 */
const UNWANTED_PACKAGE_FLAGS = [/^--headless/, /^--single-process$/, /^--disable-web-security$/, /^--allow-running-insecure-content$/];

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

export interface Executable {
  path: string;
  /** Every flag to launch it with: the ones this build of Chromium needs, then ours. */
  args: string[];
}

/**
 * The browser to drive: `CHROME_PATH`, else Debian's Chromium, else the headless Chromium that
 * ships inside the npm package `@sparticuz/chromium` (unpacked into the temp folder on first
 * use), so that `npm install` alone brings a browser.
 */
export async function findChromium(): Promise<Executable> {
  const fromEnvironment = process.env['CHROME_PATH'];
  if (fromEnvironment) {
    if (!existsSync(fromEnvironment)) throw new Error(`CHROME_PATH is ${fromEnvironment}, which does not exist`);
    return { path: fromEnvironment, args: FLAGS };
  }
  if (existsSync(SYSTEM_CHROMIUM)) return { path: SYSTEM_CHROMIUM, args: FLAGS };
  const { default: packaged } = await import('@sparticuz/chromium');
  const path = await whileLocked(() => packaged.executablePath());
  const needed = packaged.args.filter((flag) => !UNWANTED_PACKAGE_FLAGS.some((unwanted) => unwanted.test(flag)));
  return { path, args: [...new Set([...needed, ...FLAGS])] };
}

/**
 * Runs `work` while holding a lock file in the temp folder. The package unpacks Chromium into
 * /tmp/chromium and treats an existing file as done, so a second test worker arriving during the
 * first one's unpacking would launch a half-written binary.
 */
async function whileLocked<T>(work: () => Promise<T>): Promise<T> {
  const lock = join(tmpdir(), 'mowjaz-chromium-unpack.lock');
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      closeSync(openSync(lock, 'wx'));
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      // A lock older than two minutes was left by a worker that died: take it over.
      const age = Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > 120_000) rmSync(lock, { force: true });
      if (Date.now() > deadline) throw new Error(`waited two minutes for ${lock}; delete it if no test is running`);
      await new Promise((done) => setTimeout(done, 200));
    }
  }
  try {
    return await work();
  } finally {
    rmSync(lock, { force: true });
  }
}

/** Launches headless Chromium with a fresh temporary profile. Close it in `afterAll`. */
export async function launchBrowser(): Promise<Browser> {
  const { path, args } = await findChromium();
  return playwright.launch({ executablePath: path, args, headless: true });
}

export interface GuardedContext {
  context: BrowserContext;
  /**
   * Every request a page of this context tried to send anywhere but 127.0.0.1, in order. Each
   * was blocked. The site must make none.
   */
  outsideRequests: string[];
}

/** True for the test server's own host. `data:` and `blob:` URLs never reach the network. */
function isLocal(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  return protocol === 'data:' || protocol === 'blob:' || hostname === '127.0.0.1';
}

/**
 * A new browser context (its own cookies, storage and cache) that blocks and records every
 * request not addressed to 127.0.0.1, WebSockets included. CSP is bypassed so that test scripts
 * (axe) can be injected, unless `options` says `bypassCSP: false`, as tests/e2e/csp.test.ts does
 * to check the site's policy.
 */
export async function newGuardedContext(browser: Browser, options: BrowserContextOptions = {}): Promise<GuardedContext> {
  const context = await browser.newContext({ bypassCSP: true, serviceWorkers: 'block', ...options });
  const outsideRequests: string[] = [];
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (isLocal(url)) return route.continue();
    outsideRequests.push(url);
    return route.abort('blockedbyclient');
  });
  await context.routeWebSocket(/.*/, (socket) => {
    if (isLocal(socket.url().replace(/^ws/, 'http'))) return void socket.connectToServer();
    outsideRequests.push(socket.url());
    return socket.close();
  });
  return { context, outsideRequests };
}
