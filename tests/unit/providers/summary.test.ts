import { beforeAll, describe, expect, it } from 'vitest';
import { buildProviderSummary, MAX_RETRY_CODES, type SummaryItem } from '../../../src/lib/providers/summary';
import { checkProviderFolder } from '../../../src/lib/validation/providerFiles';
import type { Provider } from '../../../src/schemas/provider';

let example: Provider;
beforeAll(async () => {
	const { valid } = await checkProviderFolder('tests/fixtures/providers/valid');
	example = valid[0]!.data;
});

/** An item as one line of text, links marked `[text](#anchor)`, code in backticks. */
const line = (item: SummaryItem) =>
	item.parts
		.map((part) => {
			const shown = part.code ? `\`${part.text}\`` : part.text;
			return part.anchor ? `[${shown}](#${part.anchor})` : shown;
		})
		.join('');

describe('the provider summary', () => {
	it('should give every fact in reading order, each linking to its entry', () => {
		const items = buildProviderSummary(example);
		expect(items.map((item) => [item.key, item.label, item.anchor, line(item)])).toEqual([
			['rate-limit', 'Rate limit', 'limit-requests', '100 requests per second, per account'],
			['throttled', 'When throttled', 'limit-requests', 'HTTP 403 or 429 · rate_limited; wait for `Retry-After`'],
			['retry', 'Retry', 'error-codes', 'None of the documented error codes'],
			['idempotency', 'Idempotency', 'idempotency', '`Idempotency-Key`; key lifetime: 24 hours'],
			['webhooks', 'Webhook signature', 'webhooks', '`Example-Signature`, HMAC-SHA256 (hex)'],
			['pagination', 'Pagination', 'pagination', 'Cursor'],
			['versioning', 'Versioning', 'versioning', 'Request header `Example-Version`, current `2026-01-01`'],
		]);
	});

	it('should leave Access to its own section, the first below the summary', () => {
		expect(buildProviderSummary(example).map((item): string => item.key)).not.toContain('access');
	});

	it('should link each retryable error code, list at most a few and count the rest', () => {
		const retryable = (code: string) => ({ ...example.errors[0]!, code, retry: 'retry-with-backoff' as const });
		const codes = ['api_error', 'lock_timeout', 'rate_limit', 'a', 'b', 'c', 'd'];
		const retry = buildProviderSummary({ ...example, errors: [example.errors[0]!, ...codes.map(retryable)] }).find(
			(item) => item.key === 'retry'
		)!;
		expect(MAX_RETRY_CODES).toBe(5);
		expect(line(retry)).toBe(
			'[`api_error`](#error-api-error), [`lock_timeout`](#error-lock-timeout), [`rate_limit`](#error-rate-limit), [`a`](#error-a), [`b`](#error-b) with backoff; 2 more'
		);
	});

	it('should leave out what a provider does not have, and say when it has no idempotency keys', () => {
		const bare = { ...example, webhooks: undefined, pagination: undefined, rateLimits: [] };
		const items = buildProviderSummary({ ...bare, idempotency: { ...example.idempotency, supported: false, header: undefined } });
		expect(items.map((item) => [item.key, line(item)])).toEqual([
			['retry', 'None of the documented error codes'],
			['idempotency', 'No idempotency keys'],
			['versioning', 'Request header `Example-Version`, current `2026-01-01`'],
		]);
	});

	it('should say when excess requests are queued and no header says when to retry', () => {
		const queued = { ...example.rateLimits[1]!, throttle: undefined };
		const items = buildProviderSummary({ ...example, rateLimits: [queued] });
		expect(items.filter((item) => item.anchor === 'limit-burst').map(line)).toEqual([
			'Varies by tier (requests per 10 seconds), per endpoint',
			'Queued, not refused',
		]);
	});
});
