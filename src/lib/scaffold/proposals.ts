/**
 * A briefing's frontmatter proposed from its body: every actor, quote, figure and date the
 * finders see, each marked `proposed: true`, each selector resolved against the body text and
 * made unique. What cannot be anchored safely is left out and said so:
 *
 * - spans are placed in order of trust — direct quotes, reported quotes, the speakers' names,
 *   figures, dates, other actors — and a span that would cross one already placed is dropped
 *   (spans may nest, never cross: the build rejects that);
 * - a span no selector can single out within its paragraph is dropped, and so is a quote no
 *   URL text fragment can single out (the build requires one);
 * - an actor left with no mention is dropped, with the quotes it speaks.
 */
import type { Selector } from '../../schemas/selector';
import { BLOCK_SEPARATOR, crosses, type Span } from '../selectors';
import { directiveFinder } from '../text-fragment';
import { findOrganizations, findTitledPeople, nameKey, occurrencesOf, speakerActor, type ActorFinding, type ActorKind } from './actors';
import { findDates, type DateFinding, type DateKind } from './dates';
import { resolveDate, type Resolved } from './resolve-dates';
import { findFigures, type FigureFinding } from './figures';
import { spellingIndex, type SiteActorDefinition } from './gazetteer';
import { UNITS_FILE } from '../units';
import { findQuotes, type Saying } from './quotes';
import { idFor, IdRegistry } from './transliterate';
import { uniqueSelector } from './unique-selector';
import { PLACEHOLDER_PREFIX } from '../../schemas/fields';

export type { SiteActorDefinition } from './gazetteer';

/** What the author must write over: the schema refuses them (they start with PLACEHOLDER_PREFIX), so a reader never sees them. */
export const PLACEHOLDERS = {
  summary: `${PLACEHOLDER_PREFIX} اكتب هنا خلاصة التحليل`,
  sourceNote:
    `${PLACEHOLDER_PREFIX} لم يُحدَّد تاريخ نشر المقال بعد: التاريخ المكتوب هنا هو يوم تشغيل npm run new، لا تاريخ المقال. استنتجه من النص (عباراته الزمنية النسبية) أو من مصدر موثوق، واكتب هنا كيف استنتجته، أو اجعل basis: stated إن ذكره المصدر صراحة.`,
  englishName: `${PLACEHOLDER_PREFIX} English name`,
} as const;

/** The note on a publication date the author gave with --date. */
export const STATED_NOTE = 'تاريخ نشر الخبر كما يذكره مصدره، أعطاه المحرر عند إنشاء الموجز (npm run new --date)؛ ومنه حُسبت التواريخ النسبية.';


export interface ScaffoldReport {
  counts: { actors: number; quotes: { direct: number; reported: number }; figures: number; dates: number };
  /** What the author must fill in. */
  todo: string[];
  /** Proposals to look at twice, and why. */
  flags: string[];
  /** Proposals left out, and why. */
  dropped: string[];
}

/** A YAML comment to put after the value at `path`. */
export interface Comment {
  path: (string | number)[];
  text: string;
}

export interface Scaffold {
  frontmatter: Record<string, unknown>;
  comments: Comment[];
  report: ScaffoldReport;
}

export interface ScaffoldInput {
  headline: string;
  caption?: string;
  paragraphs: string[];
  /** Today, `YYYY-MM-DD`: the briefing's `published`, and the placeholder for the source's date. */
  today: string;
  /**
   * The article's publication date, `YYYY-MM-DD`, when the author knows it: written as stated,
   * and the date every relative phrase (أمس، الاثنين، الشهر المقبل…) is resolved from.
   */
  date?: string;
  /**
   * Actors other briefings define already, by id (the gazetteer, see gazetteer.ts). An actor id
   * names one actor across the site (the build refuses two definitions of one id), so an actor
   * named in one of their spellings is proposed under that id, with its name, kind and Wikidata
   * item from there.
   */
  siteActors?: ReadonlyMap<string, SiteActorDefinition>;
}

