import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { PROVIDERS_DIR } from './providersDir';
import { ProviderSchema } from './schemas/provider';

export const collections = {
	/** Starlight's own prose pages (src/content/docs/). */
	docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
	/** One file per API provider; files starting with `_` are ignored. */
	providers: defineCollection({
		loader: glob({ base: PROVIDERS_DIR, pattern: '**/[^_]*.md' }),
		schema: ProviderSchema,
	}),
};
