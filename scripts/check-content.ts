/**
 * Fast content check, no build: validates every provider file and the checklist template with the
 * same schemas and cross-file rules as the build, rejects credential-shaped strings, and prints every
 * problem with its file and field (or line). Facts verified more than 12 months before today (or
 * BUILD_DATE) are listed as warnings.
 * Usage: npm run check:content [-- <providers folder>]   (exit code 1 when anything is invalid; warnings exit 0)
 */
import { buildChecklist, buildIdIndex } from '../src/lib/checklist/items';
import { checkChecklistFile } from '../src/lib/checklist/template';
import { checkSynonymsFile } from '../src/lib/search/synonyms';
import { buildDate } from '../src/lib/providers/freshness';
import { checkProviderFolder } from '../src/lib/validation/providerFiles';
import { PROVIDERS_DIR } from '../src/providersDir';

const folder = process.argv[2] ?? PROVIDERS_DIR;
const { valid, problems, warnings } = await checkProviderFolder(folder, buildDate());
if (warnings.length > 0) {
	console.warn(`⚠ ${warnings.length} fact(s) possibly out of date:\n${warnings.map((line) => `  ${line}`).join('\n')}`);
}
if (valid.length === 0 && problems.length === 0) problems.push(`${folder}: expected at least one provider file`);

const checklist = await checkChecklistFile();
problems.push(...checklist.problems);
if (checklist.template) {
	try {
		buildIdIndex(buildChecklist(checklist.template, valid.map((file) => file.data)));
	} catch (error) {
		problems.push(`checklist: ${(error as Error).message}`);
	}
}

// Provider aliases must name providers of the folder checked.
problems.push(...(await checkSynonymsFile(valid.map((file) => file.data.id))).problems);

if (problems.length > 0) {
	console.error(`✗ ${problems.length} problem(s):\n${problems.map((line) => `  ${line}`).join('\n')}`);
	process.exit(1);
}
console.log(`✓ ${valid.length} provider file(s) in ${folder}, the checklist template and the search synonyms are valid`);
