/** `/llms.txt`: the llmstxt.org index of the Markdown twins and data files (src/lib/data/llmsTxt.ts says why no plugin). */
import type { APIRoute } from 'astro';
import { getProsePages, getProviders } from '../content';
import { llmsTxt, textResponse } from '../lib/data/llmsTxt';
import { COMPARE_LINKS } from '../lib/sidebar';

/** What each comparison holds, by path (the labels come from the sidebar). */
const COMPARISON_DESCRIPTIONS: Record<string, string> = {
	'/errors/': 'Every error code of every provider with its HTTP status and whether to retry.',
	'/compare/rate-limits/': 'Every documented rate limit side by side, with what happens when it is exceeded.',
	'/compare/webhooks/': 'How each provider signs webhooks: header, algorithm, what is signed, raw body, replay window.',
	'/compare/idempotency-pagination/': 'Which providers accept idempotency keys, and how each one pages its lists.',
};

export const GET: APIRoute = async () =>
	textResponse(
		llmsTxt({
			providers: (await getProviders()).map((entry) => entry.data),
			comparisons: COMPARE_LINKS.map((link) => ({ title: link.label, path: link.href, description: COMPARISON_DESCRIPTIONS[link.href] ?? link.label })),
			prose: (await getProsePages()).map((entry) => ({ title: entry.data.title, path: `/${entry.id}/`, description: entry.data.description ?? entry.data.title })),
		})
	);
