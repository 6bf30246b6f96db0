/** Wrappers around Astro's content loaders (used by src/content.config.ts). */
import type { Loader } from 'astro/loaders';

/**
 * A loader that stores its entries without the copy of each file's raw frontmatter that Astro's Markdown
 * rendering keeps in `rendered.metadata.frontmatter` (what `render()` returns as `remarkPluginFrontmatter`,
 * which nothing here reads; the remark plugins run before it is dropped). The validated frontmatter is the
 * entry's `data`. Without the copy the data store, which Astro serialises, bundles into the build and parses
 * again, is about 9 % smaller (its serialiser shares equal strings, so the copy cost its structure, not its text).
 */
export function withoutFrontmatterCopy(loader: Loader): Loader {
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
