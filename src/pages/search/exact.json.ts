/** The exact-match manifest: how many shards `/search/exact/<key>.json` there are (src/lib/searchTerms.ts). */
import type { APIRoute } from 'astro';
import { getProviders } from '../../content';
import { buildExactTable, shardExactTable } from '../../lib/searchTerms';

export const GET: APIRoute = async () => {
	const providers = (await getProviders()).map((entry) => entry.data);
	const shards = shardExactTable(buildExactTable(providers)).size;
	return new Response(JSON.stringify({ shards }), { headers: { 'Content-Type': 'application/json' } });
};
