/** `/compare/webhooks.md`: the Markdown twin of ./webhooks.astro (same title and description). */
import type { APIRoute } from 'astro';
import { getProviders } from '../../content';
import { webhookRows } from '../../lib/providers/compare';
import { markdownResponse, webhooksMarkdown } from '../../lib/data/markdown';

export const GET: APIRoute = async () => {
	const rows = webhookRows((await getProviders()).map((entry) => entry.data));
	return markdownResponse(
		webhooksMarkdown(
			'Webhook signatures compared',
			`How ${rows.length} providers sign their webhooks: header, algorithm, what is signed, raw body, replay window.`,
			rows
		)
	);
};
