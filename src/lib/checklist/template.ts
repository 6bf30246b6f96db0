/**
 * Validates the checklist template as a whole (phase order, ids unique across phases), with
 * messages naming the file and field. Used by the build (src/content.ts) and the content check.
 */
import { readFile } from 'node:fs/promises';
import yaml from 'js-yaml';
import { ChecklistTemplateSchema, type ChecklistTemplate } from '../../schemas/checklist';
import { formatSchemaIssues } from '../validation/contentRules';

/** The template file, relative to the project root. */
export const CHECKLIST_TEMPLATE_FILE = 'content/checklist.yaml';

/** Validates the template's phases; returns them, or the problems one line each. */
export function validateChecklistTemplate(
	phases: unknown,
	file = CHECKLIST_TEMPLATE_FILE
): { template: ChecklistTemplate; problems: [] } | { template: undefined; problems: string[] } {
	const result = ChecklistTemplateSchema.safeParse(phases);
	if (result.success) return { template: result.data, problems: [] };
	return { template: undefined, problems: formatSchemaIssues(file, result.error.issues, '(file)') };
}

/** Reads and validates the template file straight from disk with Astro's YAML parser (for the content check and tests). */
export async function checkChecklistFile(file = CHECKLIST_TEMPLATE_FILE) {
	let phases: unknown;
	try {
		phases = yaml.load(await readFile(file, 'utf8'));
	} catch (error) {
		return { template: undefined, problems: [`${file}: (file): expected valid YAML: ${(error as Error).message}`] };
	}
	return validateChecklistTemplate(phases, file);
}
