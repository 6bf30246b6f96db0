// @ts-check
import sitemap from '@astrojs/sitemap';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import { inlineScriptHashes } from './src/lib/cspHashes';
import entrySearch from './src/integrations/entrySearch';
import permalinkPages from './src/integrations/permalinks/index';
import { isPermalinkPath } from './src/lib/providers/permalinks';
import { satteri } from '@astrojs/markdown-satteri';
import { typeCheckedNotes } from './src/lib/codeExamples/typeCheckedNotes';
import { PROVIDERS_DIR } from './src/providersDir';
import { SITE_DESCRIPTION, SITE_TITLE, SITE_URL } from './src/siteUrl';

export default defineConfig({
	site: SITE_URL,
	// Under each type-checked code block of a provider page: "Type-checked against <package>@<version>."
	markdown: { processor: satteri({ mdastPlugins: [typeCheckedNotes({ providersDir: PROVIDERS_DIR })] }) },
	// Content Security Policy, emitted as a <meta> tag on every page with hashes of Astro's and Starlight's
	// inline scripts and styles. Directives a <meta> tag cannot carry (frame-ancestors) are in public/_headers.
	security: {
		csp: {
			directives: [
				"default-src 'self'",
				"img-src 'self' data:",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			],
			scriptDirective: {
				// Pagefind compiles its search engine from WebAssembly.
				resources: ["'self'", "'wasm-unsafe-eval'"],
				// Astro does not hash `<script is:inline>`: Starlight's are hashed from its installed sources, the
				// site's overrides' (src/components/ThemeProvider.astro) from theirs.
				hashes: inlineScriptHashes(),
			},
			styleDirective: {
				// Shiki colours code tokens with inline `style` attributes (never scripts).
				resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }],
			},
		},
	},
	integrations: [
		starlight({
			title: SITE_TITLE,
			description: SITE_DESCRIPTION,
			// Provider pages live in the top-level content/ folder, outside Starlight's docs collection.
			markdown: { processedDirs: [PROVIDERS_DIR] },
			// The sidebar is built from the providers collection (see src/routeData.ts).
			routeMiddleware: './src/routeData.ts',
			customCss: ['./src/styles/site.css'],
			// Long lines wrap: a code block never scrolls sideways, so none becomes an unnamed keyboard-focusable region.
			expressiveCode: { defaultProps: { wrap: true } },
			// Search: the index is built by the entrySearch integration below (one result per entry), and the
			// dialog (src/components/SiteSearch.astro) loads only when a reader reaches for it.
			pagefind: false,
			components: {
				Search: './src/components/SiteSearch.astro',
				// Starlight's theme script, guarded against a stored value other than light/dark.
				ThemeProvider: './src/components/ThemeProvider.astro',
				// The page title gains a "Copy page" button where the page has a Markdown twin (src/lib/data/).
				PageTitle: './src/components/PageTitle.astro',
			},
			head: [
				// Every page is of kind "Page" in the search filters; entries get their own kind (src/lib/search/records.ts).
				{ tag: 'meta', attrs: { 'data-pagefind-filter': 'kind[content]', content: 'Page' } },
				{
					tag: 'link',
					attrs: {
						rel: 'search',
						type: 'application/opensearchdescription+xml',
						title: SITE_TITLE,
						href: '/opensearch.xml',
					},
				},
			],
		}),
		// The /e/, /g/, /l/ short links, written as static files after the build.
		permalinkPages(),
		entrySearch(),
		// Starlight's sitemap, minus the permalink pages (redirects to anchors of pages already listed).
		sitemap({ filter: (page) => !isPermalinkPath(new URL(page).pathname) }),
	],
});