interface ActorDraft {
  key: string;
  name: string;
  kind: ActorKind;
  role?: string;
  known?: { id: string; en: string };
  /** True while the actor is named only by another name (a capital for its state). */
  alias?: boolean;
  mentions: Mention[];
  speaker: boolean;
  id?: string;
}

interface QuoteDraft {
  kind: 'direct' | 'reported';
  mention: Mention;
  speaker: ActorDraft;
  via?: ActorDraft;
  id?: string;
}

interface FigureDraft {
  value: number;
  unit?: string;
  approximate: boolean;
  nouns: string[];
  mentions: Mention[];
  partOf?: FigureDraft;
  id?: string;
}

interface DateDraft {
  finding: DateFinding;
  /** The date the phrase names, when the text states it or `date` resolves it. */
  resolved?: Resolved;
  kinds: Set<DateKind>;
  mentions: Mention[];
  id?: string;
}

/** One span of the body an annotation claims, and what became of it. */
interface Mention {
  span: Span;
  paragraph: number;
  /** Lower goes first: see the module comment. */
  priority: number;
  what: string;
  selector?: Selector;
}

const PRIORITY = { direct: 0, reported: 1, speaker: 2, figure: 3, date: 4, actor: 5 } as const;

const onlyOne = <T>(items: T[]): T | undefined => (items.length === 1 ? items[0] : undefined);
/** True when one name is the other's first name alone («ناصر», «ناصر المحمد الصباح»), either way round. */
const firstNameOf = (a: string[], b: string[]): boolean => (a.length === 1) !== (b.length === 1) && a[0] === b[0];
const contains = (outer: Span, inner: Span): boolean => outer.start <= inner.start && inner.end <= outer.end;
const quote = (text: string): string => `«${text.trim()}»`;

