import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { corpusSlugs, evaluateCorpus, readGold, table } from '../eval/scaffold';
import { KIND_LABELS, KINDS, pairUp, precision, recall, scoreBriefing, spansMatch, type Analysis } from '../eval/score';
import { ROOT } from '../helpers/site';

describe('spansMatch: an overlap of at least half the longer span', () => {
  test.each([
    { a: [0, 10], b: [0, 10], expected: true },
    { a: [0, 10], b: [5, 10], expected: true },
    { a: [0, 10], b: [6, 10], expected: false },
    { a: [0, 10], b: [5, 20], expected: false },
    { a: [0, 10], b: [10, 20], expected: false },
    { a: [2, 8], b: [0, 12], expected: true },
  ])('[$a] and [$b] → $expected', ({ a, b, expected }) => {
    expect(spansMatch({ start: a[0] as number, end: a[1] as number }, { start: b[0] as number, end: b[1] as number })).toBe(expected);
  });
});

test('pairUp pairs one to one, the best scoring pair first', () => {
  // Two proposals for gold 0, the second better; gold 1 can only take the first.
  const scores: Record<string, number> = { '0-0': 3, '0-1': 5, '1-0': 2 };
  expect(pairUp([0, 1], [0, 1], (g, p) => scores[`${g}-${p}`] ?? 0)).toBe(2);
  // One proposal and two gold annotations it matches: one pair.
  expect(pairUp([0, 1], [0], () => 1)).toBe(1);
});

describe('scoreBriefing on a small article scored by hand', () => {
  const paragraphs = ['قال أحمد علي إن الوزارة سترفع الأجور 10 بالمئة الشهر المقبل.', 'وأضاف: «القرار نهائي».'];
  const gold: Analysis = {
    actors: [
      { id: 'ahmed-ali', kind: 'person', mentions: [{ exact: 'أحمد علي' }] },
      { id: 'ministry', kind: 'organization', mentions: [{ exact: 'الوزارة' }] },
    ],
    quotes: [
      { id: 'raise', speaker: 'ahmed-ali', exact: 'الوزارة سترفع الأجور 10 بالمئة الشهر المقبل' },
      { id: 'final', speaker: 'ahmed-ali', exact: '«القرار نهائي»' },
    ],
    figures: [{ id: 'raise', value: 10, mentions: [{ exact: '10 بالمئة' }] }],
    dates: [{ id: 'next-month', date: '2026-01', precision: 'month', mentions: [{ exact: 'الشهر المقبل' }] }],
  };
  const proposed: Analysis = {
    actors: [
      // Spills into «إن»: 8 of 11 characters shared, still a match.
      { id: 'ahmed-ali', kind: 'person', mentions: [{ exact: 'أحمد علي إن' }] },
      // The ministry, as a person: a wrong person, and a missed organisation.
      { id: 'al-wizara', kind: 'person', mentions: [{ exact: 'الوزارة' }] },
    ],
    quotes: [
      // Under half of the gold span: not the quote.
      { id: 'q1', speaker: 'ahmed-ali', exact: 'الوزارة سترفع الأجور' },
      // The right span, the wrong speaker: found, not right.
      { id: 'q2', speaker: 'al-wizara', exact: '«القرار نهائي»' },
    ],
    figures: [
      { id: 'f1', value: 10, mentions: [{ exact: '10 بالمئة' }] },
      { id: 'f2', value: 5, mentions: [{ exact: 'الأجور' }] },
    ],
    dates: [{ id: 'd1', date: '2026-01', precision: 'month', mentions: [{ exact: 'الشهر المقبل' }] }],
  };
  const siteActorIds = new Set(['ahmed-ali']);

  test('with the publication date given', () => {
    expect(scoreBriefing(paragraphs, gold, proposed, { dated: true, siteActorIds })).toEqual({
      quotes: { gold: 2, proposed: 2, matched: 0 },
      quotesFound: { gold: 2, proposed: 2, matched: 1 },
      persons: { gold: 1, proposed: 2, matched: 1 },
      organizations: { gold: 1, proposed: 0, matched: 0 },
      figures: { gold: 1, proposed: 2, matched: 1 },
      datesFound: { gold: 1, proposed: 1, matched: 1 },
      datesResolved: { gold: 1, proposed: 1, matched: 1 },
      actorsReused: { gold: 1, proposed: 1, matched: 1 },
    });
  });

  test('without it, dates resolved are not scored; a wrong precision is not resolved', () => {
    expect(scoreBriefing(paragraphs, gold, proposed, { dated: false, siteActorIds }).datesResolved).toEqual({ gold: 0, proposed: 0, matched: 0 });
    const approximate: Analysis = { ...proposed, dates: [{ id: 'd1', date: '2026-01', precision: 'approximate', mentions: [{ exact: 'الشهر المقبل' }] }] };
    const scores = scoreBriefing(paragraphs, gold, approximate, { dated: true, siteActorIds });
    expect(scores.datesResolved).toEqual({ gold: 1, proposed: 1, matched: 0 });
    expect(scores.datesFound).toEqual({ gold: 1, proposed: 1, matched: 1 });
  });

  test('the speaker is right by id, or by a matching mention under another id', () => {
    const renamed: Analysis = { ...proposed, actors: [{ id: 'speaker-1', kind: 'person', mentions: [{ exact: 'أحمد علي' }] }], quotes: [{ id: 'q2', speaker: 'speaker-1', exact: '«القرار نهائي»' }] };
    expect(scoreBriefing(paragraphs, gold, renamed, { dated: true, siteActorIds }).quotes).toEqual({ gold: 2, proposed: 1, matched: 1 });
  });

  test('a selector that does not resolve is an error naming it', () => {
    expect(() => scoreBriefing(paragraphs, gold, { quotes: [{ id: 'q', speaker: 'x', exact: 'ليس في النص' }] }, { dated: true, siteActorIds })).toThrow(/proposed quotes\[0\]/);
  });

  test('precision and recall', () => {
    expect(precision({ gold: 4, proposed: 2, matched: 1 })).toBe(0.5);
    expect(recall({ gold: 4, proposed: 2, matched: 1 })).toBe(0.25);
    expect(precision({ gold: 4, proposed: 0, matched: 0 })).toBeNull();
  });
});

