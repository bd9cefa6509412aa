interface ImportMetaEnv {
  /** Where drawn preview cards are kept between builds; set by `cardCache()` (src/integrations/card-cache.ts). */
  readonly MOWJAZ_CARD_CACHE?: string;
  /** The source file of the threads that draw preview cards; set by `cardCache()` too. */
  readonly MOWJAZ_CARD_WORKER?: string;
}
