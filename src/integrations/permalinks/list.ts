/**
 * Build-time route (injected by ./index.ts): every permalink as JSON, from the validated collections,
 * for the integration to write the pages from after the build. Never deployed: the integration removes
 * the file once it has read it.
 */
import type { APIRoute } from 'astro';
import { getProviders } from '../../content';
import { findPermalinkCollisions, providerPermalinks } from '../../lib/providers/permalinks';

export const GET: APIRoute = async () => {
	const permalinks = (await getProviders()).flatMap((entry) => providerPermalinks(entry.data));
	const problems = findPermalinkCollisions(permalinks);
	if (problems.length > 0) throw new Error(`Colliding permalinks:\n${problems.join('\n')}`);
	return new Response(JSON.stringify(permalinks));
};
