/**
 * The site's public URL: `site` in astro.config.mjs (canonical links, the sitemap, robots.txt, OpenSearch,
 * printed links), and the origin the built-site checks treat as internal. Set `SITE_URL` when building for
 * a real host (`SITE_URL=https://patterns.example.com npm run build`); the placeholder is only the default
 * for local builds. Pages link from the root (`/providers/…`), so the URL must be an origin, without a path.
 */

/** Where local builds (and the tests) say the site lives. */
export const DEFAULT_SITE_URL = 'https://api-patterns.example.org';

/** The origin `value` names, or the default when it is unset; a clear error for anything else. */
export function siteUrlFrom(value: string | undefined): string {
	const text = value?.trim();
	if (!text) return DEFAULT_SITE_URL;
	const url = URL.canParse(text) ? new URL(text) : undefined;
	if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
		throw new Error(`SITE_URL: expected an http(s) URL such as https://patterns.example.com, got "${text}"`);
	}
	if (url.pathname !== '/' || url.search || url.hash) {
		throw new Error(`SITE_URL: expected an origin without a path (pages link from the root), got "${text}"`);
	}
	return url.origin;
}

export const SITE_URL = siteUrlFrom(process.env.SITE_URL);

/** The site's title: Starlight's `title` in astro.config.mjs, and the heading of /llms.txt. */
export const SITE_TITLE = 'API Integration Patterns';

/** One sentence on what the site is: Starlight's `description`, and the summary line of /llms.txt. */
export const SITE_DESCRIPTION = 'Rate limits, error codes with retry advice, gotchas and checklists for integrating third-party APIs.';
