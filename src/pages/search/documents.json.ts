/**
 * The search documents (src/lib/search/documents.ts), built from the validated collections and handed to
 * the search integration (src/integrations/entrySearch.ts), which indexes them after the build and then
 * removes this file from the output: it is a build step, not something the site serves.
 */
import type { APIRoute } from 'astro';
import { render } from 'astro:content';
import { getChecklist, getProviders } from '../../content';
import { checklistDocuments, providerDocument, type SearchDocument } from '../../lib/search/documents';

export const GET: APIRoute = async () => {
	const entries = await getProviders();
	const documents: SearchDocument[] = [];
	for (const entry of entries) {
		const { headings } = await render(entry);
		documents.push(providerDocument(entry.data, entry.body ?? '', headings));
	}
	documents.push(...checklistDocuments(await getChecklist(), entries.map((entry) => entry.data)));
	return new Response(JSON.stringify(documents), { headers: { 'Content-Type': 'application/json' } });
};
