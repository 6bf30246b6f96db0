/**
 * Anchors (URL fragments) of everything on a provider page. One place decides them, so the
 * page, the checklist, search and permalinks always agree.
 */

/** Fixed section ids of a provider page; entry ids may not take these. */
export const PROVIDER_SECTION_IDS = [
	'overview',
	'sdks',
	'authentication',
	'rate-limits',
	'error-codes',
	'patterns',
	'webhooks',
	'pagination',
	'idempotency',
	'code-examples',
	'sources',
] as const;

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
