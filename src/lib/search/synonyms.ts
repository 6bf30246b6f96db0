/**
 * Reads and validates content/search/synonyms.yaml (src/schemas/search.ts), with messages naming the file
 * and field, for the build (the search manifest) and the content check.
 */
import { readFile } from 'node:fs/promises';
import yaml from 'js-yaml';
import { SynonymsSchema, type Synonyms } from '../../schemas/search';
import { formatSchemaIssues } from '../validation/contentRules';

/** The synonym table, relative to the project root. */
export const SYNONYMS_FILE = 'content/search/synonyms.yaml';

/**
 * Validates the table; provider aliases must name providers that exist (`providerIds`). `synonyms` is set
 * whenever the file matches the schema, even when an alias names an unknown provider.
 */
export function validateSynonyms(data: unknown, providerIds: readonly string[], file = SYNONYMS_FILE): { synonyms?: Synonyms; problems: string[] } {
	const result = SynonymsSchema.safeParse(data ?? {});
	if (!result.success) return { problems: formatSchemaIssues(file, result.error.issues, '(file)') };
	const known = new Set(providerIds);
	const problems = Object.keys(result.data.providers)
		.filter((id) => !known.has(id))
		.map((id) => `${file}: providers.${id}: expected the id of a provider in the providers folder`);
	return { synonyms: result.data, problems };
}

/** Reads and validates the table from disk. */
export async function checkSynonymsFile(providerIds: readonly string[], file = SYNONYMS_FILE): Promise<{ synonyms?: Synonyms; problems: string[] }> {
	let data: unknown;
	try {
		data = yaml.load(await readFile(file, 'utf8'));
	} catch (error) {
		return { problems: [`${file}: (file): expected valid YAML: ${(error as Error).message}`] };
	}
	return validateSynonyms(data, providerIds, file);
}

/**
 * The table, or an error that stops the build. Aliases of providers that are not built are left out
 * rather than refused, so a build of another providers folder (the benchmark's) still works; the content
 * check reports them for the real folder.
 */
export async function loadSynonyms(providerIds: readonly string[], file = SYNONYMS_FILE): Promise<Synonyms> {
	const { synonyms, problems } = await checkSynonymsFile(providerIds, file);
	if (!synonyms) throw new Error(`Invalid search synonyms:\n${problems.join('\n')}`);
	const known = new Set(providerIds);
	return { ...synonyms, providers: Object.fromEntries(Object.entries(synonyms.providers).filter(([id]) => known.has(id))) };
}
