import { describe, expect, test } from 'vitest';
import { findOrganizations, findTitledPeople, isAnaphor, occurrencesOf, speakerActor } from '../../src/lib/scaffold/actors';

describe('findTitledPeople: a title and the name after or before it, a name that stops where it ends', () => {
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
    { input: 'وقال مستشار الأمن الوطني قاسم الأعرجي إن', expected: [{ name: 'قاسم الأعرجي', role: 'مستشار الأمن الوطني' }] },
    { input: 'أعلن الأمين العام للجامعة العربية أحمد أبو الغيط', expected: [{ name: 'أحمد أبو الغيط', role: 'الأمين العام للجامعة العربية' }] },
    { input: 'وصل قائد القيادة المركزية الأمريكية الجنرال مايكل كوريلا إلى بغداد', expected: [{ name: 'مايكل كوريلا', role: 'قائد القيادة المركزية الأمريكية الجنرال' }] },
    { input: 'استقبل ولي العهد السعودي الأمير محمد بن سلمان ضيفه', expected: [{ name: 'محمد بن سلمان', role: 'ولي العهد السعودي الأمير' }] },
    { input: 'وشارك العاهل الأردني والملك عبد الله الثاني فى القمة', expected: [{ name: 'عبد الله الثاني', role: 'الملك' }] },
    { input: 'وقالت المتحدثة باسم وزارة الخارجية الفرنسية كريستين مارتان إن', expected: [{ name: 'كريستين مارتان', role: 'المتحدثة باسم وزارة الخارجية الفرنسية' }] },
    { input: 'بحضور وزير الداخلية سعيد الحارثي ومحافظ المدينة خالد ناصر', expected: [{ name: 'سعيد الحارثي', role: 'وزير الداخلية' }, { name: 'خالد ناصر', role: 'محافظ المدينة' }] },
    { input: 'التقى الرئيس الفرنسي إيمانويل ماكرون ورئيس الوزراء الهندي ناريندرا مودي', expected: [{ name: 'إيمانويل ماكرون', role: 'الرئيس الفرنسي' }, { name: 'ناريندرا مودي', role: 'رئيس الوزراء الهندي' }] },
    { input: 'في رسالة وجهها إلى حسن العلي، وزير الصحة، أمس', expected: [{ name: 'حسن العلي', role: 'وزير الصحة' }] },
    { input: 'وأكد العبيدي، قائد الشرطة، أن', expected: [{ name: 'العبيدي', role: 'قائد الشرطة' }] },
    { input: 'وقال سفير الاتحاد الأوروبي لدى لبنان إن', expected: [] },
    { input: 'وأكد الدكتور على حسنين، وزير الصحة، أن', expected: [{ name: 'على حسنين', role: 'الدكتور' }] },
    { input: 'وقال رئيس الاتحاد المصري لكرة اليد هشام نصر إن', expected: [{ name: 'هشام نصر', role: 'رئيس الاتحاد المصري لكرة اليد' }] },
    { input: 'وأكد وزير النقل والمواصلات سمير فؤاد أن', expected: [{ name: 'سمير فؤاد', role: 'وزير النقل والمواصلات' }] },
    { input: 'وقال زعيم "جبهة الخلاص" مراد حسن إن', expected: [{ name: 'مراد حسن', role: 'زعيم "جبهة الخلاص"' }] },
    { input: 'انتخب البرلمان العماد سامي خوري رئيساً للجمهورية', expected: [{ name: 'سامي خوري', role: 'العماد' }] },
    { input: 'وأعلن الرئيس نادر قاسم فوزه بولاية ثانية', expected: [{ name: 'نادر قاسم', role: 'الرئيس' }] },
    { input: 'وحصل الرئيس المنتهية ولايته على الأغلبية', expected: [] },
    { input: 'واستقبل الشيخ ناصر المحمد الأحمد الصباح الوفد', expected: [{ name: 'ناصر المحمد الأحمد الصباح', role: 'الشيخ' }] },
    { input: 'واستقبل الوزير خالد العتيبي الوفد الزائر', expected: [{ name: 'خالد العتيبي', role: 'الوزير' }] },
    { input: 'وقال المدرب جمال سلامي إن', expected: [{ name: 'جمال سلامي', role: 'المدرب' }] },
    { input: 'واستقبل الرئيس التونسي قيس سعيد نظيره الجزائري', expected: [{ name: 'قيس سعيد', role: 'الرئيس التونسي' }] },
    { input: 'ويبحث وزير الخارجية الملف النووي', expected: [] },
    { input: 'وقال المتحدث باسم الحكومة في مؤتمر صحفي', expected: [] },
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
    { text: 'زيارة لبغداد ووارسو', name: 'بغداد', expected: ['بغداد'] },
    { text: 'ومصر ولمصر', name: 'مصر', expected: ['مصر'] },
    { text: 'وجه نداء للأمم المتحدة وللأمم الأخرى', name: 'الأمم المتحدة', expected: ['للأمم المتحدة'] },
  ])('$name in $text', ({ text, name, expected }) => {
    expect(occurrencesOf(text, name).map((span) => text.slice(span.start, span.end))).toEqual(expected);
  });
});

