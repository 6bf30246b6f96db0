import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { defineCollection } from 'astro:content';
import { file, glob, type Loader } from 'astro/loaders';
import { PROVIDERS_DIR } from './providersDir';
import { ChecklistPhaseSchema } from './schemas/checklist';
import { ProviderSchema } from './schemas/provider';

/**
 * A loader that stores its entries without the copy of each file's raw frontmatter that Astro's Markdown
 * rendering keeps in `rendered.metadata.frontmatter` (what `render()` returns as `remarkPluginFrontmatter`,
 * which nothing here reads; the remark plugins run before it is dropped). The validated frontmatter is the
 * entry's `data`; the copy nearly doubled the data store, which Astro serialises, bundles and parses again
 * for every build (at 1,000 synthetic providers 29 MB of its 72 MB).
 */
function withoutFrontmatterCopy(loader: Loader): Loader {
	return {
		...loader,
		load: (context) => {
			const store = new Proxy(context.store, {
				get(target, key) {
					if (key === 'set') {
						return (entry: Parameters<typeof target.set>[0]) =>
							target.set(entry.rendered ? { ...entry, rendered: { ...entry.rendered, metadata: { ...entry.rendered.metadata, frontmatter: {} } } } : entry);
					}
					const value: unknown = Reflect.get(target, key, target);
					return typeof value === 'function' ? value.bind(target) : value;
				},
			});
			return loader.load({ ...context, store });
		},
	};
}

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
