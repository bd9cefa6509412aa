/**
 * The bad-input corpus: every `tests/bad-input/<case>.md` is `valid.md` with one defect, and says
 * in `# expect:` lines (right after its opening `---`; ASCII on line 2 where the file is not
 * UTF-8 or its YAML does not parse; first lines for the file with no frontmatter) the problems
 * the build must print for it, each as `<field>[ (id "<id>")]: <start of the message>`.
 *
 * Building each case alone would take ~2.5 s apiece, so the cases share two builds. The loader
 * reports in two phases, every file at once in each:
 *
 *   1. before loading — UTF-8, YAML, the schema, an empty body — and a problem here stops the
 *      build before anything renders;
 *   2. while rendering — selectors, crossing spans, raw HTML, unsafe links — collected from all
 *      the rendered files.
 *
 * Build 1 holds every case: it stops in phase 1 and reports exactly the cases caught before
 * loading. Build 2 holds the cases build 1 did not report (and valid.md, which must stay quiet):
 * with no phase-1 problem left, it renders them all and reports them in phase 2. The split is
 * deterministic — the same files give the same two builds — and needs no list to keep up to
 * date; each case's name then says which build must have reported it: `selector-…` and
 * `body-…` cases test the rendered body (phase 2), every other case the file and its
 * frontmatter (phase 1). A case in neither build's report was accepted silently.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSite, projectCopy, ROOT, type BuildResult } from '../helpers/site';

const CORPUS = `${ROOT}tests/bad-input/`;
const VALID = 'valid.md';

/** Cases whose defect only the rendered body shows (phase 2); every other case is phase 1. */
const RENDERED = /^(selector|body)-/;

interface Case {
  name: string;
  bytes: Buffer;
  /** The `# expect:` lines: problem lines as the build prints them after `  - `, or their start. */
  expects: string[];
  phase: 1 | 2;
}

