/**
 * The size of the facts as data (src/lib/data/): each JSON API file, the JSON Schemas, the Markdown
 * twins and llms.txt, raw and gzipped, read from a build. `summariseDataFiles` is pure and unit-tested.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileUrlPath } from '../../src/lib/builtPaths';
import { gzipSize, median } from './stats';
import type { DataFileRow } from './types';

/** One file of the build with its sizes. */
export interface DataFile {
	/** URL path: "/api/v1/errors.json". */
	path: string;
	bytes: number;
	gz: number;
}

/** Every data file of a build: the JSON API, the Markdown twins, llms.txt and llms-full.txt. */
export async function readDataFiles(dist: string): Promise<DataFile[]> {
	const entries = await readdir(dist, { recursive: true, withFileTypes: true });
	const files: DataFile[] = [];
	for (const entry of entries) {
		if (!entry.isFile()) continue;
		const full = join(entry.parentPath, entry.name);
		const path = fileUrlPath(relative(dist, full));
		if (!(path.startsWith('/api/') || path.endsWith('.md') || path === '/llms.txt' || path === '/llms-full.txt')) continue;
		const body = await readFile(full);
		files.push({ path, bytes: body.length, gz: gzipSize(body) });
	}
	return files.sort((a, b) => a.path.localeCompare(b.path));
}

/**
 * The report's rows: each cross-provider file and llms file on its own line; the per-provider JSON
 * files, the schemas and the Markdown twins as groups (how many, median and largest gzipped, total).
 */
export function summariseDataFiles(files: readonly DataFile[]): DataFileRow[] {
	const single = (file: DataFile): DataFileRow => ({ label: file.path, files: 1, bytes: file.bytes, gz: file.gz, gzMedian: file.gz, gzMax: file.gz });
	const group = (label: string, members: readonly DataFile[]): DataFileRow[] =>
		members.length === 0
			? []
			: [
					{
						label,
						files: members.length,
						bytes: members.reduce((sum, file) => sum + file.bytes, 0),
						gz: members.reduce((sum, file) => sum + file.gz, 0),
						gzMedian: median(members.map((file) => file.gz)),
						gzMax: Math.max(...members.map((file) => file.gz)),
						gzMaxPath: members.reduce((a, b) => (b.gz > a.gz ? b : a)).path,
					},
				];
	const isProviderFile = (path: string) => path.startsWith('/api/v1/providers/');
	const isSchema = (path: string) => path.startsWith('/api/v1/schemas/');
	return [
		...files.filter((file) => file.path.startsWith('/api/') && !isProviderFile(file.path) && !isSchema(file.path)).map(single),
		...group('/api/v1/providers/<id>.json', files.filter((file) => isProviderFile(file.path))),
		...group('/api/v1/schemas/*.json', files.filter((file) => isSchema(file.path))),
		...group('Markdown twins (*.md)', files.filter((file) => file.path.endsWith('.md'))),
		...files.filter((file) => file.path.endsWith('.txt')).map(single),
	];
}
