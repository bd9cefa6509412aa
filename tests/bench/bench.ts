/**
 * `npm run bench`: what the briefing page costs a reader, printed as JSON. Figures, not
 * verdicts: timings on a shared 2-core machine are noisy, so nothing here is asserted.
 *
 * - budget: the page's transfer, requests, JavaScript and Lighthouse scores beside the most it
 *   may cost (BUDGET), each with whether it is met;
 * - page: every request the briefing page makes in Chromium, served Brotli-compressed as most CDNs
 *   do, and again gzip-compressed as the simplest static hosts do, with bytes by type (raw, gzip,
 *   transferred), and the JavaScript it runs (script files plus scripts inlined in the HTML);
 * - lighthouse: Lighthouse's four category scores on its default (mobile) settings;
 * - builds: wall time and peak memory (the build process's VmHWM) of `astro build` for 1, 100 and
 *   1000 briefings generated from the real one under distinct slugs and numbered titles, in
 *   throwaway copies of the project: cold (Astro's cache empty, every card drawn), then warm (the
 *   same build again). `npm run bench -- 1,100` picks other counts.
 */
import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { findChromium, launchBrowser } from '../helpers/browser';
import { serveStatic } from '../helpers/server';
import { ASTRO_BUILD, briefingSource, buildEnvironment, buildSite, projectCopy, SLUG } from '../helpers/site';

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

interface Run {
  seconds: number;
  peakMegabytes: number;
}

interface BuildFigures {
  briefings: number;
  pages: number;
  /** The first build, with Astro's cache (node_modules/.astro: content store, drawn cards) empty. */
  cold: Run;
  /** The same build again, nothing changed: what an editor waits for after a small edit. */
  warm: Run;
}

/** The build's peak resident memory, read from /proc while it runs (VmHWM only grows). */
function peakKilobytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0);
}

/** Runs `astro build` in `root`, timed, its peak memory polled. */
async function timedBuild(root: string): Promise<{ run: Run; output: string }> {
  const started = performance.now();
  const child = spawn(process.execPath, ASTRO_BUILD, { cwd: root, env: buildEnvironment() });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  let peak = 0;
  const poll = setInterval(() => {
    try {
      peak = Math.max(peak, peakKilobytes(child.pid as number));
    } catch {
      // The process has just exited: its last reading stands.
    }
  }, 50);
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearInterval(poll);
  const seconds = (performance.now() - started) / 1000;
  if (status !== 0) throw new Error(`the build in ${root} failed:\n${output}`);
  return { run: { seconds: Math.round(seconds * 10) / 10, peakMegabytes: Math.round(peak / 1024) }, output };
}

/**
 * Builds `count` copies of the real briefing in a throwaway project, cold then warm. Each copy
 * has its own slug and a numbered title, so that no two preview cards are alike and every card
 * is drawn, as on a site of distinct briefings.
 */
async function scaledBuild(count: number): Promise<BuildFigures> {
  const { yaml, body } = briefingSource();
  const numbered = (index: number) => {
    const titled = yaml.replace(/^title: "(.*)"$/m, (_, title: string) => `title: "${title} (${index})"`);
    if (titled === yaml) throw new Error('bench: the real briefing has no `title: "…"` line to number');
    return `---\n${titled}\n---\n${body}`;
  };
  const root = projectCopy(Object.fromEntries(Array.from({ length: count }, (_, index) => [`${SLUG}-${String(index + 1).padStart(4, '0')}.md`, numbered(index + 1)])));
  try {
    const cold = await timedBuild(root);
    const warm = await timedBuild(root);
    const pages = Number(/(\d+) page\(s\) built/.exec(cold.output)?.[1] ?? 0);
    return { briefings: count, pages, cold: cold.run, warm: warm.run };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

const scales = (process.argv[2] ?? '1,100,1000').split(',').map(Number);
const builds: BuildFigures[] = [];
for (const count of scales) builds.push(await scaledBuild(count));
/** What each briefing added between one count and the next: equal figures mean the time grows linearly. */
const perBriefing = builds.slice(1).map((build, index) => {
  const previous = builds[index] as BuildFigures;
  const seconds = (run: 'cold' | 'warm') => Math.round((1000 * (build[run].seconds - previous[run].seconds)) / (build.briefings - previous.briefings)) / 1000;
  return { from: previous.briefings, to: build.briefings, coldSeconds: seconds('cold'), warmSeconds: seconds('warm') };
});

/** What the briefing page may cost a reader at most, printed beside what it costs. */
const BUDGET = { kilobytes: 30, requests: 4, javascriptBytes: 2048, lighthouse: 100 };

/** The page's figures against the budget: its transfer with Brotli, as most CDNs serve it, and with gzip beside it. */
function budgetOf(brotli: Awaited<ReturnType<typeof pageWeight>>, gzip: Awaited<ReturnType<typeof pageWeight>>, scores: Record<string, number | null>) {
  const kilobytes = (weight: typeof brotli) => Math.round(((weight['total'] as Bytes).transferred / 1024) * 10) / 10;
  const requests = (brotli['total'] as Bytes).requests;
  const javascript = brotli['javascript']?.raw ?? 0;
  return {
    transferred: { kilobytes: kilobytes(brotli), target: `≤ ${BUDGET.kilobytes}`, met: kilobytes(brotli) <= BUDGET.kilobytes, gzipKilobytes: kilobytes(gzip), gzipMet: kilobytes(gzip) <= BUDGET.kilobytes },
    requests: { count: requests, target: `≤ ${BUDGET.requests}`, met: requests <= BUDGET.requests },
    javascript: { bytes: javascript, target: `≤ ${BUDGET.javascriptBytes}`, met: javascript <= BUDGET.javascriptBytes },
    lighthouse: { ...scores, target: BUDGET.lighthouse, met: Object.values(scores).every((score) => score === BUDGET.lighthouse) },
  };
}

const built = buildSite();
if (built.status !== 0) throw new Error(`astro build failed:\n${built.output}`);
const brotliServer = await serveStatic({ compress: 'brotli' });
const gzipServer = await serveStatic({ compress: true });
try {
  const url = brotliServer.urlOf(PAGE);
  const page = { brotli: await pageWeight(url), gzip: await pageWeight(gzipServer.urlOf(PAGE)) };
  const lighthouseResult = await lighthouseScores(url);
  const budget = budgetOf(page.brotli, page.gzip, lighthouseResult);
  console.log(JSON.stringify({ url: `/${PAGE}`, budget, page, lighthouse: { formFactor: 'mobile', ...lighthouseResult }, builds, perBriefing }, null, 2));
} finally {
  await brotliServer.close();
  await gzipServer.close();
}
