import { z } from 'astro/zod';
import { actorSchema } from './actor';
import { daySchema } from './calendar-date';
import { list, oneOf, record, text } from './fields';
import { DIGITS } from '../lib/digits';
import { eventSchema } from './event';
import { figureSchema } from './figure';
import { quoteSchema } from './quote';
import { sourceSchema } from './source';

/** One briefing's frontmatter: the analysis of the article that is its body. */
export const briefingSchema = record({
    /** The article's headline, verbatim. */
    title: text(),
    /** The analyst's one or two sentences, in Arabic. */
    summary: text(),
    /** When the briefing was published on this site (the feed's pubDate). */
    published: daySchema,
    /** Where the article comes from, as far as is known. */
    source: sourceSchema,
    /** Everyone the article names or quotes. */
    actors: list(actorSchema).min(1, 'is empty: a briefing names at least one actor'),
    /** Who said what. */
    quotes: list(quoteSchema).default([]),
    /** The numbers the article claims, and any the site derives. */
    figures: list(figureSchema).default([]),
    /** The events of the annotated timeline. */
    dates: list(eventSchema).default([]),
    /** The digits the analysis shows numbers and dates in, when not those the body is written in. */
    digits: oneOf(DIGITS).optional(),
  })
  .superRefine((briefing, context) => {
    for (const issue of referenceIssues(briefing)) context.addIssue({ code: 'custom', ...issue });
  });

export type Briefing = z.infer<typeof briefingSchema>;

interface ReferenceIssue {
  path: (string | number)[];
  message: string;
}

/** Everything that points at an id must find it, and ids must be unique across the briefing. */
function referenceIssues(briefing: Briefing): ReferenceIssue[] {
  const issues: ReferenceIssue[] = [];
  const lists = { actors: briefing.actors, quotes: briefing.quotes, figures: briefing.figures, dates: briefing.dates };
  const seen = new Map<string, string>();
  for (const [list, items] of Object.entries(lists)) {
    items.forEach((item, index) => {
      const aliases = 'aliases' in item ? item.aliases : [];
      for (const [id, path] of [[item.id, [list, index, 'id']] as const, ...aliases.map((alias, at) => [alias, [list, index, 'aliases', at]] as const)]) {
        const first = seen.get(id);
        if (first) issues.push({ path: [...path], message: `"${id}" is already the id of ${first}: ids (aliases included) must be unique in a briefing, rename one` });
        else seen.set(id, `${list}[${index}]`);
      }
    });
  }

  for (const [list, items] of Object.entries(lists)) {
    items.forEach((item, index) => {
      if (item.proposed) issues.push({ path: [list, index, 'proposed'], message: `marks "${item.id}" as a proposal of npm run new: check it against the text, then delete this line to confirm it, or delete the annotation` });
    });
  }

  const actorIds = briefing.actors.map((actor) => actor.id);
  briefing.quotes.forEach((quote, index) => {
    for (const field of ['speaker', 'via'] as const) {
      const id = quote[field];
      if (id !== undefined && !actorIds.includes(id)) {
        issues.push({ path: ['quotes', index, field], message: `names "${id}", which is not an actor id: use one of ${actorIds.join(', ')}, or add the actor` });
      }
    }
  });

  const figures = new Map(briefing.figures.map((figure) => [figure.id, figure]));
  briefing.figures.forEach((figure, index) => {
    const references = { partOf: figure.partOf, 'derived.minuend': figure.derived?.minuend, 'derived.subtrahend': figure.derived?.subtrahend };
    for (const [field, id] of Object.entries(references)) {
      if (id !== undefined && !figures.has(id)) {
        issues.push({ path: ['figures', index, ...field.split('.')], message: `names "${id}", which is not a figure id: use one of ${[...figures.keys()].join(', ')}` });
      }
    }
    const whole = figure.partOf === undefined ? undefined : figures.get(figure.partOf);
    if (whole && figure.value > whole.value) {
      issues.push({ path: ['figures', index, 'value'], message: `${figure.value} is larger than ${whole.value}, the value of "${whole.id}" it is part of: check both numbers or drop partOf` });
    }
    if (partOfCycle(figure.id, figures)) {
      issues.push({ path: ['figures', index, 'partOf'], message: `leads back to "${figure.id}": a figure cannot be part of itself, remove one partOf of the cycle` });
    }
    const minuend = figure.derived && figures.get(figure.derived.minuend);
    const subtrahend = figure.derived && figures.get(figure.derived.subtrahend);
    if (minuend && subtrahend && figure.value !== minuend.value - subtrahend.value) {
      issues.push({ path: ['figures', index, 'value'], message: `is ${figure.value}, but ${minuend.id} − ${subtrahend.id} = ${minuend.value - subtrahend.value}: fix the value or the derivation` });
    }
  });
  return issues;
}

function partOfCycle(start: string, figures: Map<string, { partOf?: string | undefined }>): boolean {
  const visited = new Set<string>();
  for (let id = figures.get(start)?.partOf; id !== undefined; id = figures.get(id)?.partOf) {
    if (id === start) return true;
    if (visited.has(id)) return false;
    visited.add(id);
  }
  return false;
}
