/** Site-wide constants: the one place for the site's name, locale and Arabic UI words. */

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
