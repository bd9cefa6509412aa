/**
 * `npm run eval:scaffold`: runs the scaffold (`scaffoldBriefing`, what `npm run new` runs) on
 * every article of the corpus, tests/fixtures/scaffold/<slug>.txt, and scores its proposals
 * against the gold briefing <slug>.md (the rules are in score.ts). The known actors are those of
 * content/briefings/, as for `npm run new`; when the gold states the article's publication date
 * (`source.published.basis: stated`), the scaffold is given that date, as `--date` would.
 * Prints a table (precision and recall per kind, over the whole corpus), then the same as JSON
 * with each article's counts. It asserts nothing: the numbers are what they are.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { classifyArticle } from '../../src/lib/scaffold/article-lines';
import { bodyOf } from '../../src/lib/scaffold/briefing-text';
import { scaffoldBriefing, type ScaffoldInput } from '../../src/lib/scaffold/proposals';
import { renderedBlocks } from '../../src/lib/scaffold/rendered-text';
import { siteActors } from '../../src/lib/scaffold/site-actors';
import { ROOT, splitBriefing } from '../helpers/site';
import { addScores, KIND_LABELS, KINDS, precision, recall, scoreBriefing, type Analysis, type Scores } from './score';

export const CORPUS = `${ROOT}tests/fixtures/scaffold/`;

/** A gold briefing's frontmatter, as far as the evaluation reads it. */
export interface Gold extends Analysis {
  published: string | Date;
  source: { published: { date: string | Date; basis: 'stated' | 'inferred' } };
}

export interface ArticleScores {
  slug: string;
  /** The publication date the scaffold was given, if the gold states one. */
  date?: string;
  scores: Scores;
}

export interface Evaluation {
  articles: ArticleScores[];
  total: Scores;
}

const isoDate = (value: string | Date): string => (value instanceof Date ? value.toISOString().slice(0, 10) : value);

/** The slugs of the corpus: every article file, in name order. */
export const corpusSlugs = (folder = CORPUS): string[] =>
  readdirSync(folder)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => name.slice(0, -'.txt'.length))
    .sort();

/** A gold briefing: its frontmatter, parsed with a YAML parser independent of the site's loader. */
export function readGold(slug: string, folder = CORPUS): Gold {
  const file = `${folder}${slug}.md`;
  return parse(splitBriefing(readFileSync(file, 'utf8'), file).yaml) as Gold;
}

/** Runs the scaffold on every article of `folder` and scores it against its gold. */
export async function evaluateCorpus(folder = CORPUS): Promise<Evaluation> {
  const known = siteActors(`${ROOT}content/briefings`);
  const siteActorIds = new Set(known.keys());
  const articles: ArticleScores[] = [];
  for (const slug of corpusSlugs(folder)) {
    const gold = readGold(slug, folder);
    const layout = classifyArticle(readFileSync(`${folder}${slug}.txt`, 'utf8'));
    const paragraphs = (await renderedBlocks(bodyOf(layout.paragraphs))).map((block) => block.text);
    const date = gold.source.published.basis === 'stated' ? isoDate(gold.source.published.date) : undefined;
    const input: ScaffoldInput = {
      headline: layout.headline,
      ...(layout.caption !== undefined && { caption: layout.caption }),
      paragraphs,
      today: isoDate(gold.published),
      siteActors: known,
      ...(date !== undefined && { date }),
    };
    const { frontmatter } = scaffoldBriefing(input);
    let scores: Scores;
    try {
      scores = scoreBriefing(paragraphs, gold, frontmatter as Analysis, { dated: date !== undefined, siteActorIds });
    } catch (error) {
      throw new Error(`${folder}${slug}: ${error instanceof Error ? error.message : String(error)}`);
    }
    articles.push({ slug, ...(date !== undefined && { date }), scores });
  }
  return { articles, total: addScores(articles.map((article) => article.scores)) };
}

const percent = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 });
const ratio = (value: number | null): string => (value === null ? '—' : percent.format(value));

/** The corpus totals as a plain-text table. */
export function table(evaluation: Evaluation): string {
  const rows = [
    ['kind', 'gold', 'proposed', 'matched', 'precision', 'recall'],
    ...KINDS.map((kind) => {
      const tally = evaluation.total[kind];
      return [KIND_LABELS[kind], String(tally.gold), String(tally.proposed), String(tally.matched), ratio(precision(tally)), ratio(recall(tally))];
    }),
  ];
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] as string).length))) ?? [];
  const line = (row: string[]): string => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] as number) : cell.padStart(widths[column] as number))).join('  ');
  return [line(rows[0] as string[]), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const evaluation = await evaluateCorpus();
  const dated = evaluation.articles.filter((article) => article.date !== undefined).length;
  console.log(`corpus: ${evaluation.articles.length}, with the publication date given: ${dated}\n\n${table(evaluation)}\n`);
  console.log(JSON.stringify(evaluation, null, 2));
}
