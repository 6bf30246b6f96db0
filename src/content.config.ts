import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { withoutFrontmatterCopy } from './lib/loaders';
import { PROVIDERS_DIR } from './providersDir';
import { ChecklistPhaseSchema } from './schemas/checklist';
import { ProviderSchema } from './schemas/provider';

export const collections = {
	/** Starlight's own prose pages (src/content/docs/). */
	docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
	/** One file per API provider; files starting with `_` are ignored. */
	providers: defineCollection({
		loader: withoutFrontmatterCopy(glob({ base: PROVIDERS_DIR, pattern: '**/[^_]*.md' })),
		schema: ProviderSchema,
	}),
	/** The generic checklist template: one entry per phase, in file order. */
	checklist: defineCollection({
		loader: file('content/checklist.yaml'),
		schema: ChecklistPhaseSchema,
	}),
};
