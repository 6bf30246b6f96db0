/**
 * Where the facts are published as data: the versioned JSON API under `/api/v1/`, its JSON Schemas,
 * the Markdown twin of each page, and llms.txt. One place decides every path, so the endpoints, the
 * links in the data and the tests agree.
 */
import { SITE_URL } from '../../siteUrl';

/** The API version in every path: `/api/v1/…`. Fields may be added within it, never renamed or removed. */
export const API_VERSION = 'v1';

/** The folder of the API. */
export const API_BASE = `/api/${API_VERSION}/`;

/** Paths of the API's files. */
export const API_PATHS = {
	providers: `${API_BASE}providers.json`,
	provider: (providerId: string) => `${API_BASE}providers/${providerId}.json`,
	errors: `${API_BASE}errors.json`,
	rateLimits: `${API_BASE}rate-limits.json`,
	checklist: `${API_BASE}checklist.json`,
} as const;

/** The kinds of API file; each has one JSON Schema. */
export const API_FILE_KINDS = ['providers', 'provider', 'errors', 'rate-limits', 'checklist'] as const;
export type ApiFileKind = (typeof API_FILE_KINDS)[number];

/** Path of the JSON Schema of one kind of file: `/api/v1/schemas/provider.json`. */
export const schemaPath = (kind: ApiFileKind) => `${API_BASE}schemas/${kind}.json`;

/** Absolute URL of a schema, as the `$schema` field of each file and the schema's own `$id` name it. */
export const schemaUrl = (kind: ApiFileKind) => new URL(schemaPath(kind), SITE_URL).href;

/**
 * The Markdown twin of a page: the page's path without its trailing slash, plus `.md`
 * (`/providers/stripe/` → `/providers/stripe.md`, `/checklist/` → `/checklist.md`), the convention
 * llmstxt.org proposes. The home page, `/`, would be `/index.md`.
 */
export function markdownTwinPath(pagePath: string): string {
	const trimmed = pagePath.replace(/\/+$/, '');
	return `${trimmed === '' ? '/index' : trimmed}.md`;
}

/** The files for language models at the site root (llmstxt.org). */
export const LLMS_PATHS = { index: '/llms.txt', full: '/llms-full.txt' } as const;

/** An absolute URL on the site, for Markdown and llms.txt, which are read away from the site. */
export const absoluteUrl = (path: string) => new URL(path, SITE_URL).href;

/**
 * Whether the page at `pagePath` has a Markdown twin: every content page (providers and their index,
 * checklists, the error index, comparisons), plus Starlight's prose pages, whose paths are passed in
 * `prosePaths`. Only the route shapes are listed here; which providers exist comes from the collections.
 */
export function hasMarkdownTwin(pagePath: string, prosePaths: ReadonlySet<string> = new Set()): boolean {
	const path = pagePath.endsWith('/') ? pagePath : `${pagePath}/`;
	return prosePaths.has(path) || TWIN_ROUTES.some((route) => route.test(path));
}

const TWIN_ROUTES = [/^\/providers\/(?:[a-z][a-z0-9-]*\/)?$/, /^\/checklist\/(?:[a-z][a-z0-9-]*\/)?$/, /^\/errors\/$/, /^\/compare\/[a-z][a-z0-9-]*\/$/];

/** The `<head>` entry that links a page to its Markdown twin (`<link rel="alternate" type="text/markdown">`). */
export const markdownAlternateHead = (pagePath: string) => ({
	tag: 'link' as const,
	attrs: { rel: 'alternate', type: 'text/markdown', href: markdownTwinPath(pagePath) },
	content: '',
});
