/**
 * Builds the Pagefind index after the site is built, in place of Starlight's own indexing (`pagefind: false`
 * in astro.config.mjs): the same Pagefind over the same pages, minus their entries, plus one document per
 * entry (src/lib/search/records.ts), so results link to the entry's anchor and filter by provider and kind.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { isPermalinkPath } from '../lib/providers/permalinks';
import { pageUrlOf } from '../lib/builtPaths';
import { CanonicalEntries, ENTRY_EXCLUDE_SELECTORS, readSearchPage } from '../lib/search/records';

/** Throws when Pagefind reports errors. */
function check<T extends { errors: string[] }>(response: T): T {
	if (response.errors.length > 0) throw new Error(`Pagefind: ${response.errors.join('; ')}`);
	return response;
}

export default function entrySearch(): AstroIntegration {
	return {
		name: 'entry-search',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const root = fileURLToPath(dir);
				try {
					const index = check(await pagefind.createIndex({ excludeSelectors: ENTRY_EXCLUDE_SELECTORS })).index!;
					// Permalink pages are redirects with nothing to index, and most of the pages at scale: not even read.
					const files = (await readdir(root, { recursive: true }))
						.filter((file) => file.endsWith('.html'))
						.sort()
						.map((file) => ({ file, url: pageUrlOf(file) }))
						.filter(({ url }) => !isPermalinkPath(url));
					const entries = new CanonicalEntries();
					let pages = 0;
					for (const { file, url } of files) {
						const html = await readFile(join(root, file), 'utf8');
						const page = readSearchPage(html, url);
						// Pages without `data-pagefind-body` (404) are not indexed.
						if (!page.indexed) continue;
						check(await index.addHTMLFile({ url, content: html }));
						entries.add(page.entries);
						pages += 1;
					}
					// One at a time: all at once would queue every document's HTML for Pagefind's process at once.
					const canonical = entries.values();
					for (const { url, html } of canonical) check(await index.addHTMLFile({ url, content: html }));
					check(await index.writeFiles({ outputPath: join(root, 'pagefind') }));
					logger.info(`Indexed ${pages} pages and ${canonical.length} entries in ${Math.round(performance.now() - started)} ms.`);
				} finally {
					await pagefind.close();
				}
			},
		},
	};
}
