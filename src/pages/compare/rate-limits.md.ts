/** `/compare/rate-limits.md`: the Markdown twin of ./rate-limits.astro (same title and description). */
import type { APIRoute } from 'astro';
import { getProviders } from '../../content';
import { rateLimitRows } from '../../lib/providers/compare';
import { markdownResponse, rateLimitsMarkdown } from '../../lib/data/markdown';

export const GET: APIRoute = async () => {
	const providers = (await getProviders()).map((entry) => entry.data);
	const rows = rateLimitRows(providers);
	return markdownResponse(
		rateLimitsMarkdown('Rate limits compared', `All ${rows.length} documented rate limits of ${providers.length} providers side by side.`, rows)
	);
};
