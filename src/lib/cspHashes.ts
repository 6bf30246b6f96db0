/**
 * Hashes for the Content Security Policy. Astro hashes the scripts and styles it bundles, but not
 * `<script is:inline>` bodies, which it copies into pages verbatim: Starlight uses a few (the theme
 * applied before first paint, the search shortcut, the sidebar state). Their hashes are computed here,
 * from the installed Starlight's own sources at build time, so they follow Starlight upgrades.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** A CSP hash source without quotes: "sha256-<base64>". */
export type CspHash = `sha256-${string}`;

/** The CSP hash of a script or style body, exactly as the browser computes it. */
export function cspHash(body: string): CspHash {
	return `sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}`;
}

/** The bodies of an Astro component's `<script is:inline>` elements, as Astro copies them into pages. */
export function inlineScriptBodies(astroSource: string): string[] {
	return [...astroSource.matchAll(/<script\b[^>]*\bis:inline\b[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]!);
}

/** Hashes of every `<script is:inline>` in the `.astro` files of `folders`, sorted and without repeats. */
export function inlineScriptHashesIn(folders: readonly string[]): CspHash[] {
	const hashes = new Set<CspHash>();
	for (const folder of folders) {
		for (const name of readdirSync(folder).filter((file) => file.endsWith('.astro')).sort()) {
			for (const body of inlineScriptBodies(readFileSync(join(folder, name), 'utf8'))) hashes.add(cspHash(body));
		}
	}
	return [...hashes].sort();
}

/** Hashes of the inline scripts of the installed Starlight's components. */
export function starlightInlineScriptHashes(): CspHash[] {
	const require = createRequire(import.meta.url);
	const components = dirname(require.resolve('@astrojs/starlight/components/ThemeProvider.astro'));
	return inlineScriptHashesIn([components, join(components, '../user-components')]);
}

/** Folder of the site's own component overrides; their `<script is:inline>` bodies are hashed too. */
export const SITE_COMPONENTS_DIR = 'src/components';

/** Hashes of every inline script a page can carry: Starlight's and the site's own overrides' (ThemeProvider). */
export function inlineScriptHashes(): CspHash[] {
	return [...new Set([...starlightInlineScriptHashes(), ...inlineScriptHashesIn([SITE_COMPONENTS_DIR])])].sort();
}
