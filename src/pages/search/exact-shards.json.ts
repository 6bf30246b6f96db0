/** The keys of the exact-match shards that exist, so the search dialog asks only for those. */
import type { APIRoute } from 'astro';
import { getProviders } from '../../content';
import { buildExactTable, shardExactTable } from '../../lib/searchTerms';

export const GET: APIRoute = async () => {
	const providers = (await getProviders()).map((entry) => entry.data);
	const keys = [...shardExactTable(buildExactTable(providers)).keys()].sort();
	return new Response(JSON.stringify(keys), { headers: { 'Content-Type': 'application/json' } });
};
