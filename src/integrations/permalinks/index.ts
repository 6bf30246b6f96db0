/**
 * Short permalinks (`/e/…`, `/g/…`, `/l/…`, src/lib/providers/permalinks.ts) without rendering a page per
 * entry: the build renders one route, the list of every permalink as JSON (./list.ts), and after the
 * build this integration writes each page from one template (`permalinkPageHtml`), then removes the
 * list. At 1,000 providers that is 32,000 small files written directly instead of 32,000 pages through
 * Astro's renderer. Astro does not know these pages, so they stay out of the sitemap; they are in dist/
 * before `check:dist`, so the link check covers them. `astro dev` serves them from ./devPage.ts.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { permalinkPageHtml, type Permalink } from '../../lib/providers/permalinks';

/** Where the build writes the list, relative to the output folder. */
const LIST_PATH = '/permalink-pages.json';
/** How many files are written at once. */
const CONCURRENCY = 64;

export default function permalinkPages(): AstroIntegration {
	let site: URL | undefined;
	return {
		name: 'permalink-pages',
		hooks: {
			'astro:config:setup': ({ command, injectRoute }) => {
				if (command === 'dev') {
					injectRoute({ pattern: '/[prefix]/[provider]/[entry]', entrypoint: new URL('./devPage.ts', import.meta.url) });
				} else {
					injectRoute({ pattern: LIST_PATH, entrypoint: new URL('./list.ts', import.meta.url) });
				}
			},
			'astro:config:done': ({ config }) => {
				site = config.site ? new URL(config.site) : undefined;
			},
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const root = fileURLToPath(dir);
				const listFile = join(root, LIST_PATH);
				const permalinks = JSON.parse(await readFile(listFile, 'utf8')) as Permalink[];
				if (!site) throw new Error('permalink-pages: expected `site` in astro.config.mjs, for the pages\' canonical links');
				for (let start = 0; start < permalinks.length; start += CONCURRENCY) {
					await Promise.all(
						permalinks.slice(start, start + CONCURRENCY).map(async (permalink) => {
							const file = join(root, permalink.path, 'index.html');
							await mkdir(dirname(file), { recursive: true });
							await writeFile(file, permalinkPageHtml(permalink, site!));
						})
					);
				}
				await rm(listFile);
				logger.info(`Wrote ${permalinks.length} permalink pages in ${Math.round(performance.now() - started)} ms.`);
			},
		},
	};
}
