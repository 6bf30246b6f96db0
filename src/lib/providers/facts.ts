/**
 * Pure helpers that turn a provider's facts into what the views display: labels, counts,
 * formatted limits and webhook verification summaries. No Astro imports, so they are unit-tested.
 */
import type { ErrorCode, RetryClass } from '../../schemas/errorCode';
import type { Category, Provider } from '../../schemas/provider';
import type { RateLimit, RateWindow } from '../../schemas/rateLimit';
import type { Severity } from '../../schemas/pattern';
import type { VersionSelector } from '../../schemas/versioning';
import type { WebhookVerification } from '../../schemas/webhook';

/** Human label of each category, in the order categories are listed. */
export const CATEGORY_LABELS: Record<Category, string> = {
	payments: 'Payments',
	communications: 'Communications',
	email: 'Email',
	chat: 'Chat',
	commerce: 'Commerce',
	crm: 'CRM',
	ai: 'AI',
	cloud: 'Cloud',
	'source-control': 'Source control',
	productivity: 'Productivity',
	support: 'Customer support',
};

/** How each way of choosing an API version reads on a provider page. */
export const VERSION_SELECTOR_LABELS: Record<VersionSelector, string> = {
	header: 'Request header',
	path: 'URL path',
	query: 'Query parameter',
	settings: 'Account or app settings',
	none: 'Not versioned',
};

/** Label and badge variant for each retry class, so "retry or not" reads at a glance. */
export const RETRY_CLASS_LABELS: Record<RetryClass, { label: string; variant: 'danger' | 'caution' | 'success' }> = {
	'do-not-retry': { label: 'Do not retry', variant: 'danger' },
	'fix-the-request': { label: 'Fix the request', variant: 'caution' },
	'retry-with-backoff': { label: 'Retry with backoff', variant: 'success' },
};

/** Label and badge variant for each severity. */
export const SEVERITY_LABELS: Record<Severity, { label: string; variant: 'danger' | 'caution' | 'note' }> = {
	must: { label: 'Must', variant: 'danger' },
	should: { label: 'Should', variant: 'caution' },
	'good-to-know': { label: 'Good to know', variant: 'note' },
};

/** The counts a provider card shows. */
export function countFacts(provider: Pick<Provider, 'patterns' | 'rateLimits' | 'errors'>) {
	return {
		gotchas: provider.patterns.length,
		rateLimits: provider.rateLimits.length,
		errors: provider.errors.length,
	};
}

/** "per second", "per 10 seconds", "concurrent", or "(window not documented)". */
export function formatWindow(per: RateWindow | undefined, interval = 1): string {
	if (per === undefined) return '(window not documented)';
	if (per === 'concurrent') return 'concurrent';
	return interval === 1 ? `per ${per}` : `per ${interval.toLocaleString('en-US')} ${per}s`;
}

/** "100 requests per second", "1,000 concurrent executions", or "varies by tier" when there is no single number. */
export function formatLimit(limit: Pick<RateLimit, 'limit' | 'unit' | 'per' | 'interval' | 'tiers'>): string {
	const window = formatWindow(limit.per, limit.interval);
	if (limit.limit === undefined) return `${limit.tiers.length > 0 ? 'Varies by tier' : 'No fixed number'} (${limit.unit} ${window})`;
	const amount = limit.limit.toLocaleString('en-US');
	const unit = limit.limit === 1 ? singularUnit(limit.unit) : limit.unit;
	return limit.per === 'concurrent' ? `${amount} concurrent ${unit}` : `${amount} ${unit} ${window}`;
}

/**
 * A unit as written in frontmatter (plural: "requests", "message segments", "seconds of CPU time") for a limit of
 * one: its head noun, the last word before " (" or " of ", loses its plural ending. Units without one ("USD") stay.
 */
export function singularUnit(unit: string): string {
	const [, head = unit, rest = ''] = /^(.*?)((?: \(| of ).*)?$/.exec(unit) ?? [];
	const singular = head.replace(/(ch|sh|x|ss)es$/, '$1').replace(/([^s])s$/, '$1');
	return singular + rest;
}

/** "429 Too Many Requests"-style throttle summary: "HTTP 429 · rate_limit". */
export function formatThrottle(throttle: RateLimit['throttle']): string {
	if (!throttle) return 'Queued, not refused';
	const status = `HTTP ${throttle.status.join(' or ')}`;
	return throttle.error ? `${status} · ${throttle.error}` : status;
}

/** One line saying how a webhook is verified: "HMAC-SHA256 (hex)", "Ed25519 public key (hex)", "API call: POST …". */
export function describeVerification(verification: WebhookVerification): string {
	switch (verification.method) {
		case 'hmac':
			return `${verification.algorithm.toUpperCase()} (${verification.encoding})`;
		case 'public-key': {
			const names = { ed25519: 'Ed25519', 'ecdsa-p256-sha256': 'ECDSA P-256 SHA-256', 'rsa-sha256': 'RSA SHA-256' } as const;
			return `${names[verification.algorithm]} public key (${verification.encoding})`;
		}
		case 'api':
			return `Verification API call: ${verification.endpoint}`;
	}
}

/** "300 s (5 min)" or "None documented". */
export function formatSeconds(seconds: number | undefined): string {
	if (seconds === undefined) return 'None documented';
	return seconds >= 60 && seconds % 60 === 0 ? `${seconds} s (${seconds / 60} min)` : `${seconds} s`;
}

/** The date a fact was last verified: its own date, else its provider's. */
export function verifiedOn(fact: { verified?: Date }, provider: Pick<Provider, 'lastVerified'>): Date {
	return fact.verified ?? provider.lastVerified;
}

/** ISO day, "2026-11-27", as shown on pages (stable across time zones). */
export function formatDay(date: Date): string {
	return date.toISOString().slice(0, 10);
}

/** The errors a pattern refers to, in the order it lists them. */
export function relatedErrorsOf(codes: readonly string[], errors: readonly ErrorCode[]): ErrorCode[] {
	return codes.flatMap((code) => errors.filter((error) => error.code === code));
}

/** Providers grouped by category, categories in `CATEGORY_LABELS` order, empty ones left out. */
export function groupByCategory<T extends { category: Category }>(items: readonly T[]) {
	return (Object.keys(CATEGORY_LABELS) as Category[])
		.map((category) => ({ category, label: CATEGORY_LABELS[category], items: items.filter((item) => item.category === category) }))
		.filter((group) => group.items.length > 0);
}

/** "1 rate limit", "4 rate limits". */
export function countLabel(count: number, singular: string, plural = `${singular}s`): string {
	return count === 1 ? singular : plural;
}

/**
 * The first sentence of a summary (inline Markdown kept), for cards that have room for one: ends at
 * `.`, `!` or `?` followed by a space and a capital letter, outside code spans; the whole text when it is one sentence.
 */
export function firstSentence(markdown: string): string {
	let inCode = false;
	for (let index = 0; index < markdown.length; index++) {
		const char = markdown[index]!;
		if (char === '`') inCode = !inCode;
		if (!inCode && '.!?'.includes(char) && /^\s+[A-Z]/.test(markdown.slice(index + 1, index + 3))) return markdown.slice(0, index + 1);
	}
	return markdown;
}