/** Proposes the frontmatter of a briefing whose body is `paragraphs`. */
export function scaffoldBriefing(input: ScaffoldInput): Scaffold {
  const { paragraphs } = input;
  const text = paragraphs.join(BLOCK_SEPARATOR);
  const offsets: number[] = [];
  paragraphs.reduce((offset, paragraph) => (offsets.push(offset), offset + paragraph.length + BLOCK_SEPARATOR.length), 0);
  const global = (paragraph: number, span: Span): Span => ({ start: (offsets[paragraph] as number) + span.start, end: (offsets[paragraph] as number) + span.end });
  const slice = (span: Span): string => text.slice(span.start, span.end);
  const report: ScaffoldReport = { counts: { actors: 0, quotes: { direct: 0, reported: 0 }, figures: 0, dates: 0 }, todo: [], flags: [], dropped: [] };

  // — Actors, merged as they are found —
  const actors: ActorDraft[] = [];
  const mention = (paragraph: number, span: Span, priority: number, what: string): Mention => ({ span: global(paragraph, span), paragraph, priority, what });

  const siteActors = input.siteActors ?? new Map<string, SiteActorDefinition>();
  const bySpelling = spellingIndex(siteActors);
  /** The site actor a name is a spelling of, if any: it outranks the lexicon's known actors. */
  const identified = (finding: ActorFinding, key: string): ActorFinding => {
    const id = bySpelling.get(key);
    const defined = id === undefined ? undefined : siteActors.get(id);
    return id !== undefined && defined ? { ...finding, kind: defined.kind, known: { id, en: defined.name.en } } : finding;
  };

  function addActor(paragraph: number, found: ActorFinding, priority: number): ActorDraft {
    const span = global(paragraph, found.span);
    const name = slice(span);
    const key = nameKey(name);
    const finding = identified(found, key);
    const words = key.split(' ');
    const same =
      actors.find((actor) => actor.key === key) ??
      (finding.known && actors.find((actor) => actor.known?.id === finding.known?.id)) ??
      actors.find((actor) => {
        if (actor.kind !== 'person' || finding.kind !== 'person') return false;
        const theirs = actor.key.split(' ');
        const [shorter, longer] = words.length <= theirs.length ? [words, theirs] : [theirs, words];
        return shorter.length < longer.length && longer.slice(-shorter.length).join(' ') === shorter.join(' ');
      }) ??
      // «مشعل» after «مشعل الأحمد الجابر الصباح»: a first name alone, when only one person has it.
      (finding.kind === 'person' ? onlyOne(actors.filter((actor) => actor.kind === 'person' && firstNameOf(actor.key.split(' '), words))) : undefined) ??
      // «المصدر» after «مصدر بالبنتاجون»: the definite noun takes up the one named before.
      (words.length === 1 && key.startsWith('ال') ? actors.find((actor) => actor.speaker && actor.key.split(' ')[0] === key.slice(2)) : undefined);
    const entry = mention(paragraph, finding.span, priority, `actor ${quote(name)}`);
    if (!same) {
      const actor: ActorDraft = { key, name, kind: finding.kind, mentions: [entry], speaker: priority === PRIORITY.speaker, ...(finding.role && { role: finding.role }), ...(finding.known && { known: finding.known }), ...(finding.alias && { alias: true }) };
      actors.push(actor);
      return actor;
    }
    if (same.key !== key) report.flags.push(`${quote(name)} is taken to be the same actor as ${quote(same.name)}: check it`);
    // «الكاظمي» inside «مصطفى الكاظمي»: one mention of one actor, not two nested.
    if (!same.mentions.some((other) => contains(other.span, entry.span) || contains(entry.span, other.span))) same.mentions.push(entry);
    // The longer name of a person, and a state's own name rather than its capital, name the actor.
    if ((words.length > same.key.split(' ').length && same.kind === 'person') || (same.alias && !finding.alias)) {
      same.name = name;
      same.key = key;
      delete same.alias;
    }
    // «الأمم المتحدة» found as a speaker first, then by name: it is the known actor.
    if (!same.known && finding.known) {
      same.known = finding.known;
      same.kind = finding.kind;
    }
    if (!same.role && finding.role) same.role = finding.role;
    if (priority === PRIORITY.speaker) same.speaker = true;
    return same;
  }

  // — Quotes, in reading order, each with its speaker —
  const quotes: QuoteDraft[] = [];
  let lastSpeaker: ActorDraft | undefined;
  const sayingActors = new Map<Saying, ActorDraft>();
  const quotedNames: { paragraph: number; finding: ActorFinding }[] = [];
  paragraphs.forEach((paragraph, index) => {
    const found = findQuotes(paragraph);
    for (const name of found.names) quotedNames.push({ paragraph: index, finding: { span: name.span, kind: name.media ? 'media' : 'organization' } });
    for (const finding of found.quotes) {
      // A saying with no speaker of its own carries on the one before it in the paragraph.
      const saying = finding.saying?.speaker ? finding.saying : (finding.saying?.continues ?? finding.saying);
      let speaker = saying && sayingActors.get(saying);
      if (!speaker && saying?.speaker) speaker = addActor(index, speakerActor(paragraph, saying.speaker), PRIORITY.speaker);
      speaker ??= lastSpeaker;
      const what = `${finding.kind} quote ${quote(paragraph.slice(finding.span.start, finding.span.end))}`;
      if (!speaker) {
        report.dropped.push(`${what}: no speaker found before it`);
        continue;
      }
      if (saying) sayingActors.set(saying, speaker);
      lastSpeaker = speaker;
      const draft: QuoteDraft = { kind: finding.kind, mention: mention(index, finding.span, PRIORITY[finding.kind], what), speaker };
      // The medium is named with the speaker, and trusted as much.
      if (saying?.via) draft.via = addActor(index, { span: saying.via, kind: 'media' }, PRIORITY.speaker);
      if (finding.flag) report.flags.push(`${what}: ${finding.flag}`);
      if (!saying?.speaker && finding.flag === undefined) report.flags.push(`${what}: its speaker is taken from before it (${quote(speaker.name)}), check it`);
      quotes.push(draft);
    }
  });

  // — Figures, one per value —
  const figures: FigureDraft[] = [];
  const skippedNumbers: string[] = [];
  paragraphs.forEach((paragraph, index) => {
    const { figures: found, skipped } = findFigures(paragraph);
    for (const number of skipped) skippedNumbers.push(`${quote(paragraph.slice(number.span.start, number.span.end))} (${number.reason})`);
    const drafts: { finding: FigureFinding; draft: FigureDraft }[] = [];
    for (const finding of found) {
      const what = `figure ${quote(paragraph.slice(finding.span.start, finding.span.end))}`;
      let draft = figures.find((figure) => figure.value === finding.value && (figure.unit === finding.unit || !figure.unit || !finding.unit));
      if (draft) {
        report.flags.push(`${what} is grouped with the other mention${draft.mentions.length > 1 ? 's' : ''} of ${finding.value}: check they count the same thing`);
        if (draft.approximate !== finding.approximate) report.flags.push(`${what}: ${finding.value} is hedged in one mention and not in another; approximate is set to true`);
        draft.approximate ||= finding.approximate;
        if (!draft.unit && finding.unit) draft.unit = finding.unit;
        draft.nouns.push(finding.noun);
        draft.mentions.push(mention(index, finding.span, PRIORITY.figure, what));
      } else {
        draft = { value: finding.value, approximate: finding.approximate, nouns: [finding.noun], mentions: [mention(index, finding.span, PRIORITY.figure, what)], ...(finding.unit && { unit: finding.unit }) };
        figures.push(draft);
      }
      if (finding.part) {
        const whole = drafts.filter((other) => other.finding.span.end <= finding.span.start && other.finding.value > finding.value).at(-1);
        if (whole) {
          draft.partOf = whole.draft;
          report.flags.push(`${what} follows «بينهم/منهم»: proposed as part of ${whole.finding.value} (partOf), check it`);
        }
      }
      drafts.push({ finding, draft });
    }
  });

  // — Dates, one per time named: one key, or, once resolved, one day —
  const dates: DateDraft[] = [];
  paragraphs.forEach((paragraph, index) => {
    for (const finding of findDates(paragraph)) {
      const what = `date ${quote(paragraph.slice(finding.span.start, finding.span.end))}`;
      const resolved = finding.stated ? { ...finding.stated, how: finding.stated.how ?? '' } : resolveDate(finding.meaning, finding.kind, input.date);
      const sameDay = (other?: Resolved): boolean => resolved?.precision === 'day' && other?.precision === 'day' && other.date === resolved.date;
      const draft = dates.find((date) => date.finding.key === finding.key || sameDay(date.resolved));
      if (draft) {
        draft.kinds.add(finding.kind);
        draft.mentions.push(mention(index, finding.span, PRIORITY.date, what));
        report.flags.push(`${what} is grouped with ${quote(slice((draft.mentions[0] as Mention).span))}: check both name the same day`);
      } else {
        dates.push({ finding, ...(resolved && { resolved }), kinds: new Set([finding.kind]), mentions: [mention(index, finding.span, PRIORITY.date, what)] });
      }
    }
  });

  // — Other actors: the site's known actors, people by their titles, organizations, names in quotation marks —
  const spellings = [...bySpelling.keys()].sort((a, b) => b.length - a.length);
  const siteActorsIn = (paragraph: string): ActorFinding[] => {
    const found: Span[] = [];
    for (const spelling of spellings) {
      for (const span of occurrencesOf(paragraph, spelling)) if (!found.some((other) => other.start < span.end && span.start < other.end)) found.push(span);
    }
    return found.map((span) => identified({ span, kind: 'person' }, nameKey(paragraph.slice(span.start, span.end))));
  };
  paragraphs.forEach((paragraph, index) => {
    const found = [...siteActorsIn(paragraph), ...findTitledPeople(paragraph), ...findOrganizations(paragraph), ...quotedNames.filter((name) => name.paragraph === index).map((name) => name.finding)];
    found.sort((a, b) => a.span.start - b.span.start);
    for (const finding of found) addActor(index, finding, PRIORITY.actor);
  });
  // Every other place an actor's name occurs is a mention too.
  for (const actor of actors) {
    const names = new Set(actor.mentions.map((entry) => slice(entry.span)));
    paragraphs.forEach((paragraph, index) => {
      for (const name of names) {
        for (const span of occurrencesOf(paragraph, name)) {
          const at = global(index, span);
          if (actor.mentions.some((entry) => contains(entry.span, at) || contains(at, entry.span))) continue;
          actor.mentions.push({ span: at, paragraph: index, priority: PRIORITY.actor, what: `actor ${quote(slice(at))}` });
        }
      }
    });
  }

  // — Placing the spans: trusted first; none may cross another or be ambiguous —
  const claims: Mention[] = [...quotes.map((draft) => draft.mention), ...actors.flatMap((actor) => actor.mentions), ...figures.flatMap((figure) => figure.mentions), ...dates.flatMap((date) => date.mentions)];
  claims.sort((a, b) => a.priority - b.priority || a.span.start - b.span.start);
  const placed: Mention[] = [];
  const quoteMentions = new Set(quotes.map((draft) => draft.mention));
  // One finder for every quote's text directive: it reads the paragraphs once.
  const directiveOf = directiveFinder(paragraphs);
  for (const claim of claims) {
    const crossing = placed.find((other) => crosses(other.span, claim.span));
    if (crossing) {
      report.dropped.push(`${claim.what}: it would cross ${crossing.what}`);
      continue;
    }
    const same = placed.find((other) => other.span.start === claim.span.start && other.span.end === claim.span.end && other.priority === claim.priority);
    if (same) {
      report.dropped.push(`${claim.what}: the same span is already ${same.what}`);
      continue;
    }
    const paragraphStart = offsets[claim.paragraph] as number;
    const selector = uniqueSelector(text, claim.span, { start: paragraphStart, end: paragraphStart + (paragraphs[claim.paragraph] as string).length });
    if (!selector) {
      report.dropped.push(`${claim.what}: no prefix or suffix within its paragraph makes it unique`);
      continue;
    }
    if (quoteMentions.has(claim) && !directiveOf(claim.paragraph, { start: claim.span.start - paragraphStart, end: claim.span.end - paragraphStart })) {
      report.dropped.push(`${claim.what}: no URL text fragment lands on it alone`);
      continue;
    }
    claim.selector = selector;
    placed.push(claim);
  }

  // — What survived, with ids —
  const anchored = (entries: Mention[]): Mention[] => entries.filter((entry) => entry.selector).sort((a, b) => a.span.start - b.span.start);
  const keptActors = actors.filter((actor) => anchored(actor.mentions).length > 0);
  for (const actor of actors) if (!keptActors.includes(actor)) report.dropped.push(`actor ${quote(actor.name)}: none of its mentions could be anchored`);
  const keptQuotes = quotes.filter((draft) => {
    if (!draft.mention.selector) return false;
    if (!keptActors.includes(draft.speaker)) {
      report.dropped.push(`${draft.mention.what}: its speaker ${quote(draft.speaker.name)} could not be anchored`);
      return false;
    }
    if (draft.via && !keptActors.includes(draft.via)) delete draft.via;
    return true;
  });
  const keptFigures = figures.filter((figure) => anchored(figure.mentions).length > 0);
  const keptDates = dates.filter((date) => anchored(date.mentions).length > 0);

  const ids = new IdRegistry();
  keptActors.forEach((actor, index) => {
    actor.id = ids.claim(actor.known?.id ?? idFor(actor.name), actor.speaker ? `speaker-${index + 1}` : `actor-${index + 1}`);
  });
  for (const draft of keptQuotes) draft.id = ids.claim(`${draft.speaker.id}-quote`, 'quote');
  for (const figure of keptFigures) figure.id = ids.claim(`${figure.unit ?? 'number'}-${String(figure.value).replace('.', '-')}`, 'figure');
  for (const date of keptDates) date.id = ids.claim(date.finding.id, 'date');

  // — The frontmatter, in the order of the reference —
  const comments: Comment[] = [{ path: ['summary'], text: 'TODO: the analysis in one or two Arabic sentences' }];
  report.todo.push(`summary: replace the placeholder ${quote(PLACEHOLDERS.summary)} with the analysis`);
  if (input.date === undefined) {
    comments.push({ path: ['source', 'published', 'date'], text: "TODO: today, not the article's date: infer it, and say how in the note" });
    report.todo.push(
      `source.published: the date is today's (${input.today}), a placeholder: infer the article's date (or range, with until) and write how in the note; set publisher if the text names one`,
    );
  }

  const year = input.today.slice(0, 4);
  const frontmatter: Record<string, unknown> = {
    title: input.headline,
    summary: PLACEHOLDERS.summary,
    published: input.today,
    source: {
      publisher: null,
      published: input.date === undefined ? { date: input.today, basis: 'inferred', note: PLACEHOLDERS.sourceNote } : { date: input.date, basis: 'stated', note: STATED_NOTE },
      ...(input.caption !== undefined && { caption: input.caption }),
    },
    actors: keptActors.map((actor, index) => {
      const defined = actor.id === undefined ? undefined : siteActors.get(actor.id);
      if (defined) {
        comments.push({ path: ['actors', index, 'name', 'en'], text: 'as other briefings define this id' });
        return {
          id: actor.id,
          proposed: true,
          name: defined.name,
          kind: defined.kind,
          ...(defined.wikidata && { wikidata: defined.wikidata }),
          ...(actor.role && { role: actor.role }),
          mentions: anchored(actor.mentions).map((entry) => entry.selector),
        };
      }
      if (actor.known) {
        comments.push({ path: ['actors', index, 'name', 'en'], text: 'proposed: check it' });
      } else {
        comments.push({ path: ['actors', index, 'name', 'en'], text: 'TODO' });
        report.todo.push(`actors: ${actor.id}: name.en (${quote(actor.name)})`);
      }
      return {
        id: actor.id,
        proposed: true,
        name: { ar: actor.name, en: actor.known?.en ?? PLACEHOLDERS.englishName },
        kind: actor.kind,
        ...(actor.role && { role: actor.role }),
        mentions: anchored(actor.mentions).map((entry) => entry.selector),
      };
    }),
    quotes: keptQuotes.map((draft) => ({
      id: draft.id,
      proposed: true,
      speaker: draft.speaker.id,
      ...(draft.via && { via: draft.via.id }),
      kind: draft.kind,
      ...draft.mention.selector,
    })),
    figures: keptFigures.map((figure, index) => {
      const mentions = anchored(figure.mentions);
      if (!figure.unit) {
        const noun = figure.nouns[0] ?? '';
        comments.push({ path: ['figures', index, 'unit'], text: `TODO: ${quote(noun)} is not a noun of any unit in ${UNITS_FILE}` });
        report.todo.push(`figures: ${figure.id}: ${quote(noun)} is not a noun of any unit in ${UNITS_FILE}: written as troops for now; fix the unit, add the noun or a unit to ${UNITS_FILE}, or delete the figure`);
      }
      report.todo.push(`figures: ${figure.id}: label`);
      return {
        id: figure.id,
        proposed: true,
        value: figure.value,
        unit: figure.unit ?? 'troops',
        label: `اكتب ما يعدّه هذا الرقم (${mentions.map((entry) => quote(slice(entry.span))).join('، ')})`,
        approximate: figure.approximate,
        ...(figure.partOf?.id !== undefined && keptFigures.includes(figure.partOf) && { partOf: figure.partOf.id }),
        mentions: mentions.map((entry) => entry.selector),
      };
    }),
    dates: keptDates.map((date, index) => {
      const mentions = anchored(date.mentions);
      const phrase = quote(slice((mentions[0] as Mention).span));
      const kind: DateKind = date.kinds.has('deadline') ? 'deadline' : date.kinds.has('scheduled') ? 'scheduled' : 'reported';
      if (date.kinds.size > 1) report.flags.push(`date ${date.id}: its mentions read as ${[...date.kinds].join(' and ')}; proposed as ${kind}`);
      const { resolved } = date;
      if (!resolved) {
        comments.push({ path: ['dates', index, 'date'], text: 'TODO: a placeholder: resolve it' });
        report.todo.push(`dates: ${date.id}: date and precision are a placeholder (${year}, approximate): resolve ${phrase}; then title and note`);
      } else {
        if (!date.finding.stated) report.flags.push(`date ${date.id}: ${phrase} resolved to ${resolved.date} (${resolved.precision}) from --date: check it`);
        report.todo.push(`dates: ${date.id}: title and note`);
      }
      return {
        id: date.id,
        proposed: true,
        date: resolved?.date ?? year,
        precision: resolved?.precision ?? 'approximate',
        kind,
        title: `اكتب عنوان الحدث الذي تعنيه عبارة ${phrase}`,
        note: resolved?.how ? `${phrase}: ${resolved.how} تحقق من ذلك، واكتب هنا ما الحدث ولماذا يهم.` : dateNote(date.finding, phrase),
        mentions: mentions.map((entry) => entry.selector),
      };
    }),
  };

  report.counts = {
    actors: keptActors.length,
    quotes: { direct: keptQuotes.filter((draft) => draft.kind === 'direct').length, reported: keptQuotes.filter((draft) => draft.kind === 'reported').length },
    figures: keptFigures.length,
    dates: keptDates.length,
  };
  if (skippedNumbers.length > 0) report.flags.push(`numbers not proposed as figures: ${skippedNumbers.join('; ')}`);
  report.flags = [...new Set(report.flags)];
  return { frontmatter, comments, report };
}

