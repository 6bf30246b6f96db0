/**
 * The installed version of a package (what the tests and the type check actually ran against), read
 * from node_modules at build time; package.json may hold a range.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export function installedVersion(name: string, root = process.cwd()): string {
	const manifest = JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version?: unknown };
	if (typeof manifest.version !== 'string') throw new Error(`node_modules/${name}/package.json: version: expected a string`);
	return manifest.version;
}
