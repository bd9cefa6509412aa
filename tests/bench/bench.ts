/**
 * `npm run bench`: what the briefing page costs a reader, printed as JSON. Figures, not
 * verdicts: timings on a shared 2-core machine are noisy, so nothing here is asserted.
 *
 * - page: every request the briefing page makes in Chromium, served gzip-compressed like any
 *   static host would, with bytes by type (raw, gzip, transferred), and the JavaScript it runs
 *   (script files plus scripts inlined in the HTML);
 * - lighthouse: Lighthouse's four category scores on its default (mobile) settings.
 */
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { findChromium, launchBrowser } from '../helpers/browser';
import { serveStatic } from '../helpers/server';
import { buildSite, ROOT } from '../helpers/site';

const PAGE = 'briefings/pentagon-iraq-cooperation/';

interface Bytes {
  requests: number;
  raw: number;
  gzip: number;
  transferred: number;
}

async function pageWeight(url: string): Promise<Record<string, Bytes | { requests: number; raw: number }>> {
  const browser = await launchBrowser();
  const page = await browser.newPage();
  const responses: Promise<[string, Bytes]>[] = [];
  page.on('response', (response) => {
    responses.push(
      (async (): Promise<[string, Bytes]> => {
        const body = await response.body();
        const sizes = await response.request().sizes();
        const type = response.request().resourceType();
        return [type, { requests: 1, raw: body.length, gzip: gzipSync(body, { level: 9 }).length, transferred: sizes.responseBodySize + sizes.responseHeadersSize }];
      })(),
    );
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  // Scripts inlined in the HTML count as JavaScript too (JSON-LD is data, not code).
  const inlineScript = await page.evaluate(() =>
    [...document.querySelectorAll('script:not([src]):not([type="application/ld+json"])')].reduce((sum, script) => sum + new TextEncoder().encode(script.textContent ?? '').length, 0),
  );
  const byType: Record<string, Bytes> = {};
  const total: Bytes = { requests: 0, raw: 0, gzip: 0, transferred: 0 };
  for (const [type, bytes] of await Promise.all(responses)) {
    const sum = (byType[type] ??= { requests: 0, raw: 0, gzip: 0, transferred: 0 });
    for (const key of ['requests', 'raw', 'gzip', 'transferred'] as const) {
      sum[key] += bytes[key];
      total[key] += bytes[key];
    }
  }
  await browser.close();
  const javascript = { requests: byType['script']?.requests ?? 0, raw: (byType['script']?.raw ?? 0) + inlineScript };
  return { ...byType, total, javascript };
}

async function lighthouseScores(url: string): Promise<Record<string, number | null>> {
  const { path, args } = await findChromium();
  const chrome = await chromeLauncher.launch({ chromePath: path, chromeFlags: args });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
    const categories = result?.lhr.categories ?? {};
    return Object.fromEntries(Object.entries(categories).map(([id, category]) => [id, category.score === null ? null : Math.round(category.score * 100)]));
  } finally {
    await chrome.kill();
  }
}

const built = buildSite(ROOT);
if (built.status !== 0) throw new Error(`astro build failed:\n${built.output}`);
const server = await serveStatic({ compress: true });
try {
  const url = server.urlOf(PAGE);
  const page = await pageWeight(url);
  const lighthouseResult = await lighthouseScores(url);
  console.log(JSON.stringify({ url: `/${PAGE}`, page, lighthouse: { formFactor: 'mobile', ...lighthouseResult } }, null, 2));
} finally {
  await server.close();
}