/** How to resolve a proposed date, in Arabic, for its `note`. */
function dateNote(finding: DateFinding, phrase: string): string {
  const placeholder = 'التاريخ المكتوب الآن مؤقت وضعه npm run new.';
  switch (finding.type) {
    case 'weekday':
      return `${phrase} يوم من الأسبوع بلا تاريخ: احسب أي يوم يعنيه المقال انطلاقا من تاريخ نشره (source.published) وصيغة الفعل (ماضٍ أم مستقبل)، ثم اكتب التاريخ كاملا بدقة اليوم (precision: day) واشرح هنا كيف حسمته. ${placeholder}`;
    case 'relative':
      return `${phrase} تاريخ نسبي: احسبه من تاريخ نشر المقال (source.published)، واكتبه بالدقة التي تعرفها (day أو month أو approximate)، واشرح هنا كيف حسمته. ${placeholder}`;
    case 'month':
      return finding.stated
        ? `التاريخ كما يذكره النص في ${phrase}: تحقق منه، واكتب هنا ما الحدث ولماذا يهم.`
        : `${phrase} شهر بلا سنة: حدد السنة من تاريخ نشر المقال، واكتب التاريخ واشرح هنا كيف حسمته. ${placeholder}`;
    case 'year':
      return `السنة كما يذكرها النص في ${phrase}: تحقق منها، واكتب هنا ما الحدث ولماذا يهم.`;
    case 'hijri':
      return `${phrase} تاريخ هجري بلا سنة: حدد السنة من تاريخ نشر المقال، وحوّله إلى التقويم الميلادي (أم القرى)، واشرح هنا كيف حسمته. ${placeholder}`;
  }
}
