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
 * - builds: wall time and peak memory (the largest VmHWM of the build's processes: Astro's own,
 *   Pagefind's…) of `astro build` for 1, 100 and 1000 briefings generated from the real one under
 *   distinct slugs and numbered titles, in throwaway copies of the project: cold (Astro's cache
 *   and dist/ absent, every card drawn), warm (the same build again), then with one briefing
 *   added. Each count is measured against its floor, built in the same run just before
 *   (tests/bench/floor.ts): a bare Astro project of as many pages of the same text. Ratios, not
 *   seconds, are what compare across runs on a machine whose load varies;
 * - perBriefing: the seconds each added briefing cost between one count and the next;
 * - targets: the largest count's ratios against the project's targets, each with whether it is met.
 *
 * `npm run bench -- 1,100` picks other counts. Each count's figures go to stderr as they come.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { findChromium, launchBrowser } from '../helpers/browser';
import { serveStatic } from '../helpers/server';
import { ASTRO_BUILD, analysisOf, briefingSource, buildEnvironment, buildSite, projectCopy, SLUG } from '../helpers/site';
import { floorProject } from './floor';

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
  /** The largest peak resident memory (VmHWM) of any process of the build: Astro's, Pagefind's, … */
  peakMegabytes: number;
  /** Which process that was. */
  peakProcess: string;
}

interface Ratios {
  /** This build's seconds over the floor's (cold over cold, warm over warm). */
  seconds: number;
  /** Its largest process's peak memory over the floor's. */
  memory: number;
}

interface BuildFigures {
  briefings: number;
  pages: number;
  /** A bare Astro project of as many posts and quote pages (tests/bench/floor.ts): cold, then warm. */
  floor: { pages: number; cold: Run; warm: Run };
  /** The first build, with Astro's cache (node_modules/.astro: content store, drawn cards) and dist/ removed. */
  cold: Run & { toFloor: Ratios };
  /** The same build again, nothing changed: what an editor waits for after a small edit. */
  warm: Run & { toFloor: Ratios };
  /** One more briefing added to the built site, then built again: what publishing one costs. */
  oneAdded: Run & { toWarm: number };
}

/** Each process's parent, from /proc: the build's descendants are found by walking up from every process. */
function descendantsOf(root: number): number[] {
  const parents = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The command name is in parentheses and may hold spaces: the fields after the last ")" are safe to split.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // The process ended between the listing and the read.
    }
  }
  const within = (pid: number): boolean => {
    for (let at: number | undefined = pid; at !== undefined && at > 1; at = parents.get(at)) if (at === root) return true;
    return false;
  };
  return [...parents.keys()].filter(within);
}

/** A process's peak resident memory so far (VmHWM only grows), in kB, and what it runs (its program and first argument, without folders). */
function peakOf(pid: number): { kilobytes: number; name: string } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').slice(0, 2);
  return { kilobytes: Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0), name: command.map((part) => part.split('/').at(-1)).join(' ') };
}

/** Runs `astro build` in `root`, timed, the peak memory of it and of every process it starts polled. */
async function timedBuild(root: string): Promise<{ run: Run; output: string }> {
  const started = performance.now();
  const child = spawn(process.execPath, ASTRO_BUILD, { cwd: root, env: buildEnvironment() });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const peaks = new Map<number, { kilobytes: number; name: string }>();
  const poll = setInterval(() => {
    for (const pid of descendantsOf(child.pid as number)) {
      try {
        // An exiting process (a zombie) has no VmHWM any more: its last reading stands.
        const reading = peakOf(pid);
        if (reading.kilobytes > (peaks.get(pid)?.kilobytes ?? 0)) peaks.set(pid, reading);
      } catch {
        // The process has just exited: its last reading stands.
      }
    }
  }, 100);
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearInterval(poll);
  const seconds = (performance.now() - started) / 1000;
  if (status !== 0) throw new Error(`the build in ${root} failed:\n${output}`);
  const peak = [...peaks.values()].reduce((largest, reading) => (reading.kilobytes > largest.kilobytes ? reading : largest), { kilobytes: 0, name: '' });
  return { run: { seconds: round(seconds, 1), peakMegabytes: Math.round(peak.kilobytes / 1024), peakProcess: peak.name }, output };
}

const round = (value: number, digits: number): number => Math.round(value * 10 ** digits) / 10 ** digits;

const pageCount = (output: string): number => Number(/(\d+) page\(s\) built/.exec(output)?.[1] ?? 0);

