/**
 * `npm run new -- <article.txt> [--slug <slug>]`: turns a raw article file into
 * content/briefings/<slug>.md — the body verbatim, and a frontmatter that proposes the analysis,
 * every annotation marked `proposed: true` for an author to confirm. See HELP for the rules.
 *
 * It reads the clock (for `published`); the build never does. It never overwrites a briefing,
 * and writes nothing unless the file passes the build's own checks but for the proposals.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { firstInvalidLine } from '../lib/briefing-file';
import { isCalendarDate } from '../lib/dates';
import { classifyArticle, CAPTION_MAX_WORDS } from '../lib/scaffold/article-lines';
import { bodyOf, briefingFileText } from '../lib/scaffold/briefing-text';
import { scaffoldBriefing } from '../lib/scaffold/proposals';
import { CLAUSE_MIN_WORDS, QUOTE_MIN_WORDS, SPEAKER_MAX_WORDS } from '../lib/scaffold/quotes';
import { renderedBlocks, renderingDifferences } from '../lib/scaffold/rendered-text';
import { siteActors } from '../lib/scaffold/site-actors';
import { ID } from '../lib/scaffold/transliterate';
import { verifyBriefingFile } from '../lib/scaffold/verify';

const HELP = `usage: npm run new -- <article.txt> [--slug <slug>] [--date YYYY-MM-DD]

Writes content/briefings/<slug>.md from a raw article: UTF-8 text, the headline on the first
line, then the article. The slug defaults to the file's name without extensions; it must be
kebab-case ASCII (a-z, 0-9, single hyphens). An existing briefing is never overwritten.

--date is the article's publication date, when you know it: it is written to source.published
with basis: stated, and the relative dates are resolved from it (see below). Without it the
source's date is today's, a placeholder to infer, and relative dates are placeholders too.

How the lines are read:
  - a line that is empty or only whitespace (spaces, NO-BREAK SPACE, invisible marks) is not
    text: dropped (counted as residue when it is not empty);
  - the first line with text is the headline: the briefing's title, verbatim;
  - right after it, short lines (at most ${CAPTION_MAX_WORDS} words, not ending in . ! ? ؟ … :) are the
    caption of a lead photo: kept once as source.caption; exact repeats dropped;
  - every other line is one paragraph of the body, copied character for character.

What is proposed (each annotation marked proposed: true, its selector resolved and unique):
  - quotes: «…», “…” or "…" of ${QUOTE_MIN_WORDS}+ words (kind direct); the clause after
    <verb of saying> <speaker> أن/إن/بأن, to the end of the sentence (kind reported). Verbs:
    قال أكد أوضح صرح أفاد أضاف ذكر أشار أعلن… with و/ف and feminine/plural endings; the
    speaker is the next words (at most ${SPEAKER_MAX_WORDS}) up to punctuation, a particle or «لصحيفة…»;
    a reported clause needs ${CLAUSE_MIN_WORDS}+ words;
  - actors: every speaker; a title and the name after it (الرئيس، رئيس الوزراء، وزير الخارجية،
    المتحدثة…); known states and organizations (الولايات المتحدة، العراق، البنتاجون، البيت الأبيض،
    الإدارة الأمريكية، التحالف، داعش…), وزارة X, الحكومة/القوات + an adjective of origin;
    short names in «…»; every other occurrence of a name found;
  - figures: a number and the noun it counts (2500 جندى، نحو 3500 جندى أجنبى), نحو/حوالي/قرابة/زهاء
    making it approximate; ordinal rounds (الجولة الرابعة); a week after منذ/خلال (نحو أسبوع);
  - figures: also numbers in Arabic-Indic or Persian digits with ٬ and ٫, in words (ثلاثة آلاف،
    عشرات)، percentages (%، بالمئة، في المائة), both ends of a range (من 300 إلى 800 جندي); the
    unit from the nouns of content/units.json;
  - dates: weekdays (الاثنين/الإثنين…), months (both families of names), years, Hijri dates
    (١٢ ربيع الأول ١٤٤٣هـ, converted by the Umm al-Qura calendar), and relative phrases (أمس،
    اليوم، غدا، بحلول نهاية العام، منذ نحو أسبوع، الأسبوع المقبل، بعد ثلاثة أيام…); the same time
    named twice, or a weekday and the explicit date of that day, is one date with both mentions.
    With --date, each relative phrase gets a real date, a precision and a note saying how: a
    weekday is the last one for a sentence in the past, the next one for the future (سـ، سوف،
    المقرر، يعتزم، المقبل…); a month without a year is the nearest one by the same rule.

Spans may nest but never cross: a later, less trusted one that would cross is dropped and
reported. The build fails until every proposed: true line is checked and deleted.`;

/** Exits with a message for the author; 1 for refused input, 2 for a wrong command line. */
function fail(message: string, code = 1): never {
  console.error(`npm run new: ${message}`);
  process.exit(code);
}

