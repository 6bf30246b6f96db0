// @ts-check
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
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
		}),
	],
});
