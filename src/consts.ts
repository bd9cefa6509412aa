/** Site-wide constants: the one place for the site's name, locale and Arabic UI words. */
import type { Precision } from './lib/dates';
import type { Digits } from './lib/digits';
import { UNITS } from './lib/units';

export const SITE = {
  name: 'موجز',
  nameLatin: 'Mowjaz',
  description: 'موجز: تحليلات إخبارية مرتبطة بنص الخبر حرفًا بحرف.',
  locale: 'ar',
  /** The Open Graph locale (`og:locale`), which is written language_TERRITORY. */
  ogLocale: 'ar_AR',
} as const;

/** Route prefixes and file names, used by pages and feeds alike through `src/lib/urls.ts`. */
export const ROUTES = {
  briefings: 'briefings',
  /** A quote's page under its briefing (`briefings/<slug>/quotes/<id>/`), and the index of every quote (`quotes/`). */
  quotes: 'quotes',
  /** An actor's page across briefings (`actors/<id>/`), and the index of every actor (`actors/`). */
  actors: 'actors',
  /** The later pages of a list: `page/2/`, `page/3/`… under the list's own path (the index's first page is the home page). */
  indexPage: 'page',
  /** Every page's preview image sits inside the page's own folder: `<page>/og.png`. */
  ogImage: 'og.png',
  logo: 'logo.png',
  favicon: 'favicon.svg',
  feed: 'rss.xml',
  quotesFeed: 'quotes.xml',
  feedStylesheet: 'rss.xsl',
  /** The file name @astrojs/sitemap writes. */
  sitemap: 'sitemap-index.xml',
  notFound: '404.html',
  /** A figure series' page (`figures/<id>/`), its data (`figures/<id>.csv`, `.json`), and the index of every series (`figures/`). */
  figures: 'figures',
  /** A briefing's annotations as W3C Web Annotations (`briefings/<slug>/annotations.jsonld`, and as a plain array `annotations.json`), and the site's collection of them. */
  annotations: 'annotations',
  /** The search page (`search/`). */
  search: 'search',
  /** The folder Pagefind writes the search index and its JavaScript into (src/integrations/search-index.ts). */
  searchIndex: 'pagefind',
} as const;

/** How many briefings a page of a list holds, newest first: the index, the quotes' index, an actor's page. */
export const INDEX_PAGE_SIZE = 10;

/**
 * The search index's weight (Pagefind's `data-pagefind-weight`; 1 is normal) of what a list repeats
 * from a briefing (its headline, its quotes) on the quotes' index and an actor's pages: low, so
 * that a search for a briefing's own words lists the briefing above every page quoting it
 * (tests/e2e/search-ranking.test.ts).
 */
export const REPEATED_WEIGHT = 0.1;

/** The pixel sizes of the images the site draws (src/lib/og-image.ts): what Open Graph's large card and search engines' logos expect. */
export const IMAGE_SIZES = {
  card: { width: 1200, height: 630 },
  logo: { width: 512, height: 512 },
} as const;

/**
 * How numbers and dates are written: Arabic words with the Western digits most articles use
 * (`2500`), so that a figure reads the same in the text and in the analysis. A briefing whose
 * article uses other digits shows its own analysis in those (src/lib/digits.ts).
 */
export const NUMBERING_SYSTEM: Digits = 'latn';

export const EVENT_KIND_LABELS = {
  reported: 'وقع',
  scheduled: 'مقرَّر',
  deadline: 'موعد نهائي',
  context: 'سياق',
} as const;

export const PRECISION_LABELS: Record<Precision, string> = {
  day: 'معروف باليوم',
  month: 'معروف بالشهر',
  year: 'معروف بالسنة',
  approximate: 'تقريبي',
  open: 'مفتوح، بلا نهاية معلنة',
};

export const ACTOR_KIND_LABELS = {
  person: 'شخص',
  organization: 'مؤسسة',
  state: 'دولة',
  group: 'جماعة',
  media: 'وسيلة إعلام',
} as const;

/** The actors' index on a briefing page groups them by kind, each group under its plural. */
export const ACTOR_KIND_GROUPS = {
  person: 'أشخاص',
  organization: 'مؤسسات',
  state: 'دول',
  group: 'جماعات',
  media: 'وسائل إعلام',
} as const;

/** What each annotation card is about, said at its top. */
export const CARD_KIND_LABELS = {
  actor: 'فاعل',
  quote: 'اقتباس',
  figure: 'رقم',
  date: 'تاريخ',
} as const;

/** A figure's unit as the sidebar writes it after the number: its singular in content/units.json. */
export const UNIT_LABELS: Readonly<Record<string, string>> = Object.fromEntries(UNITS.map((unit) => [unit.id, unit.singular]));

