/** The exact-match table in shards, `/search/exact/<key>.json`, fetched by the search dialog (src/lib/search/terms.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getProviders } from '../../../content';
import type { ExactTable } from '../../../lib/search/query';
import { buildExactTable, shardExactTable } from '../../../lib/search/terms';

export const getStaticPaths = (async () => {
	const providers = (await getProviders()).map((entry) => entry.data);
	const shards = shardExactTable(buildExactTable(providers));
	return [...shards].map(([shard, table]) => ({ params: { shard }, props: { table } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ table: ExactTable }> = ({ props }) =>
	new Response(JSON.stringify(props.table), { headers: { 'Content-Type': 'application/json' } });