/** `value` as a publication date, or exit 2 saying what is wrong with it. */
function publicationDate(value: string | undefined): string {
  if (value === undefined) fail('--date needs a value: the article\'s publication date as YYYY-MM-DD, e.g. --date 2023-03-14', 2);
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(value) || !isCalendarDate(value)) {
    fail(`--date "${value}" is not a real date: write the article's publication date as YYYY-MM-DD, e.g. --date 2023-03-14 (check that the day exists). Nothing was written.`, 2);
  }
  return value;
}

function parseArguments(argv: string[]): { file: string; slug?: string; date?: string } {
  let file: string | undefined;
  let slug: string | undefined;
  let date: string | undefined;
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index] as string;
    if (argument === '--help' || argument === '-h') {
      console.log(HELP);
      process.exit(0);
    } else if (argument === '--slug') {
      slug = argv[++index];
      if (slug === undefined) fail('--slug needs a value, e.g. --slug my-briefing', 2);
    } else if (argument.startsWith('--slug=')) {
      slug = argument.slice('--slug='.length);
    } else if (argument === '--date') {
      date = publicationDate(argv[++index]);
    } else if (argument.startsWith('--date=')) {
      date = publicationDate(argument.slice('--date='.length));
    } else if (argument.startsWith('-')) {
      fail(`unknown option ${argument}\n\n${HELP}`, 2);
    } else if (file === undefined) {
      file = argument;
    } else {
      fail(`one article at a time: got ${file} and ${argument}`, 2);
    }
  }
  if (file === undefined) fail(`which article?\n\n${HELP}`, 2);
  return { file, ...(slug !== undefined && { slug }), ...(date !== undefined && { date }) };
}

const root = fileURLToPath(new URL('../../', import.meta.url));
const { file, slug: slugOption, date } = parseArguments(process.argv.slice(2));
// npm runs scripts from the project root; the path was typed where npm was run.
const input = resolve(process.env['INIT_CWD'] ?? process.cwd(), file);

let bytes: Uint8Array;
try {
  bytes = readFileSync(input);
} catch (error) {
  fail(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}. Check the path and that the file is readable; nothing was written`, 2);
}
let source: string;
try {
  source = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
} catch {
  fail(`${file} is not UTF-8 text (the first bad byte is on line ${firstInvalidLine(bytes)}): convert it to UTF-8 first, e.g. iconv -f windows-1256 -t utf-8, without changing its characters`);
}

const layout = classifyArticle(source);
if (layout.paragraphs.length === 0) {
  fail(`${file} has no paragraphs: after the headline${layout.caption ? ' and the caption' : ''} there is no line of text. An article file has its headline on the first line and one paragraph per line after it`);
}

const slug = slugOption ?? basename(input).replace(/\..*$/u, '').toLowerCase();
if (!ID.test(slug)) fail(`"${slug}" is not a usable slug: it becomes the URL, so it must be kebab-case ASCII (a-z, 0-9, single hyphens). Pass one with --slug`, 2);
const target = `${root}content/briefings/${slug}.md`;
const shown = relative(root, target);
const refuseToOverwrite = (): never => fail(`${shown} exists already: refusing to overwrite it. Choose another --slug, or move the existing briefing away first`);
if (existsSync(target)) refuseToOverwrite();

const blocks = await renderedBlocks(bodyOf(layout.paragraphs));
const rendering = renderingDifferences(layout.paragraphs, blocks);
if (rendering.errors.length > 0) {
  fail(`the site would not show ${file} as written, and the body must be the article verbatim:\n${rendering.errors.map((error) => `  - ${error}`).join('\n')}\nNothing was written.`);
}
const rendered = blocks.map((block) => block.text);

const today = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
const scaffold = scaffoldBriefing({ headline: layout.headline, ...(layout.caption !== undefined && { caption: layout.caption }), paragraphs: rendered, today, ...(date !== undefined && { date }), siteActors: siteActors(dirname(target)) });
const text = briefingFileText(scaffold.frontmatter, scaffold.comments, layout.paragraphs);

const verification = verifyBriefingFile(text, layout.paragraphs, rendered);
if (verification.problems.length > 0) {
  fail(`the proposed ${shown} would not pass the build's checks (a bug in npm run new; nothing was written):\n${verification.problems.map((problem) => `  - ${problem}`).join('\n')}`);
}

