/**
 * Fast content check, no build: validates every provider file in content/providers/ with the
 * same schema and cross-file rules as the build, and prints every problem with file and field.
 * Usage: npm run check:content [-- <folder>]   (exit code 1 when any file is invalid)
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parseFrontmatter } from 'astro/markdown';
import { findProviderSetProblems, formatSchemaIssues, type ProviderFileRef } from '../src/lib/contentValidation';
import { ProviderSchema } from '../src/schemas/provider';

/** Lists the provider Markdown files below `folder`, skipping names that start with `_`. */
async function listProviderFiles(folder: string): Promise<string[]> {
	const entries = await readdir(folder, { recursive: true, withFileTypes: true });
	return entries
		.filter((entry) => entry.isFile() && entry.name.endsWith('.md') && !entry.name.startsWith('_'))
		.map((entry) => join(entry.parentPath, entry.name))
		.sort();
}

/** Validates every file below `folder`; returns the problems, one line each. */
export async function checkProviderFolder(folder: string): Promise<{ files: number; problems: string[] }> {
	const files = await listProviderFiles(folder);
	const problems: string[] = [];
	const refs: ProviderFileRef[] = [];
	for (const path of files) {
		const file = relative(process.cwd(), path);
		let frontmatter: Record<string, unknown>;
		try {
			frontmatter = parseFrontmatter(await readFile(path, 'utf8')).frontmatter;
		} catch (error) {
			problems.push(`${file}: (frontmatter): expected valid YAML: ${(error as Error).message}`);
			continue;
		}
		const result = ProviderSchema.safeParse(frontmatter);
		if (result.success) refs.push({ file, id: result.data.id });
		else problems.push(...formatSchemaIssues(file, result.error.issues));
	}
	problems.push(...findProviderSetProblems(refs));
	return { files: files.length, problems };
}

const folder = process.argv[2] ?? 'content/providers';
const { files, problems } = await checkProviderFolder(folder);
if (problems.length > 0) {
	console.error(`✗ ${problems.length} problem(s) in ${folder}:\n${problems.map((line) => `  ${line}`).join('\n')}`);
	process.exit(1);
}
console.log(`✓ ${files} provider file(s) in ${folder} are valid`);
