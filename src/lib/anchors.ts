/**
 * Anchors (URL fragments) of everything on a provider page. One place decides them, so the
 * page, the checklist, search and permalinks always agree.
 */

/* The fixed section ids of a provider page, which entry ids may not take, are PROVIDER_SECTION_IDS in src/schemas/common.ts. */

/** Turns any text into a fragment-safe slug: "ThrottlingException" → "throttlingexception". */
export function slugify(text: string): string {
	return text
		.toLowerCase()
		.normalize('NFKD')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

/** Anchor of a pattern or gotcha: its id, unchanged. */
export const patternAnchor = (id: string) => id;
/** Anchor of a rate limit: `limit-<id>`. */
export const rateLimitAnchor = (id: string) => `limit-${id}`;
/** Anchor of an error code: `error-<code as slug>` ("card_declined" → "error-card-declined"). */
export const errorAnchor = (code: string) => `error-${slugify(code)}`;

/** URL of a provider page. */
export const providerPath = (providerId: string) => `/providers/${providerId}/`;

/** URL of the checklist, for all providers or one. */
export const checklistPath = (providerId?: string) => (providerId ? `/checklist/${providerId}/` : '/checklist/');

/** Ids of the items generated from a provider's facts: `<provider>-<what>`. */
export const providerItemId = (providerId: string, what: string) => `${providerId}-${what}`;

/** URL of an entry: its provider page plus its anchor. */
export const entryUrl = (providerId: string, anchor: string) => `${providerPath(providerId)}#${anchor}`;

/**
 * Short permalinks, stable across wording changes: each is built from ids only, so a link pasted in a
 * code review keeps working when a title or description is edited. Each path is a static page that
 * sends the reader on to the entry's anchor (written after the build by src/integrations/permalinks/).
 */
export const PERMALINK_PREFIXES = { error: 'e', pattern: 'g', rateLimit: 'l' } as const;
/** Permalink of an error code: `/e/<provider>/<code as slug>/`. */
export const errorPermalink = (providerId: string, code: string) => `/${PERMALINK_PREFIXES.error}/${providerId}/${slugify(code)}/`;
/** Permalink of a pattern or gotcha: `/g/<provider>/<pattern id>/`. */
export const patternPermalink = (providerId: string, id: string) => `/${PERMALINK_PREFIXES.pattern}/${providerId}/${id}/`;
/** Permalink of a rate limit: `/l/<provider>/<limit id>/`. */
export const rateLimitPermalink = (providerId: string, id: string) => `/${PERMALINK_PREFIXES.rateLimit}/${providerId}/${id}/`;

/** The cross-provider views, generated from every provider's facts. */
export const COMPARE_PATHS = {
	errors: '/errors/',
	rateLimits: '/compare/rate-limits/',
	webhooks: '/compare/webhooks/',
	idempotencyPagination: '/compare/idempotency-pagination/',
} as const;

/** A URL that opens the site search filled with `query` (the OpenSearch template uses the same `q`). */
export const searchUrl = (query: string) => `/?q=${encodeURIComponent(query)}`;
