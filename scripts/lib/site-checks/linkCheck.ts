/**
 * Link integrity of the built site, without a network: every internal link and `#anchor` resolves to
 * a file and an element in dist/, every external link is https, and links that open a new tab carry
 * rel="noopener". Pure: works on parsed pages (scripts/lib/site-checks/htmlPage.ts) and a list of files.
 */
import { pagePathOf } from '../../../src/lib/builtPaths';
import { relTokens, type PageLink, type ParsedPage } from './htmlPage';

/** The built site as the checks see it. */
export interface BuiltSite {
	/** The site's own URL (`site` in astro.config.mjs); links to it count as internal. */
	site: URL;
	/** Every file of the build, as a URL path: "/providers/stripe/index.html", "/_astro/page.js". */
	files: ReadonlySet<string>;
	/** Every HTML page, parsed, by file path. */
	pages: ReadonlyMap<string, ParsedPage>;
	/** The links of the Markdown twins, text files (llms.txt) and JSON API files, by file path. */
	documents?: ReadonlyMap<string, readonly PageLink[]>;
	/** The `<loc>` URLs of the sitemap, if there is one. */
	sitemapUrls?: readonly string[];
}

/** URL schemes that are neither web pages nor checked: mail and phone links. */
const IGNORED_SCHEMES = new Set(['mailto:', 'tel:']);

/**
 * The file a URL path is served from, as static hosts resolve it: "/a/" → "/a/index.html";
 * "/a" → "/a", "/a.html" or "/a/index.html". Undefined when there is none.
 */
export function resolveFile(pathname: string, files: ReadonlySet<string>): string | undefined {
	let path: string;
	try {
		path = decodeURIComponent(pathname);
	} catch {
		return undefined;
	}
	const candidates = path.endsWith('/') ? [`${path}index.html`] : [path, `${path}.html`, `${path}/index.html`];
	return candidates.find((candidate) => files.has(candidate));
}

/** Whether a URL is on the site itself (relative, or absolute with the site's origin). */
export function isInternal(url: URL, site: URL): boolean {
	return url.host === site.host;
}

/** `<a href="…">`, for messages. */
const describe = (link: PageLink) => `<${link.tag} ${link.attribute}="${link.url}">`;

/** Problems with one link of the page at `file`, in the order a reader would fix them. */
export function checkLink(link: PageLink, file: string, built: BuiltSite, idsOf: (file: string) => ReadonlySet<string>): string[] {
	const problems: string[] = [];
	const where = `${file}: ${describe(link)}`;
	if ((link.tag === 'a' || link.tag === 'area' || link.tag === 'form') && link.target === '_blank' && !relTokens(link.rel).includes('noopener')) {
		problems.push(`${where}: expected rel="noopener" on a link that opens a new tab`);
	}
	if (link.url.trim() === '') return [...problems, `${where}: expected a URL, got an empty one`];
	let url: URL;
	try {
		url = new URL(link.url, new URL(pagePathOf(file), built.site));
	} catch {
		return [...problems, `${where}: expected a valid URL`];
	}
	if (IGNORED_SCHEMES.has(url.protocol) || (url.protocol === 'data:' && link.tag !== 'a')) return problems;
	// Relative URLs resolve against the https site, so only absolute http:, javascript: and the like fail here.
	if (url.protocol !== 'https:') return [...problems, `${where}: expected an https URL`];
	if (!isInternal(url, built.site)) return problems;
	const target = resolveFile(url.pathname, built.files);
	if (!target) return [...problems, `${where}: expected a page or file at ${url.pathname}, found none`];
	const fragment = url.hash.slice(1);
	if (fragment === '' || !target.endsWith('.html')) return problems;
	let id: string;
	try {
		id = decodeURIComponent(fragment);
	} catch {
		id = fragment;
	}
	if (!idsOf(target).has(id)) problems.push(`${where}: expected an element with id="${id}" on ${pagePathOf(target)}, found none`);
	return problems;
}

/** Every link problem in the built site, one line each: `<file>: <a href="…">: <what was expected>`. */
export function checkLinks(built: BuiltSite): string[] {
	const ids = new Map<string, ReadonlySet<string>>();
	const idsOf = (file: string) => {
		let set = ids.get(file);
		if (!set) ids.set(file, (set = new Set(built.pages.get(file)?.ids ?? [])));
		return set;
	};
	const problems: string[] = [];
	for (const [file, page] of built.pages) {
		for (const link of page.links) problems.push(...checkLink(link, file, built, idsOf));
	}
	for (const [file, links] of built.documents ?? []) {
		for (const link of links) problems.push(...checkLink(link, file, built, idsOf));
	}
	for (const loc of built.sitemapUrls ?? []) {
		problems.push(...checkLink({ tag: 'loc', attribute: 'sitemap', url: loc }, 'sitemap', built, idsOf));
	}
	return problems;
}

/** Every distinct external https URL the site links to (for the opt-in network check), with the pages linking it. */
export function externalLinks(built: BuiltSite): { url: string; pages: string[] }[] {
	const pagesByUrl = new Map<string, string[]>();
	for (const [file, page] of built.pages) {
		for (const link of page.links) {
			if (link.tag !== 'a' || !URL.canParse(link.url, built.site)) continue;
			const url = new URL(link.url, built.site);
			if (url.protocol !== 'https:' || isInternal(url, built.site)) continue;
			url.hash = '';
			const pages = pagesByUrl.get(url.href) ?? [];
			if (!pages.includes(pagePathOf(file))) pages.push(pagePathOf(file));
			pagesByUrl.set(url.href, pages);
		}
	}
	return [...pagesByUrl].sort(([a], [b]) => a.localeCompare(b)).map(([url, pages]) => ({ url, pages }));
}
