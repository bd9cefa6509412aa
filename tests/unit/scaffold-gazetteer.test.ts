import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readBriefingText } from '../../src/lib/briefing-file';
import { siteActorsOf, spellingIndex } from '../../src/lib/scaffold/gazetteer';
import { siteActors } from '../../src/lib/scaffold/site-actors';
import { scaffoldBriefing } from '../../src/lib/scaffold/proposals';

const BRIEFINGS = new URL('../../content/briefings/', import.meta.url);
const siteFile = readBriefingText(readFileSync(new URL('pentagon-iraq-cooperation.md', BRIEFINGS), 'utf8')).frontmatter as { actors: { id: string; name: { ar: string; en: string }; kind: string; wikidata?: string }[] };
const definitionOf = (id: string) => {
  const actor = siteFile.actors.find((entry) => entry.id === id);
  if (!actor) throw new Error(`content/briefings/pentagon-iraq-cooperation.md defines no actor ${id}`);
  return { name: actor.name, kind: actor.kind, ...(actor.wikidata && { wikidata: actor.wikidata }) };
};

describe('siteActorsOf: every spelling a briefing names an actor by, less those that would name another', () => {
  const actors = siteActorsOf([
    {
      actors: [
        { id: 'hamdi-nour', name: { ar: 'حمدي النور', en: 'Hamdi al-Nour' }, kind: 'person', mentions: [{ exact: 'حمدى النور' }, { exact: 'الوزير' }, { exact: 'وزير المالية' }] },
        { id: 'port-authority', name: { ar: 'هيئة الموانئ', en: 'Port Authority' }, kind: 'organization', mentions: [{ exact: 'الهيئة' }, { exact: 'هيئتها' }] },
        { id: 'north-city', name: { ar: 'المدينة الشمالية', en: 'North City' }, kind: 'state', mentions: [{ exact: 'العاصمة' }] },
      ],
    },
    { actors: [{ id: 'hamdi-nour', name: { ar: 'حمدي النور', en: 'Hamdi al-Nour' }, kind: 'person', mentions: [{ exact: 'النور' }] }] },
    { actors: [{ id: 'nour-party', name: { ar: 'حزب النور', en: 'Nour Party' }, kind: 'organization', mentions: [{ exact: 'النور' }] }] },
  ]);

  test.each([
    { id: 'hamdi-nour', expected: ['حمدي النور', 'حمدى النور'] },
    { id: 'port-authority', expected: ['هيئة الموانئ'] },
    { id: 'north-city', expected: ['المدينة الشمالية'] },
    { id: 'nour-party', expected: ['حزب النور'] },
  ])('$id → $expected', ({ id, expected }) => {
    expect(actors.get(id)?.spellings).toEqual(expected);
  });

  test('the first definition of an id is kept', () => {
    expect(actors.get('hamdi-nour')).toMatchObject({ name: { ar: 'حمدي النور', en: 'Hamdi al-Nour' }, kind: 'person' });
  });

  test('spellings are looked up folded: letter variants and و/ب/ل on the article', () => {
    const index = spellingIndex(actors);
    expect(index.get('حمدي النور')).toBe('hamdi-nour');
    expect(index.has('النور')).toBe(false);
  });
});

describe('the gazetteer of the site itself (content/briefings)', () => {
  const actors = siteActors(BRIEFINGS.pathname);

  test.each([
    { id: 'united-states', has: ['الولايات المتحدة', 'واشنطن'], not: [] },
    { id: 'iraq', has: ['العراق', 'بغداد', 'الأراضى العراقية'], not: ['البلاد'] },
    { id: 'mustafa-al-kadhimi', has: ['مصطفى الكاظمي', 'الكاظمي'], not: ['رئيس الوزراء'] },
    { id: 'pentagon-source', has: ['مصدر بالبنتاجون'], not: ['المصدر'] },
    { id: 'iraqi-army', has: ['الجيش العراقي'], not: ['جيشها', 'الجيش'] },
  ])('$id: $has, never $not', ({ id, has, not }) => {
    const spellings = actors.get(id)?.spellings ?? [];
    for (const spelling of has) expect(spellings).toContain(spelling);
    for (const spelling of not) expect(spellings).not.toContain(spelling);
  });

  test('an article naming site actors in other spellings gets their ids and definitions', () => {
    const paragraphs = [
      'وقال رئيس الوزراء العراقى مصطفى الكاظمى إن بلاده لا تحتاج إلى قوات قتالية من الخارج.',
      'وأكد الكاظمي أن واشنطن ستبقى شريكا لبغداد في الحرب على داعش، فيما رحب البنتاغون بالتصريحات.',
    ];
    const { frontmatter } = scaffoldBriefing({ headline: 'العنوان', paragraphs, today: '2026-12-01', siteActors: actors });
    const proposed = (frontmatter as { actors: { id: string; name: unknown; kind: string; mentions: { exact: string }[] }[] }).actors;
    const byId = new Map(proposed.map((actor) => [actor.id, actor]));
    for (const id of ['mustafa-al-kadhimi', 'united-states', 'iraq', 'isis', 'pentagon']) {
      expect(byId.get(id), id).toMatchObject(definitionOf(id));
    }
    expect(byId.get('mustafa-al-kadhimi')?.mentions.map((mention) => mention.exact)).toEqual(['مصطفى الكاظمى', 'الكاظمي']);
    expect(byId.get('united-states')?.mentions.map((mention) => mention.exact)).toEqual(['واشنطن']);
  });

  test('«الجانب» or «الطرف» and a known state\'s demonym name that state, in any spelling, and are not its name', () => {
    const paragraphs = ['وقال الوزير إن الجانب الأمريكى وافق على الجدول، وإن الوفد سلّم الطرف الإيراني ردّه.', 'وأبلغ الجانب الأميركي بغداد بموافقته.'];
    const { frontmatter } = scaffoldBriefing({ headline: 'العنوان', paragraphs, today: '2026-12-01', siteActors: actors });
    const proposed = (frontmatter as { actors: { id: string; name: { ar: string }; mentions: { exact: string }[] }[] }).actors;
    const byId = new Map(proposed.map((actor) => [actor.id, actor]));
    expect(byId.get('united-states')?.mentions.map((mention) => mention.exact)).toEqual(['الجانب الأمريكى', 'الجانب الأميركي']);
    expect(byId.get('united-states')).toMatchObject(definitionOf('united-states'));
    expect(byId.get('iran')?.mentions.map((mention) => mention.exact)).toEqual(['الطرف الإيراني']);
    expect(byId.get('iran')?.name.ar).toBe('إيران');
  });

  test('an actor named by its first name alone is the one person of that first name', () => {
    const paragraphs = ['وأدى الشيخ ناصر المحمد الأحمد الصباح اليمين أمام البرلمان.', 'وقال ناصر إن الحكومة ستعرض برنامجها الأسبوع المقبل.'];
    const proposed = (scaffoldBriefing({ headline: 'العنوان', paragraphs, today: '2026-12-01', siteActors: actors }).frontmatter as { actors: { kind: string; mentions: { exact: string }[] }[] }).actors;
    expect(proposed.filter((actor) => actor.kind === 'person').map((actor) => actor.mentions.map((mention) => mention.exact))).toEqual([['ناصر المحمد الأحمد الصباح', 'ناصر']]);
  });
});
