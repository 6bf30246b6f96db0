import { describe, expect, it } from 'vitest';
import type { Loader, LoaderContext } from 'astro/loaders';
import { withoutFrontmatterCopy } from '../../src/lib/loaders';

type Entry = Parameters<LoaderContext['store']['set']>[0];

/** A loader that stores one rendered entry and one without rendering, and reads the store back. */
const fakeLoader = (seen: { has?: boolean }): Loader => ({
	name: 'fake',
	load: async ({ store }) => {
		store.set({ id: 'a', data: { name: 'A' }, rendered: { html: '<p>A</p>', metadata: { headings: [{ depth: 2, slug: 'x', text: 'X' }], frontmatter: { name: 'A' } } } });
		store.set({ id: 'b', data: { name: 'B' } });
		seen.has = store.has('a');
	},
});

describe('withoutFrontmatterCopy', () => {
	it('should store rendered entries without the frontmatter copy, and pass everything else through', async () => {
		const stored = new Map<string, Entry>();
		const store = {
			set: (entry: Entry) => (stored.set(entry.id, entry), true),
			has: (id: string) => stored.has(id),
		} as unknown as LoaderContext['store'];
		const seen: { has?: boolean } = {};
		const loader = withoutFrontmatterCopy(fakeLoader(seen));
		expect(loader.name).toBe('fake');
		await loader.load({ store } as LoaderContext);

		expect(stored.get('a')).toEqual({
			id: 'a',
			data: { name: 'A' },
			rendered: { html: '<p>A</p>', metadata: { headings: [{ depth: 2, slug: 'x', text: 'X' }], frontmatter: {} } },
		});
		expect(stored.get('b')).toEqual({ id: 'b', data: { name: 'B' } });
		expect(seen.has).toBe(true);
	});
});
