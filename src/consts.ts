/** Site-wide constants: the one place for the site's name, locale and Arabic UI words. */
import type { Precision } from './lib/dates';

export const SITE = {
  name: 'موجز',
  nameLatin: 'Mowjaz',
  description: 'موجز: تحليلات إخبارية مرتبطة بنص الخبر حرفًا بحرف.',
  locale: 'ar',
} as const;

/** Route prefixes, used by pages and the feed alike through `src/lib/urls.ts`. */
export const ROUTES = {
  briefings: 'briefings',
} as const;

/**
 * How numbers and dates are written: Arabic words with the Western digits the articles use
 * (`2500`), so that a figure reads the same in the text and in the analysis.
 */
export const NUMBERING_SYSTEM = 'latn';

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

export const UNIT_LABELS = {
  troops: 'جندي',
  round: 'جولة',
  week: 'أسبوع',
} as const;

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
  mentionOf: (paragraph: number) => `الفقرة ${paragraph}`,
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
  inText: 'في النص',
  hijri: 'بالهجري',
  published: 'نُشر في موجز',
  counts: (quotes: string, figures: string, dates: string) => `اقتباسات: ${quotes} · أرقام: ${figures} · تواريخ: ${dates}`,
} as const;
