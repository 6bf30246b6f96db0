/**
 * Loads a build output folder (dist/) for the site checks: every file as a URL path, every HTML page
 * parsed once, the links of the Markdown, text and API files, and the sitemap's URLs.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';
import { fileUrlPath } from '../../../src/lib/builtPaths';
import { documentLinks } from './documentLinks';
import { parsePage } from './htmlPage';
import type { PageLink } from './htmlPage';
import type { BuiltSite } from './linkCheck';

/** The `<loc>` URLs of a sitemap file. */
export function sitemapLocs(xml: string): string[] {
	return DomUtils.getElementsByTagName('loc', parseDocument(xml, { xmlMode: true })).map((loc) => DomUtils.textContent(loc).trim());
}

/** Reads every file below `folder`; HTML pages are parsed, sitemap pages (`sitemap-<n>.xml`) read for URLs. */
export async function loadBuiltSite(folder: string, site: URL): Promise<BuiltSite> {
	const entries = await readdir(folder, { recursive: true, withFileTypes: true });
	const files = new Set<string>();
	const pages = new Map<string, ReturnType<typeof parsePage>>();
	const sitemapUrls: string[] = [];
	const documents = new Map<string, PageLink[]>();
	for (const entry of entries) {
		if (!entry.isFile()) continue;
		const path = join(entry.parentPath, entry.name);
		const urlPath = fileUrlPath(relative(folder, path));
		files.add(urlPath);
		if (entry.name.endsWith('.html')) pages.set(urlPath, parsePage(await readFile(path, 'utf8')));
		if (/^sitemap-\d+\.xml$/.test(entry.name)) sitemapUrls.push(...sitemapLocs(await readFile(path, 'utf8')));
		if (/\.(md|txt|json)$/.test(entry.name)) {
			const links = documentLinks(urlPath, await readFile(path, 'utf8'));
			if (links) documents.set(urlPath, links);
		}
	}
	const sorted = <T>(map: Map<string, T>) => new Map([...map].sort(([a], [b]) => a.localeCompare(b)));
	return { site, files, pages: sorted(pages), documents: sorted(documents), sitemapUrls };
}
