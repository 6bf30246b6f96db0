import { beforeAll, describe, expect, it } from 'vitest';
import {
	errorFilterOptions,
	errorIndexRows,
	idempotencyRows,
	matchesErrorFilters,
	paginationRows,
	rateLimitRows,
	statusFilterValue,
	webhookRows,
} from '../../../src/lib/providers/compare';
import { checkProviderFolder } from '../../../src/lib/validation/providerFiles';
import type { Provider } from '../../../src/schemas/provider';

let example: Provider;
let other: Provider;
beforeAll(async () => {
	const { valid } = await checkProviderFolder('tests/fixtures/providers/valid');
	example = valid[0]!.data;
	other = { ...example, id: 'other', name: 'Other', webhooks: undefined, pagination: undefined, errors: [example.errors[1]!] };
});

describe('error index', () => {
	it('should have one row per error code of every provider, linking to the entry', () => {
		const rows = errorIndexRows([example, other]);
		expect(rows.map((row) => [row.providerId, row.error.code, row.url])).toEqual([
			['example', 'card_declined', '/providers/example/#error-card-declined'],
			['example', '21610', '/providers/example/#error-21610'],
			['other', '21610', '/providers/other/#error-21610'],
		]);
	});

	it('should offer the providers, statuses and retry classes that occur', () => {
		const options = errorFilterOptions(errorIndexRows([example, other]));
		expect(options.providers).toEqual([
			{ id: 'example', name: 'Example API' },
			{ id: 'other', name: 'Other' },
		]);
		expect(options.statuses).toEqual([402]);
		expect(options.hasNoStatus).toBe(true);
		expect(options.retryClasses).toEqual(['do-not-retry']);
	});

	it('should match rows on every set filter', () => {
		const row = { provider: 'stripe', status: statusFilterValue(402), retry: 'do-not-retry' };
		expect(matchesErrorFilters(row, {})).toBe(true);
		expect(matchesErrorFilters(row, { provider: 'stripe', status: '402', retry: '' })).toBe(true);
		expect(matchesErrorFilters(row, { provider: 'stripe', status: '429' })).toBe(false);
		expect(matchesErrorFilters({ ...row, status: statusFilterValue(undefined) }, { status: 'none' })).toBe(true);
	});
});

describe('comparison rows', () => {
	it('should list every rate limit with its figures and entry', () => {
		const rows = rateLimitRows([example, other]);
		expect(rows).toHaveLength(example.rateLimits.length * 2);
		expect(rows[0]).toMatchObject({ url: '/providers/example/#limit-requests', amount: '100 requests per second', whenExceeded: 'HTTP 403 or 429 · rate_limited' });
	});

	it('should have a webhook row only for providers that send webhooks', () => {
		expect(webhookRows([example, other])).toEqual([
			{
				providerId: 'example',
				providerName: 'Example API',
				url: '/providers/example/#webhooks',
				header: 'Example-Signature',
				algorithm: 'HMAC-SHA256 (hex)',
				signedContent: example.webhooks!.signedContent,
				rawBodyRequired: true,
				replayTolerance: '300 s (5 min)',
			},
		]);
	});

	it('should have an idempotency row per provider and a pagination row per provider with lists', () => {
		expect(idempotencyRows([example, other]).map((row) => row.url)).toEqual(['/providers/example/#idempotency', '/providers/other/#idempotency']);
		expect(paginationRows([example, other]).map((row) => row.url)).toEqual(['/providers/example/#pagination']);
	});
});
