/**
 * Page hygiene of the built site: every page has a unique title, a description, a `lang`, a canonical
 * URL on the site, no duplicate element ids, and a Content Security Policy that allows no inline or
 * eval'd script. Pure: works on parsed pages (scripts/lib/site-checks/htmlPage.ts).
 */
import { cspHash } from '../../../src/lib/cspHashes';
import { parseCsp, type ParsedPage } from './htmlPage';

/** Script sources a page's policy must never allow. */
const FORBIDDEN_SCRIPT_SOURCES = ["'unsafe-inline'", "'unsafe-eval'", '*', 'data:', 'http:', 'https:'];

/** The sources that govern an element kind: its `-elem` directive, else the generic one, else default-src. */
function sourcesFor(directives: Map<string, string[]>, kind: 'script' | 'style'): string[] {
	return directives.get(`${kind}-src-elem`) ?? directives.get(`${kind}-src`) ?? directives.get('default-src') ?? [];
}

/**
 * Inline scripts and styles of a page that its policy would block: the browser refuses any whose
 * hash is not listed (Astro hashes its own; anything else needs a hash in astro.config.mjs).
 */
export function findUnhashedInline(page: Pick<ParsedPage, 'csp' | 'inlineScripts' | 'inlineStyles'>): string[] {
	if (page.csp === undefined) return [];
	const directives = parseCsp(page.csp);
	const problems: string[] = [];
	for (const [kind, bodies] of [['script', page.inlineScripts], ['style', page.inlineStyles]] as const) {
		const sources = sourcesFor(directives, kind);
		if (sources.includes("'unsafe-inline'") && !sources.some((source) => /^'(sha\d+|nonce)-/.test(source))) continue;
		for (const body of bodies) {
			const hash = cspHash(body);
			if (sources.includes(`'${hash}'`)) continue;
			const start = body.trim().replace(/\s+/g, ' ').slice(0, 50);
			problems.push(`content-security-policy: expected the hash '${hash}' of the inline ${kind} "${start}…" in ${kind}-src, or the browser blocks it`);
		}
	}
	return problems;
}

/** Problems with a page's Content Security Policy `<meta>`, without the file name. */
export function checkCsp(policy: string | undefined): string[] {
	if (policy === undefined) return ['expected a <meta http-equiv="content-security-policy">, found none'];
	const directives = parseCsp(policy);
	const scriptSources = directives.get('script-src');
	if (!scriptSources) return ['content-security-policy: expected a script-src directive'];
	const problems = scriptSources
		.filter((source) => FORBIDDEN_SCRIPT_SOURCES.includes(source.toLowerCase()))
		.map((source) => `content-security-policy: script-src: expected no ${source}`);
	if (!directives.has('object-src') && !directives.has('default-src')) {
		problems.push('content-security-policy: expected an object-src or default-src directive');
	}
	return problems;
}

/** Problems with one page's own metadata and ids, without the file name. */
export function checkPage(page: ParsedPage, canonicalSite: URL | undefined): string[] {
	const problems: string[] = [];
	if (!page.lang?.trim()) problems.push('expected a lang attribute on <html>');
	if (!page.title) problems.push('expected a non-empty <title>');
	if (!page.description?.trim()) problems.push('expected a non-empty <meta name="description">');
	if (canonicalSite) {
		if (!page.canonical) problems.push('expected a <link rel="canonical">');
		else if (!URL.canParse(page.canonical) || new URL(page.canonical).origin !== canonicalSite.origin) {
			problems.push(`expected a canonical URL on ${canonicalSite.origin}, got "${page.canonical}"`);
		}
	}
	const seen = new Set<string>();
	const reported = new Set<string>();
	for (const id of page.ids) {
		if (id === '') problems.push('expected no empty id attribute');
		else if (seen.has(id) && !reported.has(id)) {
			problems.push(`expected unique element ids, but id="${id}" is used more than once`);
			reported.add(id);
		}
		seen.add(id);
	}
	problems.push(...checkCsp(page.csp), ...findUnhashedInline(page));
	return problems;
}

/**
 * Every hygiene problem of the built pages, one line each (`<file>: <what was expected>`), including
 * titles shared by two pages. Canonical URLs are required when `site` is set.
 */
export function checkPageHygiene(pages: ReadonlyMap<string, ParsedPage>, site: URL | undefined): string[] {
	const problems: string[] = [];
	const fileByTitle = new Map<string, string>();
	for (const [file, page] of pages) {
		problems.push(...checkPage(page, site).map((problem) => `${file}: ${problem}`));
		if (!page.title) continue;
		const other = fileByTitle.get(page.title);
		if (other) problems.push(`${file}: expected a unique <title>, but "${page.title}" is also the title of ${other}`);
		else fileByTitle.set(page.title, file);
	}
	return problems;
}
