import { describe, expect, it } from 'vitest';
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
} from '../../../src/lib/search/query';

const hit = (url: string, provider = 'Stripe', kind = 'Error code'): ExactHit => ({ url, title: url, kind, provider, excerpt: '' });

describe('normalising queries', () => {
	it('should ignore case, surrounding quotes and backticks, and extra spaces', () => {
		expect(normalizeTerm('  `Card_Declined` ')).toBe('card_declined');
		expect(normalizeTerm('"Stripe   card_declined"')).toBe('stripe card_declined');
		expect(queryTokens('Stripe  STRIPE card_declined')).toEqual(['stripe', 'card_declined']);
	});

	it('should look up the whole query, then each word that looks like a code', () => {
		expect(lookupTerms('github 422')).toEqual(['github 422', '422']);
		expect(lookupTerms('webhook signature')).toEqual(['webhook signature']);
		expect(lookupTerms('signature')).toEqual(['signature']);
		expect(lookupTerms('use Retry-After and card_declined STOP LastEvaluatedKey')).toEqual([
			'use retry-after and card_declined stop lastevaluatedkey',
			'retry-after',
			'card_declined',
			'stop',
			'lastevaluatedkey',
		]);
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
		// A plain word is not looked up in a query of several words: "Stripe" names no exact hit.
		expect(rankExactHits('Stripe card_declined', table).map((entry) => entry.url)).toEqual(['/stripe/#card-declined']);
	});

	it('should stop at the limit', () => {
		expect(rankExactHits('422', table, 1)).toHaveLength(1);
	});

	it('should filter hits by provider and kind like the index does', () => {
		const hits = [...rankExactHits('stripe card_declined', table), ...rankExactHits('stripe', table)];
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
