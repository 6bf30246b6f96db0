/**
 * Shared, sorted collection queries: pages and components ask here, never `getCollection` directly,
 * so every view sees the same validated set of providers in the same order.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { findProviderSetProblems } from './lib/contentValidation';

export type ProviderEntry = CollectionEntry<'providers'>;

let providers: Promise<ProviderEntry[]> | undefined;

/** Every provider, sorted by name; throws (stopping the build) when the set breaks a cross-file rule. */
export function getProviders(): Promise<ProviderEntry[]> {
	providers ??= loadProviders();
	return providers;
}

async function loadProviders(): Promise<ProviderEntry[]> {
	const entries = await getCollection('providers');
	const problems = findProviderSetProblems(
		entries.map((entry) => ({ file: entry.filePath ?? `content/providers/${entry.id}.md`, id: entry.data.id }))
	);
	if (problems.length > 0) throw new Error(`Invalid provider files:\n${problems.join('\n')}`);
	return entries.sort((a, b) => a.data.name.localeCompare(b.data.name, 'en'));
}
