/**
 * Reads and validates provider files straight from disk, without Astro: the engine of the fast
 * content check. Uses Astro's own frontmatter parser and the same schema and cross-file rules as
 * the build, so both accept and reject the same files.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parseFrontmatter } from 'astro/markdown';
import { ProviderSchema, type Provider } from '../../schemas/provider';
import GithubSlugger from 'github-slugger';
import { findAnchorCollisions, findProviderSetProblems, formatSchemaIssues } from './contentRules';
import { findStaleFacts, formatStaleFacts } from '../providers/freshness';
import { findSecrets, formatSecretFindings } from './secrets';

/** A provider file that passed validation. */
export interface ValidProviderFile {
	/** Path relative to the working directory. */
	file: string;
	/** The parsed, defaulted facts. */
	data: Provider;
	/** The Markdown body. */
	body: string;
}

/** Lists the provider Markdown files below `folder`, skipping names that start with `_`. */
export async function listProviderFiles(folder: string): Promise<string[]> {
	const entries = await readdir(folder, { recursive: true, withFileTypes: true });
	return entries
		.filter((entry) => entry.isFile() && entry.name.endsWith('.md') && !entry.name.startsWith('_'))
		.map((entry) => join(entry.parentPath, entry.name))
		.sort();
}

/** Slugs of a Markdown body's headings, as Astro generates them (GitHub's slugger, outside code fences). */
export function markdownHeadingSlugs(markdown: string): string[] {
	const slugger = new GithubSlugger();
	let inFence = false;
	const slugs: string[] = [];
	for (const line of markdown.split('\n')) {
		if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
		const heading = !inFence && /^#{1,6}\s+(.+?)\s*#*\s*$/.exec(line);
		if (heading) slugs.push(slugger.slug(heading[1]!.replace(/[`*_]/g, '')));
	}
	return slugs;
}

/** What checking a folder of provider files found. */
export interface ProviderFolderCheck {
	/** The files that passed validation. */
	valid: ValidProviderFile[];
	/** One line per problem; any problem fails the check. */
	problems: string[];
	/** One line per fact possibly out of date at `now`; warnings do not fail the check. */
	warnings: string[];
}

/**
 * Validates every provider file below `folder`: schema, cross-file rules and credential-shaped strings
 * (problems), and facts verified too long before `now` (warnings).
 */
export async function checkProviderFolder(folder: string, now = new Date()): Promise<ProviderFolderCheck> {
	const valid: ValidProviderFile[] = [];
	const problems: string[] = [];
	const warnings: string[] = [];
	for (const path of await listProviderFiles(folder)) {
		const file = relative(process.cwd(), path);
		const text = await readFile(path, 'utf8');
		problems.push(...formatSecretFindings(file, findSecrets(text)));
		let parsed: { frontmatter: Record<string, unknown>; content: string };
		try {
			parsed = parseFrontmatter(text);
		} catch (error) {
			problems.push(`${file}: (frontmatter): expected valid YAML: ${(error as Error).message}`);
			continue;
		}
		const result = ProviderSchema.safeParse(parsed.frontmatter);
		if (!result.success) {
			problems.push(...formatSchemaIssues(file, result.error.issues));
			continue;
		}
		valid.push({ file, data: result.data, body: parsed.content });
		problems.push(...findAnchorCollisions(file, result.data, markdownHeadingSlugs(parsed.content)));
		warnings.push(...formatStaleFacts(file, findStaleFacts(result.data, now), now));
	}
	problems.push(...findProviderSetProblems(valid.map(({ file, data }) => ({ file, id: data.id }))));
	return { valid, problems, warnings };
}
