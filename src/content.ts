/**
 * Shared, sorted collection queries: pages and components ask here, never `getCollection` directly,
 * so every view sees the same validated set of providers in the same order.
 */
import { readFile } from 'node:fs/promises';
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { findAnchorCollisions, findProviderSetProblems } from './lib/contentValidation';
import { findSecrets, formatSecretFindings } from './lib/secrets';

export type ProviderEntry = CollectionEntry<'providers'>;

let providers: Promise<ProviderEntry[]> | undefined;

/** Every provider, sorted by name; throws (stopping the build) when the set breaks a cross-file rule. */
export function getProviders(): Promise<ProviderEntry[]> {
	providers ??= loadProviders();
	return providers;
}

async function loadProviders(): Promise<ProviderEntry[]> {
	const entries = await getCollection('providers');
	const fileOf = (entry: ProviderEntry) => entry.filePath ?? `${entry.id}.md`;
	const problems = findProviderSetProblems(entries.map((entry) => ({ file: fileOf(entry), id: entry.data.id })));
	for (const entry of entries) {
		const { headings } = await render(entry);
		if (entry.filePath) problems.push(...formatSecretFindings(entry.filePath, findSecrets(await readFile(entry.filePath, 'utf8'))));
		problems.push(...findAnchorCollisions(fileOf(entry), entry.data, headings.map((heading) => heading.slug)));
	}
	if (problems.length > 0) throw new Error(`Invalid provider files:\n${problems.join('\n')}`);
	return entries.sort((a, b) => a.data.name.localeCompare(b.data.name, 'en'));
}
