import { describe, expect, test } from 'vitest';
import { findOrganizations, findTitledPeople, occurrencesOf, speakerActor } from '../../src/lib/scaffold/actors';

describe('findTitledPeople: a title, then the name after it', () => {
  test.each([
    {
      input: 'يلتقى الرئيس الأمريكى جو بايدن -الاثنين- برئيس الوزراء العراقى مصطفى الكاظمى فى العاصمة',
      expected: [
        { name: 'جو بايدن', role: 'الرئيس الأمريكى' },
        { name: 'مصطفى الكاظمى', role: 'رئيس الوزراء العراقى' },
      ],
    },
    { input: 'كما شملت لقاء بوزير الخارجية أنتونى بلينكن.', expected: [{ name: 'أنتونى بلينكن', role: 'وزير الخارجية' }] },
    { input: 'فى إطار زيارة رئيس الوزراء مصطفى الكاظمى الإثنين لواشنطن، حيث سيلتقى بالرئيس بايدن.', expected: [{ name: 'مصطفى الكاظمى', role: 'رئيس الوزراء' }, { name: 'بايدن', role: 'الرئيس' }] },
    { input: 'وقال وزير الخارجية العراقى فؤاد حسين لصحيفة «وول ستريت جورنال»', expected: [{ name: 'فؤاد حسين', role: 'وزير الخارجية العراقى' }] },
    { input: 'وقالت المتحدثة باسم البيت الأبيض جين ساكي إن', expected: [{ name: 'جين ساكي', role: 'المتحدثة باسم البيت الأبيض' }] },
    { input: 'التقى السفير البريطاني السابق جون سميث أمس', expected: [{ name: 'جون سميث', role: 'السفير البريطاني السابق' }] },
    { input: 'تمكين رئيس الوزراء من تخفيف الضغط', expected: [] },
    { input: 'وصرحت جين ساكي المتحدثة بالبيت الأبيض أن', expected: [{ name: 'جين ساكي', role: 'المتحدثة بالبيت الأبيض' }] },
  ])('$input', ({ input, expected }) => {
    expect(findTitledPeople(input).map(({ span, role }) => ({ name: input.slice(span.start, span.end), role }))).toEqual(expected);
  });
});

describe('speakerActor: who the words after a verb of saying name', () => {
  test.each([
    { input: 'جين ساكي المتحدثة بالبيت الأبيض', expected: { name: 'جين ساكي', kind: 'person', role: 'المتحدثة بالبيت الأبيض' } },
    { input: 'وزير الخارجية العراقى فؤاد حسين', expected: { name: 'فؤاد حسين', kind: 'person', role: 'وزير الخارجية العراقى' } },
    { input: 'مسئولون أمريكيون وعراقيون', expected: { name: 'مسئولون أمريكيون وعراقيون', kind: 'group' } },
    { input: 'مصدر بالبنتاجون', expected: { name: 'مصدر بالبنتاجون', kind: 'person' } },
    { input: 'المسؤول', expected: { name: 'المسؤول', kind: 'person' } },
    { input: 'صحيفة نيويورك تايمز', expected: { name: 'صحيفة نيويورك تايمز', kind: 'media' } },
    { input: 'وزارة الخارجية الأمريكية', expected: { name: 'وزارة الخارجية الأمريكية', kind: 'organization' } },
    { input: 'المتحدث', expected: { name: 'المتحدث', kind: 'person' } },
  ])('$input → $expected.name ($expected.kind)', ({ input, expected }) => {
    const actor = speakerActor(input, { start: 0, end: input.length });
    expect({ name: input.slice(actor.span.start, actor.span.end), kind: actor.kind, ...(actor.role && { role: actor.role }) }).toEqual(expected);
  });
});

describe('findOrganizations: known states and organizations, and ministries and governments by pattern', () => {
  test.each([
    { input: 'ومسذولين بارزين بوزارة الدفاع الامريكية « البنتاجون» فى أطار', expected: ['وزارة الدفاع الامريكية', 'البنتاجون'] },
    { input: 'وصرحت جين ساكي المتحدثة بالبيت الأبيض أن الحكومة العراقيّة ترغب فى أن تواصل الولايات المتحدة والتحالف تدريب جيشها', expected: ['البيت الأبيض', 'الحكومة العراقيّة', 'الولايات المتحدة', 'التحالف'] },
    { input: 'قال البيت الابيض إن', expected: ['البيت الابيض'] },
    { input: 'ضمن قوات التحالف الدولى لمقاومة داعش', expected: ['التحالف الدولى', 'داعش'] },
    { input: 'معنية بمقاومة داعش وليست متواجدة لمحاربة إيران أو مقاتلة الميليشيات الإيرانية', expected: ['داعش', 'إيران'] },
    { input: 'الاستشارات للقوات العراقية والتى', expected: ['للقوات العراقية'] },
    { input: 'الأمريكية المتواجدة بالعراق وفى المهام', expected: ['العراق'] },
    { input: 'القوات العراقيةالجديدة', expected: [] },
  ])('$input', ({ input, expected }) => {
    expect(findOrganizations(input).map(({ span }) => input.slice(span.start, span.end))).toEqual(expected);
  });

  test('a known organization carries its id and English name', () => {
    expect(findOrganizations('مصدر بالبنتاجون')[0]?.known).toEqual({ id: 'pentagon', en: 'US Department of Defense (the Pentagon)' });
  });
});

describe('occurrencesOf: whole words, و/ب/ل written on allowed, any letter variant', () => {
  test.each([
    { text: 'مصدر بالبنتاجون و« البنتاجون»', name: 'البنتاجون', expected: ['البنتاجون', 'البنتاجون'] },
    { text: 'العراقية والعراق وبالعراق', name: 'العراق', expected: ['العراق', 'العراق'] },
    { text: 'القوات الامريكية', name: 'القوات الأمريكية', expected: ['القوات الامريكية'] },
    { text: 'داعشي', name: 'داعش', expected: [] },
  ])('$name in $text', ({ text, name, expected }) => {
    expect(occurrencesOf(text, name).map((span) => text.slice(span.start, span.end))).toEqual(expected);
  });
});