/** The interface's words, in one place. */
export const UI = {
  skipLink: 'انتقل إلى المحتوى',
  mainNav: 'التنقل الرئيسي',
  home: 'الرئيسية',
  briefings: 'الموجزات',
  feed: 'اشترك عبر RSS',
  article: 'نص الخبر',
  analysis: 'التحليل',
  figures: 'الأرقام',
  quotes: 'الاقتباسات',
  actors: 'الفاعلون',
  timeline: 'الخط الزمني',
  /** The time axis above the timeline's list (TimelineAxis.astro): its caption, what its legend names, each mark's name. */
  axisCaption: (from: string, to: string) =>
    `الأحداث على محور الزمن، من ${from} إلى ${to}، من الأقدم إلى الأحدث. كل علامة رابط إلى الحدث في القائمة أدناه، والفترات الطويلة الخالية مطويّة عند الفواصل (//).`,
  axisPublished: 'تاريخ نشر الخبر',
  axisMark: (title: string, when: string, kind: string) => `${title}، ${when} (${kind})`,
  source: 'المصدر',
  summary: 'الخلاصة',
  inferred: 'مستنتج',
  stated: 'مذكور في النص',
  publisherUnknown: 'لم يُذكر الناشر في النص',
  caption: 'تعليق الصورة الأصلية (الصورة غير متوفرة)',
  approximate: 'تقريبي',
  exact: 'دقيق',
  reported: 'ورد في النص',
  derived: 'محسوب من الموقع',
  mentions: 'مواضعه في النص',
  mentionOf: (paragraph: number, nth = 1) => (nth === 1 ? `الفقرة ${paragraph}` : `الفقرة ${paragraph} (${nth})`),
  permalink: (speaker: string) => `رابط دائم لاقتباس ${speaker}`,
  permalinkText: 'رابط',
  textFragmentLink: (speaker: string) => `تظليل اقتباس ${speaker} في النص`,
  textFragmentText: 'تظليل',
  copied: 'نُسخ الرابط:',
  copyFailed: 'تعذّر النسخ؛ الرابط في شريط العنوان.',
  direct: 'اقتباس مباشر',
  reportedSpeech: 'كلام منقول',
  via: 'عبر',
  sources: 'المصادر',
  closeCard: 'إغلاق',
  actorPage: 'صفحته في موجز',
  partOf: 'جزء من',
  onTimeline: 'موضعه في الخط الزمني',
  formula: 'المعادلة',
  allQuotes: 'كل الاقتباسات',
  /** A group of the sidebar's index with its size: `أشخاص (7)`. */
  indexGroup: (label: string, count: string) => `${label} (${count})`,
  inText: 'في النص',
  hijri: 'بالهجري',
  published: 'نُشر في موجز',
  counts: (quotes: string, figures: string, dates: string) => `اقتباسات: ${quotes} · أرقام: ${figures} · تواريخ: ${dates}`,
  feedBriefingsTitle: 'موجز: الموجزات',
  feedBriefingsDescription: 'كل موجز كاملًا: نص الخبر كما نُشر، وخلاصة التحليل المرتبط به.',
  feedQuotesTitle: 'موجز: الاقتباسات',
  feedQuotesDescription: 'كل اقتباس في موجزات موجز: من قاله، وما قاله، وفي أي خبر.',
  feedPreviewNote: 'هذه خلاصة RSS: انسخ عنوانها إلى قارئ الخلاصات لتصلك الجديدة.',
  feedAddress: 'عنوان الخلاصة:',
  quotePage: (speaker: string) => `صفحة الاقتباس المنسوب إلى ${speaker}`,
  quotePageText: 'صفحة الاقتباس',
  quoteBy: (speaker: string) => `اقتباس: ${speaker}`,
  quoteFrom: 'من موجز:',
  quoteContext: (paragraph: number) => `في سياقه (الفقرة ${paragraph} من الخبر)`,
  readInBriefing: 'اقرأه في الموجز كاملًا',
  sourceDate: (basis: string, range: string, note: string) => `تاريخ نشر الخبر (${basis}): ${range}. ${note}`,
  speakerWithRole: (name: string, role: string | undefined) => (role ? `${name}، ${role}` : name),
  cardQuote: 'اقتباس',
  cardBriefing: 'تحليل خبر',
  notFoundTitle: 'الصفحة غير موجودة',
  notFoundText: 'لا صفحة بهذا العنوان. ربما تغيّر الرابط أو نُسخ ناقصًا.',
  notFoundBack: 'العودة إلى الموجزات',
  pagination: 'صفحات الموجزات',
  quotesPagination: 'صفحات الاقتباسات',
  actorPagination: (name: string) => `صفحات ${name}`,
  previousPage: 'الصفحة السابقة',
  nextPage: 'الصفحة التالية',
  pageNumber: (page: string) => `الصفحة ${page}`,
  pageOf: (page: string, last: string) => `الصفحة ${page} من ${last}`,
  /** The title of a list's later page: `الموجزات: الصفحة 2 من 3`. */
  listPage: (list: string, page: string, last: string) => `${list}: الصفحة ${page} من ${last}`,
  quotesLede: 'كل اقتباس في موجزات موجز، من أحدث موجز إلى أقدمه: من قاله، وما قاله، ورابط إلى موضعه في الخبر.',
  actorsLede: 'كل من تسمّيه الأخبار أو تنقل عنه في موجزات موجز: صفحة لكل منهم تجمع أدواره واقتباساته ومواضع ذكره في كل موجز.',
  actorCounts: (briefings: string, quotes: string) => `موجزات: ${briefings} · اقتباسات: ${quotes}`,
  actorDescription: (name: string) => `${name} في موجزات موجز: دوره في كل خبر، وما نُقل عنه، ومواضع ذكره في النص.`,
  roleThen: 'دوره في هذا الخبر',
  wikidata: 'ويكي بيانات',
  search: 'البحث',
  searchDescription: 'ابحث في موجزات موجز: نص كل خبر وعنوانه وخلاصته، والاقتباسات، وأسماء الفاعلين.',
  searchLede: 'ابحث في نص كل خبر وعنوانه وخلاصته، وفي الاقتباسات وأسماء الفاعلين. لا يهم شكل الهمزة ولا الياء أو الألف المقصورة ولا التاء المربوطة ولا التشكيل: «الأمريكية» و«الامريكية» سواء.',
  searchLabel: 'كلمات البحث',
  searchSubmit: 'ابحث',
  searchNeedsJavaScript: 'البحث يجري في المتصفح نفسه ويحتاج إلى جافاسكربت، وهي معطّلة في متصفحك. يمكنك تصفّح الموجزات والاقتباسات والفاعلين من روابط أعلى الصفحة.',
  searchBusy: 'يجري البحث…',
  searchFailed: 'تعذّر تحميل فهرس البحث. أعد تحميل الصفحة وحاول مرة أخرى.',
  searchEmpty: 'اكتب كلمة أو أكثر للبحث.',
  /** The number of results, by the plural category `Intl.PluralRules('ar')` gives it; `{n}` is the number. */
  searchCount: { zero: 'لا نتائج', one: 'نتيجة واحدة', two: 'نتيجتان', few: '{n} نتائج', many: '{n} نتيجة', other: '{n} نتيجة' },
  /** Said after the count when only the first results are listed; `{n}` is how many are. */
  searchShown: 'تُعرض أول {n} منها',
} as const;

