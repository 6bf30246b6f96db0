/** `/errors.md`: the Markdown twin of the error index (titles as in ./errors.astro). */
import type { APIRoute } from 'astro';
import { getProviders } from '../content';
import { errorIndexRows } from '../lib/providers/compare';
import { errorIndexMarkdown, markdownResponse } from '../lib/data/markdown';

export const GET: APIRoute = async () => {
	const rows = errorIndexRows((await getProviders()).map((entry) => entry.data));
	return markdownResponse(
		errorIndexMarkdown('Error codes of every provider', `All ${rows.length} error codes documented here, with HTTP status and whether to retry.`, rows)
	);
};
