/**
 * The search manifest: how many shards `/search/exact/<key>.json` there are (src/lib/search/terms.ts), and the
 * provider filter's choices. Cheaper than asking Pagefind for its filters, which loads every filter's
 * full document lists.
 */
import type { APIRoute } from 'astro';
import { getProviders } from '../../content';
import type { SearchManifest } from '../../lib/search/query';
import { normalizeTerm } from '../../lib/search/query';
import { loadSynonyms } from '../../lib/search/synonyms';
import { buildExactTable, shardExactTable } from '../../lib/search/terms';

export const GET: APIRoute = async () => {
	const providers = (await getProviders()).map((entry) => entry.data);
	const synonyms = await loadSynonyms(providers.map((provider) => provider.id));
	const aliases: Record<string, string> = {};
	for (const provider of providers) {
		const words = [provider.id, provider.id.replace(/-/g, ' '), ...(synonyms.providers[provider.id] ?? [])].map(normalizeTerm);
		for (const word of words) if (word !== normalizeTerm(provider.name)) aliases[word] ??= provider.name;
	}
	const manifest: SearchManifest = {
		shards: shardExactTable(buildExactTable(providers)).size,
		providers: providers.map((provider) => provider.name).sort((a, b) => a.localeCompare(b, 'en')),
		aliases,
		concepts: synonyms.concepts,
	};
	return new Response(JSON.stringify(manifest), { headers: { 'Content-Type': 'application/json' } });
};
