/**
 * Shared, sorted collection queries: pages and components ask here, never `getCollection` directly,
 * so every view sees the same validated set of providers in the same order.
 */
import { readFile } from 'node:fs/promises';
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { buildChecklist, buildIdIndex, type ChecklistPhase } from './lib/checklist/items';
import { validateChecklistTemplate } from './lib/checklist/template';
import { findAnchorCollisions, findProviderSetProblems } from './lib/validation/contentRules';
import { ChecklistPhaseIdSchema } from './schemas/checklist';
import { findSecrets, formatSecretFindings } from './lib/validation/secrets';

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

let checklist: Promise<ChecklistPhase[]> | undefined;

/** The whole checklist (template plus every provider's generated items); throws on invalid or clashing ids. */
export function getChecklist(): Promise<ChecklistPhase[]> {
	checklist ??= loadChecklist();
	return checklist;
}

async function loadChecklist(): Promise<ChecklistPhase[]> {
	// The collection does not keep file order; phases have a fixed order of their own.
	const order = ChecklistPhaseIdSchema.options;
	const phases = (await getCollection('checklist'))
		.map((entry) => entry.data)
		.sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
	const { template, problems } = validateChecklistTemplate(phases);
	if (!template) throw new Error(`Invalid checklist template:\n${problems.join('\n')}`);
	const built = buildChecklist(template, (await getProviders()).map((entry) => entry.data));
	buildIdIndex(built);
	return built;
}

/** Starlight's own prose pages (src/content/docs/) but the 404 page, sorted by id: for their Markdown twins and llms.txt. */
export async function getProsePages(): Promise<CollectionEntry<'docs'>[]> {
	// The 404 page is served at /404.html for any missing URL: it is no page of its own to have a twin of.
	return (await getCollection('docs')).filter((entry) => entry.id !== '404').sort((a, b) => a.id.localeCompare(b.id, 'en'));
}