const toFloor = (run: Run, floor: Run): Ratios => ({ seconds: round(run.seconds / floor.seconds, 2), memory: round(run.peakMegabytes / floor.peakMegabytes, 2) });

/** The floor for `count` briefings, cold then warm. */
async function floorBuild(count: number): Promise<BuildFigures['floor']> {
  const { title, quotes } = analysisOf() as { title: string; quotes: { exact: string }[] };
  const root = floorProject(count, { title, body: briefingSource().body, quotes: quotes.map(({ exact }) => exact) });
  try {
    const cold = await timedBuild(root);
    const warm = await timedBuild(root);
    return { pages: pageCount(cold.output), cold: cold.run, warm: warm.run };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/**
 * Builds `count` copies of the real briefing in a throwaway project, cold then warm, then with
 * one more. Each copy has its own slug and a numbered title, so that no two preview cards are
 * alike and every card is drawn, as on a site of distinct briefings. The floor is built first.
 */
async function scaledBuild(count: number): Promise<BuildFigures> {
  const floor = await floorBuild(count);
  const { yaml, body } = briefingSource();
  const file = (index: number) => `${SLUG}-${String(index).padStart(4, '0')}.md`;
  const numbered = (index: number) => {
    const titled = yaml.replace(/^title: "(.*)"$/m, (_, title: string) => `title: "${title} (${index})"`);
    if (titled === yaml) throw new Error('bench: the real briefing has no `title: "…"` line to number');
    return `---\n${titled}\n---\n${body}`;
  };
  const root = projectCopy(Object.fromEntries(Array.from({ length: count }, (_, index) => [file(index + 1), numbered(index + 1)])));
  try {
    const cold = await timedBuild(root);
    const warm = await timedBuild(root);
    writeFileSync(join(root, 'content/briefings', file(count + 1)), numbered(count + 1));
    const oneAdded = await timedBuild(root);
    return {
      briefings: count,
      pages: pageCount(cold.output),
      floor,
      cold: { ...cold.run, toFloor: toFloor(cold.run, floor.cold) },
      warm: { ...warm.run, toFloor: toFloor(warm.run, floor.warm) },
      oneAdded: { ...oneAdded.run, toWarm: round(oneAdded.run.seconds / warm.run.seconds, 2) },
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** The targets, checked on the largest count: ratios to the floor built in the same run, so that the machine's load counts on both sides. */
function targets(build: BuildFigures, seconds: number) {
  const peak = Math.max(build.cold.peakMegabytes, build.warm.peakMegabytes, build.oneAdded.peakMegabytes);
  return {
    briefings: build.briefings,
    warmAtMost2xFloor: { ratio: build.warm.toFloor.seconds, met: build.warm.toFloor.seconds <= 2 },
    coldAtMost6xFloor: { ratio: build.cold.toFloor.seconds, met: build.cold.toFloor.seconds <= 6 },
    peakOfAnyProcessAtMost1536MB: { megabytes: peak, met: peak <= 1536 },
    oneAddedAtMost1_2xWarm: { ratio: build.oneAdded.toWarm, met: build.oneAdded.toWarm <= 1.2 },
    benchUnder10Minutes: { seconds, met: seconds < 600 },
  };
}

const benchStarted = performance.now();
const scales = (process.argv[2] ?? '1,100,1000').split(',').map(Number);
const builds: BuildFigures[] = [];
for (const count of scales) {
  builds.push(await scaledBuild(count));
  // Progress on stderr, so that stdout stays one JSON document.
  console.error(JSON.stringify(builds.at(-1)));
}
/** What each briefing added between one count and the next: equal figures mean the time grows linearly. */
const perBriefing = builds.slice(1).map((build, index) => {
  const previous = builds[index] as BuildFigures;
  const seconds = (run: 'cold' | 'warm') => round((build[run].seconds - previous[run].seconds) / (build.briefings - previous.briefings), 3);
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
  const largest = builds.reduce((most, build) => (build.briefings > most.briefings ? build : most));
  const seconds = round((performance.now() - benchStarted) / 1000, 1);
  console.log(JSON.stringify({ url: `/${PAGE}`, budget, page, lighthouse: { formFactor: 'mobile', ...lighthouseResult }, builds, perBriefing, targets: targets(largest, seconds) }, null, 2));
} finally {
  await brotliServer.close();
  await gzipServer.close();
}