describe('speakerActor: organizations, groups and known states are not people; coordinated speakers are split', () => {
  test.each([
    { input: 'حركة النهضة', expected: { name: 'حركة النهضة', kind: 'organization' } },
    { input: 'الرئاسة الجزائرية', expected: { name: 'الرئاسة الجزائرية', kind: 'organization' } },
    { input: 'شهود عيان', expected: { name: 'شهود عيان', kind: 'group' } },
    { input: 'وكالة الأنباء الرسمية', expected: { name: 'وكالة الأنباء الرسمية', kind: 'media' } },
    { input: 'إيران', expected: { name: 'إيران', kind: 'state' } },
    { input: 'كمال حداد وسعاد نعيم', expected: { name: 'كمال حداد', kind: 'person' } },
    { input: 'سلمى العبيدي، المتحدثة باسم البلدية،', expected: { name: 'سلمى العبيدي', kind: 'person', role: 'المتحدثة باسم البلدية' } },
    { input: 'بيانات البورصة', expected: { name: 'البورصة', kind: 'organization' } },
  ])('$input → $expected.name ($expected.kind)', ({ input, expected }) => {
    const actor = speakerActor(input, { start: 0, end: input.length });
    expect({ name: input.slice(actor.span.start, actor.span.end), kind: actor.kind, ...(actor.role && { role: actor.role }) }).toEqual(expected);
  });
});

describe('findOrganizations: an organization by its head and the name it heads', () => {
  test.each([
    { input: 'وأعلنت حركة الجهاد الإسلامي مسؤوليتها', expected: ['حركة الجهاد الإسلامي'] },
    { input: 'وطالبت منظمة العفو الدولية بالإفراج عنهم', expected: ['منظمة العفو الدولية'] },
    { input: 'وقالت لجنة الانتخابات إن', expected: ['لجنة الانتخابات'] },
    { input: 'وأكد الجيش السوداني والشرطة المحلية', expected: ['الجيش السوداني', 'الشرطة المحلية'] },
    { input: 'وصرح وزير الخارجية التونسي بأن', expected: [] },
    { input: 'في مجلس في القرية', expected: [] },
    { input: 'وأعلنت هيئة تحرير الشام سيطرتها على المدينة', expected: ['هيئة تحرير الشام'] },
    { input: 'وأعلن الديوان الملكي الحداد الوطني', expected: ['الديوان الملكي'] },
    { input: 'وقالت الهيئة العليا المستقلة للانتخابات إن', expected: ['الهيئة العليا المستقلة للانتخابات'] },
    { input: 'ورحب الاتحاد الآسيوي لكرة القدم بالقرار', expected: ['الاتحاد الآسيوي لكرة القدم'] },
    { input: 'وأطلقت الشركة مشروع جديد لتحلية المياه', expected: [] },
    { input: 'وزار الوفد الدوحة ثم الرباط', expected: ['الدوحة', 'الرباط'] },
    { input: 'وقال رئيس الاتحاد الأردني لكرة السلة إن', expected: ['الاتحاد الأردني لكرة السلة'] },
    { input: 'وتقدمت فصائل المعارضة السورية نحو المدينة', expected: ['فصائل المعارضة السورية'] },
  ])('$input', ({ input, expected }) => {
    expect(findOrganizations(input).map(({ span }) => input.slice(span.start, span.end))).toEqual(expected);
  });
});

describe('isAnaphor: common nouns that refer back to an actor', () => {
  test.each([
    { word: 'المصدر', expected: true },
    { word: 'للوزارة', expected: true },
    { word: 'جيشها', expected: true },
    { word: 'البلاد', expected: true },
    { word: 'البنتاجون', expected: false },
    { word: 'بغداد', expected: false },
  ])('$word → $expected', ({ word, expected }) => {
    expect(isAnaphor(word)).toBe(expected);
  });
});
