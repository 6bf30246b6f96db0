// @ts-check
import sitemap from '@astrojs/sitemap';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import entrySearch from './src/integrations/entrySearch';
import { isPermalinkPath } from './src/lib/permalinks';
import { PROVIDERS_DIR } from './src/providersDir';

export default defineConfig({
	site: 'https://api-patterns.example.org',
	integrations: [
		starlight({
			title: 'API Integration Patterns',
			description:
				'Rate limits, error codes with retry advice, gotchas and checklists for integrating third-party APIs.',
			// Provider pages live in the top-level content/ folder, outside Starlight's docs collection.
			markdown: { processedDirs: [PROVIDERS_DIR] },
			// The sidebar is built from the providers collection (see src/routeData.ts).
			routeMiddleware: './src/routeData.ts',
			customCss: ['./src/styles/site.css'],
			// Search: the index is built by the entrySearch integration below (one result per entry), and the
			// dialog (src/components/SiteSearch.astro) loads only when a reader reaches for it.
			pagefind: false,
			components: { Search: './src/components/SiteSearch.astro' },
			head: [
				// Every page is of kind "Page" in the search filters; entries get their own kind (src/lib/searchRecords.ts).
				{ tag: 'meta', attrs: { 'data-pagefind-filter': 'kind[content]', content: 'Page' } },
				{
					tag: 'link',
					attrs: {
						rel: 'search',
						type: 'application/opensearchdescription+xml',
						title: 'API Integration Patterns',
						href: '/opensearch.xml',
					},
				},
			],
		}),
		entrySearch(),
		// Starlight's sitemap, minus the permalink pages (redirects to anchors of pages already listed).
		sitemap({ filter: (page) => !isPermalinkPath(new URL(page).pathname) }),
	],
});
