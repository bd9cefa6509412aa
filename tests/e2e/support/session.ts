import type { Browser, BrowserContextOptions } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, newGuardedContext, type GuardedContext } from '../../helpers/browser';
import { serveStatic, type StaticServer } from '../../helpers/server';
import { removeSnapshot, siteBase, snapshotDist } from './site';

/** What a browser test file works with once its `beforeAll` has run. */
export interface Session {
  server: StaticServer;
  browser: Browser;
  /** One context, made with the options given to `browserSession`. */
  guarded: GuardedContext;
}

/**
 * For a test file: a private snapshot of dist/ (taken now), served on 127.0.0.1, and Chromium
 * with one guarded context, opened in `beforeAll` and closed, snapshot removed, in `afterAll`.
 */
export async function browserSession(options: BrowserContextOptions = {}): Promise<{ site: string; base: string; session: Session }> {
  const site = await snapshotDist();
  const base = await siteBase();
  const session = {} as Session;
  beforeAll(async () => {
    session.server = await serveStatic({ root: site, base });
    session.browser = await launchBrowser();
    session.guarded = await newGuardedContext(session.browser, options);
    session.guarded.context.setDefaultTimeout(5000);
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.close();
    removeSnapshot(site);
  });
  return { site, base, session };
}
