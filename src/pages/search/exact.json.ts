/**
 * The search manifest: how many shards `/search/exact/<key>.json` there are (src/lib/search/terms.ts), and the
 * provider filter's choices. Cheaper than asking Pagefind for its filters, which loads every filter's
 * full document lists.
 */
import type { APIRoute } from 'astro';
import { getProviders } from '../../content';
import type { SearchManifest } from '../../lib/search/query';
import { buildExactTable, shardExactTable } from '../../lib/search/terms';

export const GET: APIRoute = async () => {
	const providers = (await getProviders()).map((entry) => entry.data);
	const manifest: SearchManifest = {
		shards: shardExactTable(buildExactTable(providers)).size,
		providers: providers.map((provider) => provider.name).sort((a, b) => a.localeCompare(b, 'en')),
	};
	return new Response(JSON.stringify(manifest), { headers: { 'Content-Type': 'application/json' } });
};
