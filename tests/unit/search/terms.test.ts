import { beforeAll, describe, expect, it } from 'vitest';
import { shardCount, shardKey, TERMS_PER_SHARD } from '../../../src/lib/search/query';
import { buildExactTable, excerptOf, headerName, shardExactTable } from '../../../src/lib/search/terms';
import { checkProviderFolder } from '../../../src/lib/validation/providerFiles';
import type { Provider } from '../../../src/schemas/provider';

let example: Provider;
beforeAll(async () => {
	const { valid } = await checkProviderFolder('tests/fixtures/providers/valid');
	example = valid[0]!.data;
});

describe('the exact-match table', () => {
	it("should map codes, aliases, ids and headers to their entries, and never a provider's name (it sets the provider filter)", () => {
		const table = buildExactTable([example]);
		expect(table['card_declined']![0]).toEqual({
			url: '/providers/example/#error-card-declined',
			title: 'card_declined',
			kind: 'Error code',
			provider: 'Example API',
			excerpt: expect.any(String),
		});
		expect(table['carderror']![0]!.url).toBe('/providers/example/#error-card-declined');
		expect(table['21610']![0]!.url).toBe('/providers/example/#error-21610');
		expect(table['requests']![0]).toMatchObject({ url: '/providers/example/#limit-requests', kind: 'Rate limit' });
		expect(table['verify-webhooks']![0]).toMatchObject({ url: '/providers/example/#verify-webhooks', kind: 'Pattern' });
		expect(table['example-signature']![0]).toMatchObject({ url: '/providers/example/#webhooks', kind: 'Page' });
		expect(table['idempotency-key']![0]!.url).toBe('/providers/example/#idempotency');
		expect(table['example api']).toBeUndefined();
		expect(table['example']).toBeUndefined();
	});

	it('should keep one hit per entry and term, in provider order', () => {
		const other = { ...example, id: 'other', name: 'Other API' };
		const table = buildExactTable([example, other]);
		expect(table['21610']!.map((entry) => entry.provider)).toEqual(['Example API', 'Other API']);
	});

	it('should split the table into shards that together hold every term once', () => {
		const table = buildExactTable([example]);
		const shards = shardExactTable(table);
		expect(shards.size).toBe(shardCount(Object.keys(table).length));
		const terms = [...shards.values()].flatMap((shard) => Object.keys(shard));
		expect(terms.sort()).toEqual(Object.keys(table).sort());
		for (const [key, shard] of shards) for (const term of Object.keys(shard)) expect(shardKey(term, shards.size)).toBe(key);
	});

	it('should keep shards small as providers are added', () => {
		const many = Array.from({ length: 300 }, (_, index) => ({ ...example, id: `p${index}`, name: `Provider ${index}` }));
		const shards = shardExactTable(buildExactTable(many));
		const termCounts = [...shards.values()].map((shard) => Object.keys(shard).length);
		expect(Math.max(...termCounts)).toBeLessThan(TERMS_PER_SHARD * 2);
	});

	it('should read a header name out of a described field', () => {
		expect(headerName('Idempotency-Key')).toBe('Idempotency-Key');
		expect(headerName('ClientToken (request parameter, on some APIs)')).toBe('ClientToken');
		expect(headerName('`@idempotent(key: "<uuid>")` directive')).toBeUndefined();
		expect(headerName(undefined)).toBeUndefined();
	});

	it('should make short plain-text excerpts from inline Markdown', () => {
		expect(excerptOf('Use `Retry-After` as [documented](https://x.example/).')).toBe('Use Retry-After as documented.');
		expect(excerptOf('one two three four', 10)).toBe('one two…');
	});
});
