/**
 * Every short permalink of a provider's entries, with the anchor URL it sends the reader to.
 * The permalink pages, the copy-link buttons and the tests all read this list.
 */
import type { Provider } from '../../schemas/provider';
import { inlineMarkdownToText } from '../inlineMarkdown';
import {
	PERMALINK_PREFIXES,
	entryUrl,
	errorAnchor,
	errorPermalink,
	patternAnchor,
	patternPermalink,
	rateLimitAnchor,
	rateLimitPermalink,
} from '../anchors';

/** One permalink page. */
export interface Permalink {
	/** The short path, e.g. `/e/stripe/card-declined/`. */
	path: string;
	/** Where it sends the reader: `/providers/stripe/#error-card-declined`. */
	target: string;
	/** What it links to, for the page title and its plain link: "card_declined". */
	title: string;
	/** The provider's display name. */
	provider: string;
}

/** The permalinks of one provider's error codes, patterns and rate limits, in page order. */
export function providerPermalinks(
	provider: Pick<Provider, 'id' | 'name' | 'errors' | 'patterns' | 'rateLimits'>
): Permalink[] {
	const { id, name } = provider;
	return [
		...provider.rateLimits.map((limit) => ({
			path: rateLimitPermalink(id, limit.id),
			target: entryUrl(id, rateLimitAnchor(limit.id)),
			title: inlineMarkdownToText(limit.name),
			provider: name,
		})),
		...provider.errors.map((error) => ({
			path: errorPermalink(id, error.code),
			target: entryUrl(id, errorAnchor(error.code)),
			title: error.code,
			provider: name,
		})),
		...provider.patterns.map((pattern) => ({
			path: patternPermalink(id, pattern.id),
			target: entryUrl(id, patternAnchor(pattern.id)),
			title: pattern.title,
			provider: name,
		})),
	];
}

/** Permalinks claimed twice (two codes whose slugs collide: "rate_limited" and "rate-limited"). */
export function findPermalinkCollisions(permalinks: readonly Permalink[]): string[] {
	const seen = new Map<string, Permalink>();
	const problems: string[] = [];
	for (const permalink of permalinks) {
		const first = seen.get(permalink.path);
		if (first) problems.push(`${permalink.path}: expected one entry per permalink, but "${first.title}" and "${permalink.title}" share it`);
		else seen.set(permalink.path, permalink);
	}
	return problems;
}

const PERMALINK_PATH = new RegExp(`^/(${Object.values(PERMALINK_PREFIXES).join('|')})/[^/]+/[^/]+/$`);

/** Whether a path is a permalink page (a redirect, kept out of the sitemap). */
export function isPermalinkPath(pathname: string): boolean {
	return PERMALINK_PATH.test(pathname);
}

/**
 * The Content Security Policy of a permalink page: it loads nothing and runs nothing (the meta refresh
 * and the plain link need neither).
 */
export const PERMALINK_PAGE_CSP = "default-src 'none'; script-src 'none'; base-uri 'none'; form-action 'none'";

/** Text escaped for HTML content and double-quoted attribute values. */
const escapeHtml = (text: string) =>
	text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);

/**
 * The static page a permalink path serves: a meta refresh to the entry's anchor, a canonical link to
 * it on `site`, and a plain link for readers whose browser does not follow the refresh. No script,
 * no style; `noindex`, as search engines should index the entry's page instead.
 */
export function permalinkPageHtml(permalink: Permalink, site: URL | string): string {
	const target = escapeHtml(permalink.target);
	const label = escapeHtml(`${permalink.title} (${permalink.provider})`);
	return [
		'<!DOCTYPE html>',
		'<html lang="en"><head><meta charset="utf-8">',
		`<title>${label}</title>`,
		'<meta name="viewport" content="width=device-width, initial-scale=1">',
		`<meta name="description" content="Short link to ${label} in the API Integration Patterns reference.">`,
		'<meta name="robots" content="noindex">',
		`<meta http-equiv="content-security-policy" content="${PERMALINK_PAGE_CSP}">`,
		`<link rel="canonical" href="${escapeHtml(new URL(permalink.target, site).href)}">`,
		`<meta http-equiv="refresh" content="0; url=${target}">`,
		`</head><body><p>This short link points to <a href="${target}">${label}</a>.</p></body></html>`,
		'',
	].join('\n');
}
