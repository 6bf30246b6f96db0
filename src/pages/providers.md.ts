/** `/providers.md`: the Markdown twin of /providers/ (titles as in src/pages/providers/index.astro). */
import type { APIRoute } from 'astro';
import { getProviders } from '../content';
import { markdownResponse, providersIndexMarkdown } from '../lib/data/markdown';

export const GET: APIRoute = async () => {
	const providers = (await getProviders()).map((entry) => entry.data);
	return markdownResponse(providersIndexMarkdown('Providers', `All ${providers.length} API providers documented here, by category.`, providers));
};
