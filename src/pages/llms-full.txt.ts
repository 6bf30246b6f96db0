/** `/llms-full.txt`: every provider page's Markdown twin in one file (src/lib/data/llmsTxt.ts says why no plugin). */
import type { APIRoute } from 'astro';
import { getProviders } from '../content';
import { llmsFullTxt, textResponse } from '../lib/data/llmsTxt';
import { providerMarkdown } from '../lib/data/markdown';

export const GET: APIRoute = async () =>
	textResponse(llmsFullTxt((await getProviders()).map((entry) => providerMarkdown(entry.data, entry.body ?? ''))));
