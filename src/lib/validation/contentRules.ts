/**
 * Validation of provider files beyond one file's schema, and the error messages for bad input.
 * Shared by the build (src/content.ts) and the fast content check (scripts/check-content.ts),
 * so both report the same problems in the same words.
 */
import type { z } from 'astro/zod';
import { PROVIDER_SECTION_IDS } from '../../schemas/common';
import { errorAnchor, patternAnchor, rateLimitAnchor } from '../anchors';

/** A provider file as far as cross-file checks need it. */
export interface ProviderFileRef {
	/** Path of the file, relative to the repository root: "content/providers/stripe.md". */
	file: string;
	/** The `id` from its frontmatter. */
	id: string;
}

/** Formats a Zod issue path as a field path: `["rateLimits", 0, "per"]` → `rateLimits[0].per`. */
export function formatFieldPath(path: readonly PropertyKey[]): string {
	return path.reduce<string>((out, key) => {
		if (typeof key === 'number') return `${out}[${key}]`;
		return out ? `${out}.${String(key)}` : String(key);
	}, '');
}

/** One line per problem: `<file>: <field path>: <what was expected>`; `whole` names a problem with the whole document. */
export function formatSchemaIssues(file: string, issues: readonly z.core.$ZodIssue[], whole = '(frontmatter)'): string[] {
	return issues.map((issue) => `${file}: ${formatFieldPath(issue.path) || whole}: ${describeIssue(issue)}`);
}

/** Zod's message, except that a missing field says so plainly. */
function describeIssue(issue: z.core.$ZodIssue): string {
	if (issue.code === 'invalid_type' && issue.message.endsWith('received undefined')) return `missing; expected ${issue.expected}`;
	return issue.message;
}

/** Returns the name of a provider file without folders or extension: "content/providers/stripe.md" → "stripe". */
export function fileStem(file: string): string {
	return file.replace(/^.*\//, '').replace(/\.md$/, '');
}

/**
 * Problems that involve more than one field of one file: the id must match the file name
 * (so the URL is predictable) and no two files may share an id.
 */
export function findProviderSetProblems(files: readonly ProviderFileRef[]): string[] {
	const problems: string[] = [];
	const fileById = new Map<string, string>();
	for (const { file, id } of files) {
		if (fileStem(file) !== id) {
			problems.push(`${file}: id: expected "${fileStem(file)}" (the file name), got "${id}"`);
		}
		const other = fileById.get(id);
		if (other) problems.push(`${file}: id: expected a unique provider id, but "${id}" is already used by ${other}`);
		else fileById.set(id, file);
	}
	return problems;
}

/** The anchors a provider's frontmatter entries take on its page. */
export function entryAnchors(provider: {
	rateLimits: readonly { id: string }[];
	errors: readonly { code: string }[];
	patterns: readonly { id: string }[];
}): string[] {
	return [
		...provider.rateLimits.map((limit) => rateLimitAnchor(limit.id)),
		...provider.errors.map((error) => errorAnchor(error.code)),
		...provider.patterns.map((pattern) => patternAnchor(pattern.id)),
	];
}

/**
 * Body headings whose anchors collide with a section or an entry of the same page: two elements
 * with one id would make the entry's link land on the wrong place.
 */
export function findAnchorCollisions(
	file: string,
	provider: Parameters<typeof entryAnchors>[0],
	bodyHeadingSlugs: readonly string[]
): string[] {
	const taken = new Set<string>([...PROVIDER_SECTION_IDS, ...entryAnchors(provider)]);
	taken.delete('code-examples'); // the body's own section heading
	return bodyHeadingSlugs
		.filter((slug) => taken.has(slug))
		.map((slug) => `${file}: (body): expected headings whose anchors differ from the page's entries, but "#${slug}" is taken`);
}