describe('the evaluation of the corpus', () => {
  test('scores every article against its gold, counting what the gold files hold', async () => {
    const evaluation = await evaluateCorpus();
    expect(evaluation.articles.map((article) => article.slug)).toEqual(corpusSlugs());
    for (const article of evaluation.articles) {
      const gold = readGold(article.slug);
      const { scores } = article;
      expect(scores.quotes.gold, article.slug).toBe(gold.quotes?.length ?? 0);
      expect(scores.persons.gold + scores.organizations.gold, article.slug).toBe(gold.actors?.length ?? 0);
      expect(scores.figures.gold, article.slug).toBe((gold.figures ?? []).filter((figure) => (figure.mentions ?? []).length > 0).length);
      expect(scores.datesFound.gold, article.slug).toBe((gold.dates ?? []).filter((date) => (date.mentions ?? []).length > 0).length);
      expect(article.date !== undefined, article.slug).toBe(gold.source.published.basis === 'stated');
      for (const kind of KINDS) expect(scores[kind].matched, `${article.slug} ${kind}`).toBeLessThanOrEqual(Math.min(scores[kind].gold, scores[kind].proposed));
    }
    const printed = table(evaluation);
    for (const kind of KINDS) expect(printed).toContain(KIND_LABELS[kind]);
  });

  test('npm run eval:scaffold prints the table, then the same totals as JSON', () => {
    const run = spawnSync(process.execPath, [`${ROOT}node_modules/tsx/dist/cli.mjs`, 'tests/eval/scaffold.ts'], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const json = JSON.parse(run.stdout.slice(run.stdout.indexOf('\n{') + 1)) as { articles: unknown[]; total: Record<string, { gold: number }> };
    expect(json.articles).toHaveLength(corpusSlugs().length);
    for (const kind of KINDS) {
      const row = run.stdout.split('\n').find((line) => line.startsWith(KIND_LABELS[kind]));
      expect(row?.trim().split(/\s{2,}/)[1], kind).toBe(String(json.total[kind]?.gold));
    }
  });
});
