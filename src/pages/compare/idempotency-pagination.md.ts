/** `/compare/idempotency-pagination.md`: the Markdown twin of ./idempotency-pagination.astro (same title and description). */
import type { APIRoute } from 'astro';
import { getProviders } from '../../content';
import { idempotencyRows, paginationRows } from '../../lib/providers/compare';
import { idempotencyPaginationMarkdown, markdownResponse } from '../../lib/data/markdown';

export const GET: APIRoute = async () => {
	const providers = (await getProviders()).map((entry) => entry.data);
	return markdownResponse(
		idempotencyPaginationMarkdown(
			'Idempotency and pagination compared',
			'Which providers accept idempotency keys, and how each one pages its lists.',
			idempotencyRows(providers),
			paginationRows(providers)
		)
	);
};
