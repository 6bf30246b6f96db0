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
import { ENTRY_EXCLUDE_SELECTORS, entryDocuments, pageUrlOf } from '../lib/searchRecords';

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
					let pages = 0;
					let entries = 0;
					for (const file of files) {
						const html = await readFile(join(root, file), 'utf8');
						// Pages without `data-pagefind-body` (permalink redirects, 404) are not indexed.
						if (!/\sdata-pagefind-body\b/.test(html)) continue;
						const documents = entryDocuments(html, pageUrlOf(file));
						await Promise.all([
							index.addHTMLFile({ url: pageUrlOf(file), content: html }).then(check),
							...documents.map(({ url, html: content }) => index.addHTMLFile({ url, content }).then(check)),
						]);
						pages += 1;
						entries += documents.length;
					}
					check(await index.writeFiles({ outputPath: join(root, 'pagefind') }));
					logger.info(`Indexed ${pages} pages and ${entries} entries in ${Math.round(performance.now() - started)} ms.`);
				} finally {
					await pagefind.close();
				}
			},
		},
	};
}