// Read as bytes and written as bytes, so that the not-UTF-8 case reaches the build unchanged; its
// `# expect:` line is ASCII, so decoding it leniently here still reads it.
const cases: Case[] = readdirSync(CORPUS)
  .filter((name) => name.endsWith('.md') && name !== VALID)
  .sort()
  .map((name) => {
    const bytes = readFileSync(join(CORPUS, name));
    const expects = [...bytes.toString('utf8').matchAll(/^# expect: (.+)$/gm)].map((match) => (match[1] ?? '').trimEnd());
    return { name, bytes, expects, phase: RENDERED.test(name) ? 2 : 1 };
  });

/** A problem line: `  - <field>[ (id "<id>")]: <what is wrong and how to fix it>`. */
const PROBLEM = /^ {2}- ([^\s(:]+)(?: \(id "([^"]*)"\))?: (.+)$/;

/** An expectation: a field, perhaps an id, then the start of the message. */
const EXPECTATION = /^[^\s(:]+(?: \(id "[^"]*"\))?: \S/;

/**
 * A fix: an imperative opening the message or one of its clauses ("…: add it", "…; remove the
 * link or fix its address", "…. Copy the span", "…, rename one"). "It must be text" says what
 * is wrong, not what to write.
 */
const FIX = /(?:^|[:;.,(])\s*(?:(?:or|and|then)\s+)?(?:add|use|remove|delete|copy|write|fix|save|put|quote|check|keep|make|mark|widen|narrow|anchor|list|rename|drop|start|pick|replace|change|give|move|split|set)\b/i;

const STACK_TRACE = /\n\s+at |Stack trace/;

interface Report {
  /** `content/briefings/<name>.md: N problem(s)`. */
  heading: string;
  count: number;
  /** The problems, each `  - <field>…: <message>`; a message that holds a line break keeps it. */
  problems: string[];
}

const HEADING = /content\/briefings\/([^\s/:]+\.md): (\d+) problems?\n/g;

/**
 * Every file's report in a build's output, by file name (a list, so that a repeat shows). A
 * report runs from its heading to the next heading, a build log line or the end; it is cut into
 * problems where a line starts with `  - `, so that a message broken over lines stays whole.
 */
function reportsIn(output: string): Map<string, Report[]> {
  const reports = new Map<string, Report[]>();
  const headings = [...output.matchAll(HEADING)];
  headings.forEach((match, index) => {
    const [heading = '', name = '', count = '0'] = match;
    const start = match.index + heading.length;
    const next = headings[index + 1]?.index ?? output.length;
    const text = output.slice(start, next).split(/\n(?=\d\d:\d\d:\d\d )/)[0]?.trimEnd() ?? '';
    const problems = text.split(/\n(?= {2}- )/).filter((problem) => problem !== '');
    reports.set(name, [...(reports.get(name) ?? []), { heading: heading.trimEnd(), count: Number(count), problems }]);
  });
  return reports;
}

interface Build extends BuildResult {
  reports: Map<string, Report[]>;
}

const copies: string[] = [];

/** Builds a throwaway copy of the project whose briefings are exactly `files`, byte for byte. */
function build(files: { name: string; bytes: Buffer }[]): Build {
  const root = projectCopy({});
  copies.push(root);
  for (const { name, bytes } of files) writeFileSync(join(root, 'content/briefings', name), bytes);
  const result = buildSite(root);
  return { ...result, reports: reportsIn(result.output) };
}

const valid = { name: VALID, bytes: readFileSync(join(CORPUS, VALID)) };
const builds = new Map<1 | 2, Build>();

/** Build 1 or 2 (see the top of this file); beforeAll has run both. */
function built(phase: 1 | 2): Build {
  const found = builds.get(phase);
  if (!found) throw new Error(`build ${phase} did not run`);
  return found;
}

beforeAll(() => {
  builds.set(1, build(cases));
  builds.set(2, build([valid, ...cases.filter(({ name }) => !built(1).reports.has(name))]));
});

afterAll(() => {
  for (const root of copies.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** Every report of one file, with the build that printed it. */
const reportsOf = (name: string): { phase: 1 | 2; report: Report }[] =>
  ([1, 2] as const).flatMap((phase) => (built(phase).reports.get(name) ?? []).map((report) => ({ phase, report })));

describe('the bad-input corpus', () => {
  test('holds at least 30 bad files, each stating the problems it must produce', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
    for (const { name, expects } of cases) {
      expect(expects.length, `${name} has no "# expect:" line`).toBeGreaterThan(0);
      for (const expected of expects) expect(expected, `${name}: an expectation names a field, then the message`).toMatch(EXPECTATION);
    }
  });

  test('valid.md, alone, builds: the failures below are the defects', () => {
    const { status, output } = build([valid]);
    expect(status, output).toBe(0);
    expect(output).not.toMatch(STACK_TRACE);
  });

  test('both builds fail, without a stack trace', () => {
    for (const phase of [1, 2] as const) {
      const { status, output } = built(phase);
      expect(status, output).not.toBe(0);
      expect(output).not.toMatch(STACK_TRACE);
    }
  });

  test('no bad file is accepted silently: every one is reported', () => {
    const reported = cases.filter(({ name }) => reportsOf(name).length > 0);
    expect(cases.filter((entry) => !reported.includes(entry)).map(({ name }) => name)).toEqual([]);
    expect(reported).toHaveLength(cases.length);
  });

  test('valid.md is not reported, even built alongside the render-phase cases', () => {
    expect(built(2).reports.has(VALID)).toBe(false);
  });
});

describe.each(cases)('$name', ({ name, expects, phase }) => {
  /** The file's one report; a test that needs it is skipped when there is none (the first test fails then). */
  const reportOr = (skip: (condition: boolean, note?: string) => void): Report => {
    const found = reportsOf(name);
    skip(found.length !== 1, `content/briefings/${name} is reported ${found.length} times, not once`);
    return (found[0] as { report: Report }).report;
  };

  test(`fails the build and is reported once, ${phase === 1 ? 'before loading (phase 1)' : 'while rendering (phase 2)'}`, () => {
    const found = reportsOf(name);
    expect(found.map((entry) => entry.phase), `in which builds content/briefings/${name} is reported`).toEqual([phase]);
    expect(built(phase).status).not.toBe(0);
    const { heading, count, problems } = (found[0] as { report: Report }).report;
    expect(heading).toBe(`content/briefings/${name}: ${count} problem${count === 1 ? '' : 's'}`);
    expect(problems.length, problems.join('\n')).toBe(count);
  });

  test('prints each problem on one line', ({ skip }) => {
    for (const problem of reportOr(skip).problems) expect(problem, 'a line break inside the message splits the problem over lines').not.toContain('\n');
  });

  test('prints each expected problem, field first', ({ skip }) => {
    const { problems } = reportOr(skip);
    for (const expected of expects) {
      expect(problems.some((problem) => problem.startsWith(`  - ${expected}`)), `no problem starts with "  - ${expected}" in:\n${problems.join('\n')}`).toBe(true);
    }
  });

  test('every problem names its field and says how to fix it', ({ skip }) => {
    for (const problem of reportOr(skip).problems) {
      const [, field, , message = ''] = PROBLEM.exec(problem.replaceAll('\n', ' ')) ?? [];
      expect(field, `not a "  - <field>: <message>" line: ${problem}`).toBeDefined();
      expect(message, `says what is wrong but not how to fix it: ${problem}`).toMatch(FIX);
    }
  });
});