/** The words of the figure series (their pages, the chart, the change shown beside a figure) and of the data exports. */
export const SERIES_UI = {
  index: 'الأرقام عبر الموجزات',
  indexLede: 'كل رقم تتبّعه موجزات موجز عبر الزمن: كم قيل إنه بلغ، ومتى، ومن أي خبر، وعلى أي أساس (سقف معلن، رقم منقول، تقدير…). القيمة في السلسلة ادعاء لا قياس.',
  values: (count: string) => `قيم: ${count}`,
  /** The value whose source is the latest, on the list of series. */
  latest: 'آخرها',
  empty: 'لا قيمة لهذه السلسلة في أي موجز بعد.',
  seriesDescription: (label: string) => `${label} عبر موجزات موجز: كل قيمة بخبرها وتاريخ مصدرها وأساسها، في رسم بياني وجدول.`,
  chart: 'الرسم البياني',
  table: 'كل القيم',
  tableCaption: (label: string) => `قيم «${label}» في الموجزات، من الأقدم إلى الأحدث بتاريخ المصدر`,
  briefing: 'الموجز',
  sourceDate: 'تاريخ المصدر',
  basis: 'الأساس',
  value: 'القيمة',
  phrase: 'العبارة في النص',
  derivedValue: 'محسوب',
  inferredDate: 'تاريخ مستنتج',
  range: (low: string, high: string) => `بين ${low} و${high}`,
  legend: 'مفتاح الرسم',
  legendApproximate: 'قيمة تقريبية: الخط العمودي مداها',
  legendDerived: 'قيمة محسوبة: معيّن فارغ',
  legendInferred: 'تاريخ مستنتج: خط متقطع تحت المحور يغطي أيامه المحتملة',
  joinedNote: 'لا يصل الخط إلا بين قيم الأساس الواحد؛ قيم الأسس الأخرى علامات منفصلة.',
  chartSummary: (label: string, count: string, first: string, last: string) => `${label}: ${count} من ${first} إلى ${last}، الأقدم إلى اليمين.`,
  pointSummary: (value: string, date: string, basis: string) => `${value} في ${date} (${basis})`,
  inSeries: 'في سلسلة',
  previous: 'القيمة السابقة',
  next: 'القيمة التالية',
  change: 'التغيّر',
  onlyValue: 'القيمة الوحيدة من هذا الأساس في السلسلة حتى الآن.',
  downloads: 'البيانات',
  csv: 'CSV',
  json: 'JSON',
  feedSeries: 'الأرقام في سلاسلها:',
  annotationsLabel: (title: string) => `تعليقات موجز على «${title}»`,
  collectionLabel: 'كل تعليقات موجز على نصوص الأخبار',
} as const;
