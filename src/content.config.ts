import { defineCollection } from 'astro:content';
import { briefingsLoader } from './lib/briefings-loader';
import { briefingSchema } from './schemas/briefing';

/** One entry per `content/briefings/<slug>.md`: the article as body, the analysis as frontmatter. */
const briefings = defineCollection({
  loader: briefingsLoader('./content/briefings'),
  schema: briefingSchema,
});

export const collections = { briefings };
