/**
 * The "At a glance" box at the top of a provider page: the facts an integrator looks for first, each
 * taken from frontmatter and linking to the entry it summarises. Pure, so it is unit-tested.
 */
import type { Provider } from '../../schemas/provider';
import type { PaginationStyle } from '../../schemas/pagination';
import { errorAnchor, rateLimitAnchor } from '../anchors';
import { asCode } from '../inlineMarkdown';
import { describeVerification, formatLimit, formatThrottle, VERSION_SELECTOR_LABELS } from './facts';

/** A piece of a summary value: plain text, or a code span; either may link to an anchor on the page. */
export interface SummaryPart {
	text: string;
	/** Shown as code (a header, an error code, a version). */
	code?: boolean;
	/** Anchor (without `#`) this piece links to. */
	anchor?: string;
	/** Inline Markdown from frontmatter (rendered, not escaped as plain text). */
	markdown?: boolean;
}

/** One line of the summary: what it is about and what to know, linking to its entry. */
export interface SummaryItem {
	/** Stable key, also the item's `data-summary` attribute: `rate-limit`, `webhooks`… */
	key: 'rate-limit' | 'throttled' | 'retry' | 'idempotency' | 'webhooks' | 'pagination' | 'versioning';
	label: string;
	/** The entry the item summarises; pieces without an anchor of their own link here. */
	anchor: string;
	parts: SummaryPart[];
}

/** Error codes listed by name under "Retry"; the rest are counted. */
export const MAX_RETRY_CODES = 5;

/** How each pagination style reads in a sentence. */
export const PAGINATION_STYLE_LABELS: Record<PaginationStyle, string> = {
	cursor: 'Cursor',
	offset: 'Offset or page number',
	'link-header': 'Link header',
	token: 'Continuation token',
};

const text = (value: string): SummaryPart => ({ text: value });
const code = (value: string, anchor?: string): SummaryPart => ({ text: value, code: true, ...(anchor && { anchor }) });

/** The summary items of a provider, in reading order; facts the provider lacks are left out. */
export function buildProviderSummary(
	provider: Pick<Provider, 'versioning' | 'rateLimits' | 'errors' | 'webhooks' | 'pagination' | 'idempotency'>
): SummaryItem[] {
	const items: SummaryItem[] = [];
	const { versioning, webhooks, pagination, idempotency } = provider;

	const headline = provider.rateLimits[0];
	if (headline) {
		const anchor = rateLimitAnchor(headline.id);
		items.push({ key: 'rate-limit', label: 'Rate limit', anchor, parts: [{ text: `${formatLimit(headline)}, ${headline.scope}`, markdown: true }] });
		items.push({
			key: 'throttled',
			label: 'When throttled',
			anchor,
			parts: [
				text(formatThrottle(headline.throttle)),
				...(headline.retry.header ? [text('; wait for '), code(headline.retry.header)] : []),
			],
		});
	}

	const retryable = provider.errors.filter((error) => error.retry === 'retry-with-backoff');
	const listed = retryable.slice(0, MAX_RETRY_CODES);
	items.push({
		key: 'retry',
		label: 'Retry',
		anchor: 'error-codes',
		parts:
			retryable.length === 0
				? [text('None of the documented error codes')]
				: [
						...listed.flatMap((error, index) => [...(index > 0 ? [text(', ')] : []), code(error.code, errorAnchor(error.code))]),
						text(' with backoff'),
						...(retryable.length > listed.length ? [text(`; ${retryable.length - listed.length} more`)] : []),
					],
	});

	items.push({
		key: 'idempotency',
		label: 'Idempotency',
		anchor: 'idempotency',
		parts: idempotency.supported
			? idempotency.header
				? [{ text: asCode(idempotency.header), markdown: true }, ...(idempotency.keyLifetime ? [text(`; key lifetime: ${idempotency.keyLifetime}`)] : [])]
				: [text('Supported')]
			: [text('No idempotency keys')],
	});

	if (webhooks) {
		items.push({
			key: 'webhooks',
			label: 'Webhook signature',
			anchor: 'webhooks',
			parts: [code(webhooks.signatureHeader), text(`, ${describeVerification(webhooks.verification)}`)],
		});
	}

	if (pagination) {
		items.push({
			key: 'pagination',
			label: 'Pagination',
			anchor: 'pagination',
			parts: [text(pagination.styles.map((style) => PAGINATION_STYLE_LABELS[style]).join(' or '))],
		});
	}

	// Access (account, testing, credentials) is the page's first section, right below: repeating its prose here
	// would push the summary past a phone's first screen.

	const versionParts: SummaryPart[] = [text(VERSION_SELECTOR_LABELS[versioning.selector])];
	if (versioning.name) versionParts.push(text(' '), code(versioning.name));
	if (versioning.current) versionParts.push(text(', current '), code(versioning.current));
	items.push({ key: 'versioning', label: 'Versioning', anchor: 'versioning', parts: versionParts });

	return items;
}
