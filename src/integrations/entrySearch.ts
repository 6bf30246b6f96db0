/**
 * Builds the Pagefind index after the site is built, in place of Starlight's own indexing (`pagefind: false`
 * in astro.config.mjs): the same Pagefind over the same pages, minus their entries, plus one document per
 * entry (src/lib/searchRecords.ts), so results link to the entry's anchor and filter by provider and kind.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { ENTRY_EXCLUDE_SELECTORS, entryDocuments, pageUrlOf, pickCanonicalEntries, type EntryDocument } from '../lib/searchRecords';

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
					const files = (await readdir(root, { recursive: true })).filter((file) => file.endsWith('.html'));
					const entries: EntryDocument[] = [];
					let pages = 0;
					for (const file of files.sort()) {
						const html = await readFile(join(root, file), 'utf8');
						// Pages without `data-pagefind-body` (permalink redirects, 404) are not indexed.
						if (!/\sdata-pagefind-body\b/.test(html)) continue;
						check(await index.addHTMLFile({ url: pageUrlOf(file), content: html }));
						entries.push(...entryDocuments(html, pageUrlOf(file)));
						pages += 1;
					}
					const canonical = pickCanonicalEntries(entries);
					await Promise.all(canonical.map(({ url, html }) => index.addHTMLFile({ url, content: html }).then(check)));
					check(await index.writeFiles({ outputPath: join(root, 'pagefind') }));
					logger.info(`Indexed ${pages} pages and ${canonical.length} entries in ${Math.round(performance.now() - started)} ms.`);
				} finally {
					await pagefind.close();
				}
			},
		},
	};
}