try {
  mkdirSync(dirname(target), { recursive: true });
  // 'wx': fail if the file exists, even if it appeared since the check above.
  writeFileSync(target, text, { flag: 'wx' });
} catch (error) {
  if ((error as NodeJS.ErrnoException).code === 'EEXIST') refuseToOverwrite();
  throw error;
}

// — What was written, and what is left to do —
const lines = (kind: string): string => layout.lines.filter((line) => line.kind === kind).map((line) => line.line + 1).join(', ');
const { report } = scaffold;
const section = (title: string, entries: string[]): string => (entries.length === 0 ? '' : `\n${title}\n${entries.map((entry) => `  - ${entry}`).join('\n')}\n`);
const clip = (value: string, length = 70): string => (value.length > length ? `${value.slice(0, length)}…` : value);
const frontmatter = scaffold.frontmatter as {
  quotes: { id: string; kind: string; speaker: string; exact: string }[];
  figures: { id: string; value: number; approximate: boolean; mentions: { exact: string }[] }[];
  dates: { id: string; kind: string; date: string; precision: string; mentions: { exact: string }[] }[];
  actors: { id: string; kind: string; name: { ar: string } }[];
};

console.log(`Wrote ${shown} from ${relative(process.env['INIT_CWD'] ?? process.cwd(), input) || file}
  title    the headline (line ${lines('headline')})
  caption  ${layout.caption ? `«${layout.caption}» (line ${lines('caption')}${lines('caption-repeat') ? `; repeated on line ${lines('caption-repeat')}, kept once` : ''})` : 'none'}
  body     ${layout.paragraphs.length} paragraphs, verbatim (lines ${layout.paragraphLines.map((line) => line + 1).join(', ')})
  dropped  ${layout.lines.filter((line) => line.kind === 'residue').length} residue lines of whitespace only${lines('residue') ? ` (lines ${lines('residue')})` : ''}

Proposed, each marked proposed: true:
  actors   ${report.counts.actors}
  quotes   ${report.counts.quotes.direct + report.counts.quotes.reported} (${report.counts.quotes.direct} direct, ${report.counts.quotes.reported} reported)
  figures  ${report.counts.figures}
  dates    ${report.counts.dates}
${section('Quotes:', frontmatter.quotes.map((entry) => `${entry.id} (${entry.kind}, speaker ${entry.speaker}): ${clip(entry.exact)}`))}${section(
  'Figures:',
  frontmatter.figures.map((entry) => `${entry.id}: ${entry.value}${entry.approximate ? ' (approximate)' : ''} — ${entry.mentions.map((mention) => `«${mention.exact}»`).join(', ')}`),
)}${section('Dates:', frontmatter.dates.map((entry) => `${entry.id} (${entry.kind}, ${entry.date}, ${entry.precision}): ${entry.mentions.map((mention) => `«${mention.exact}»`).join(', ')}`))}${section(
  'Actors:',
  frontmatter.actors.map((entry) => `${entry.id} (${entry.kind}): ${entry.name.ar}`),
)}${section('Warnings:', [...rendering.warnings, ...layout.lines.flatMap((line) => (line.flag ? [`line ${line.line + 1}: ${line.flag}`] : []))])}${section('Look twice at:', report.flags)}${section(
  'Not proposed:',
  report.dropped,
)}${section('TODO — write over these placeholders:', report.todo)}
The build fails until every proposed: true line and every TODO: placeholder is gone (${verification.proposals.length} now):
check each proposal against the text, then delete its proposed: true line to confirm it, or delete
the proposal; write the real value over each placeholder.
Then run npm run anchors and commit content/anchors.json.`);
