/**
 * Builds the Pagefind index after the site is built, in place of Starlight's own indexing (`pagefind: false`
 * in astro.config.mjs). Two sources:
 * - the search documents built from the collections (src/lib/search/documents.ts, handed over by the
 *   build-only route /search/documents.json, removed here once read): one per provider page and checklist
 *   page, each entry a section on its own anchor;
 * - every other page's built HTML, as Pagefind indexes any page (the home page, the comparisons, the error
 *   index, About). Permalink redirects and pages without `data-pagefind-body` (404) are skipped.
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { isPermalinkPath } from '../lib/providers/permalinks';
import { pageUrlOf } from '../lib/builtPaths';
import { COMPARISON_GROUP, ERROR_INDEX_GROUP, pageRole } from '../lib/search/rank';
import { SEARCH_DOCUMENTS_PATH, documentHtml, headerCellsApart, type SearchDocument } from '../lib/search/documents';

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
				const documentsFile = join(root, ...SEARCH_DOCUMENTS_PATH.split('/'));
				const documents = JSON.parse(await readFile(documentsFile, 'utf8')) as SearchDocument[];
				await rm(documentsFile);
				const fromData = new Set(documents.map((document) => document.url));
				try {
					const index = check(await pagefind.createIndex({})).index!;
					// One at a time: all at once would queue every document for Pagefind's process at once.
					for (const document of documents) check(await index.addHTMLFile({ url: document.url, content: documentHtml(document) }));
					const files = (await readdir(root, { recursive: true }))
						.filter((file) => file.endsWith('.html'))
						.sort()
						.map((file) => ({ file, url: pageUrlOf(file) }))
						.filter(({ url }) => !isPermalinkPath(url) && !fromData.has(url));
					let pages = 0;
					for (const { file, url } of files) {
						const html = await readFile(join(root, file), 'utf8');
						if (!html.includes('data-pagefind-body')) continue;
						// Comparison pages (and the error index) carry a `group` filter, so the dialog can tell them apart before loading them.
						const group = url === '/errors/' ? ERROR_INDEX_GROUP : pageRole(url) === 'comparison' ? COMPARISON_GROUP : undefined;
						const spaced = headerCellsApart(html);
						const content = group ? spaced.replace(/(<[^>]*\sdata-pagefind-body[^>]*>)/, `$1<span data-pagefind-filter="group:${group}"></span>`) : spaced;
						check(await index.addHTMLFile({ url, content }));
						pages += 1;
					}
					check(await index.writeFiles({ outputPath: join(root, 'pagefind') }));
					logger.info(`Indexed ${documents.length} documents from the data and ${pages} other pages in ${Math.round(performance.now() - started)} ms.`);
				} finally {
					await pagefind.close();
				}
			},
		},
	};
}
