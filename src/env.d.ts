interface ImportMetaEnv {
  /** Where drawn preview cards are kept between builds; set by `cardCache()` (src/integrations/card-cache.ts). */
  readonly MOWJAZ_CARD_CACHE?: string;
}
