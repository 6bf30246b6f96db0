import { beforeAll, describe, expect, it } from 'vitest';
import { checkProviderFolder } from '../../src/lib/providerFiles';
import {
	entryKindLabel,
	filterHits,
	highlightWords,
	lookupTerms,
	normalizeTerm,
	queryTokens,
	rankExactHits,
	shardCount,
	shardKey,
	TERMS_PER_SHARD,
	withHighlight,
	type ExactHit,
	type ExactTable,
} from '../../src/lib/searchQuery';
import { buildExactTable, excerptOf, headerName, shardExactTable } from '../../src/lib/searchTerms';
import type { Provider } from '../../src/schemas/provider';

let example: Provider;
beforeAll(async () => {
	const { valid } = await checkProviderFolder('tests/fixtures/providers/valid');
	example = valid[0]!.data;
});

const hit = (url: string, provider = 'Stripe', kind = 'Error code'): ExactHit => ({ url, title: url, kind, provider, excerpt: '' });

describe('normalising queries', () => {
	it('should ignore case, surrounding quotes and backticks, and extra spaces', () => {
		expect(normalizeTerm('  `Card_Declined` ')).toBe('card_declined');
		expect(normalizeTerm('"Stripe   card_declined"')).toBe('stripe card_declined');
		expect(queryTokens('Stripe  STRIPE card_declined')).toEqual(['stripe', 'card_declined']);
	});

	it('should look up the whole query, then each word', () => {
		expect(lookupTerms('github 422')).toEqual(['github 422', 'github', '422']);
		expect(lookupTerms('21610')).toEqual(['21610']);
		expect(lookupTerms('   ')).toEqual([]);
	});

	it('should spread terms over shards by a stable hash of the normalised term', () => {
		expect(shardKey('Card_Declined', 7)).toBe(shardKey('card_declined', 7));
		expect(shardKey('card_declined', 1)).toBe('0');
		const keys = new Set(Array.from({ length: 500 }, (_, index) => shardKey(`code_${index}`, 5)));
		expect([...keys].sort()).toEqual(['0', '1', '2', '3', '4']);
	});

	it('should grow the number of shards with the table, not the size of a shard', () => {
		expect(shardCount(0)).toBe(1);
		expect(shardCount(TERMS_PER_SHARD)).toBe(1);
		expect(shardCount(TERMS_PER_SHARD * 40 + 1)).toBe(41);
	});
});

describe('the exact-match table', () => {
	it('should map codes, aliases, ids, headers and the provider name to their entries', () => {
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
		expect(table['example api']![0]!.url).toBe('/providers/example/');
		expect(table['example']![0]!.url).toBe('/providers/example/');
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

describe('ranking exact hits', () => {
	const table: ExactTable = {
		'422': [hit('/github/#422', 'GitHub API'), hit('/openai/#422', 'OpenAI')],
		card_declined: [hit('/stripe/#card-declined')],
		stripe: [hit('/stripe/', 'Stripe', 'Page')],
		github: [hit('/github/', 'GitHub API', 'Page')],
	};

	it('should return every entry the query names, in table order', () => {
		expect(rankExactHits('422', table).map((entry) => entry.url)).toEqual(['/github/#422', '/openai/#422']);
		expect(rankExactHits('216100', table)).toEqual([]);
	});

	it('should prefer an entry of the provider named in the query', () => {
		expect(rankExactHits('openai 422', table).map((entry) => entry.url)).toEqual(['/openai/#422', '/github/#422']);
		expect(rankExactHits('Stripe card_declined', table).map((entry) => entry.url)).toEqual(['/stripe/#card-declined', '/stripe/']);
	});

	it('should stop at the limit', () => {
		expect(rankExactHits('422', table, 1)).toHaveLength(1);
	});

	it('should filter hits by provider and kind like the index does', () => {
		const hits = rankExactHits('stripe card_declined', table);
		expect(filterHits(hits, { kind: 'Page' }).map((entry) => entry.url)).toEqual(['/stripe/']);
		expect(filterHits(hits, { provider: 'OpenAI' })).toEqual([]);
		expect(filterHits(hits, { provider: '', kind: '' })).toEqual(hits);
	});
});

describe('landing highlights', () => {
	it('should highlight each word of the query', () => {
		expect(highlightWords('"raw body"  raw a')).toEqual(['raw', 'body']);
	});

	it('should put the words before the anchor and keep relative URLs relative', () => {
		expect(withHighlight('/providers/stripe/#error-card-declined', ['card_declined'])).toBe(
			'/providers/stripe/?highlight=card_declined#error-card-declined'
		);
		expect(withHighlight('/p/?highlight=old', ['a', 'b c'])).toBe('/p/?highlight=a&highlight=b+c');
		expect(withHighlight('https://example.org/p/#x', [])).toBe('https://example.org/p/#x');
	});
});

describe('entry kinds', () => {
	it('should label entry kinds and leave other data-entry values to their page', () => {
		expect(entryKindLabel('error-code')).toBe('Error code');
		expect(entryKindLabel('checklist-item')).toBe('Checklist item');
		expect(entryKindLabel('webhooks')).toBeUndefined();
		expect(entryKindLabel('toString')).toBeUndefined();
	});
});
