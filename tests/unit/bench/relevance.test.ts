import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { answers, figuresBySet, firstAnswerRank, parseRelevanceQueries, relevanceFigures, resultKey, scoreQuery, type QueryOutcome } from '../../../scripts/bench/relevance/score';

const outcome = (set: 'tune' | 'holdout' | 'unseen', rank?: number): QueryOutcome => ({ query: 'q', kind: 'code', set, rank, results: [] });

describe('relevance scoring', () => {
	it('compares path and anchor, ignoring origin, query string and a missing trailing slash', () => {
		expect(resultKey('http://localhost:4460/providers/stripe/?highlight=429#error-rate-limit-error')).toEqual({ path: '/providers/stripe/', anchor: 'error-rate-limit-error' });
		expect(resultKey('/compare/webhooks')).toEqual({ path: '/compare/webhooks/', anchor: '' });
		expect(answers('/providers/stripe/?highlight=x#error-card-declined', '/providers/stripe/#error-card-declined')).toBe(true);
		expect(answers('/providers/stripe/', '/providers/stripe/#error-card-declined')).toBe(false);
		expect(answers('/providers/stripe/#error-card-declined-x', '/providers/stripe/#error-card-declined')).toBe(false);
		// A whole-page answer is met by the page or any section of it.
		expect(answers('/compare/webhooks/#stripe', '/compare/webhooks/')).toBe(true);
		expect(answers('/compare/webhooks-old/', '/compare/webhooks/')).toBe(false);
	});

	it('ranks the first result that matches any answer', () => {
		const results = ['/providers/sendgrid/#error-429', '/providers/twilio/', '/providers/twilio/#error-20429'];
		expect(firstAnswerRank(results, ['/providers/twilio/#error-20429'])).toBe(3);
		expect(firstAnswerRank(results, ['/providers/twilio/#error-20429', '/providers/sendgrid/#error-429'])).toBe(1);
		expect(firstAnswerRank(results, ['/providers/twilio/#error-21610'])).toBeUndefined();
	});

	it('counts only the first ten results', () => {
		const results = Array.from({ length: 12 }, (_, i) => `/p/${i}/`);
		const query = { query: 'x', kind: 'code', set: 'tune' as const, answers: ['/p/10/'] };
		expect(scoreQuery(query, results).rank).toBeUndefined();
		expect(scoreQuery({ ...query, answers: ['/p/9/'] }, results).rank).toBe(10);
	});

	it('computes hit@1, hit@3 and MRR', () => {
		const figures = relevanceFigures([outcome('tune', 1), outcome('tune', 2), outcome('tune', 4), outcome('tune')]);
		expect(figures).toEqual({ queries: 4, hit1: 0.25, hit3: 0.5, mrr: (1 + 0.5 + 0.25 + 0) / 4 });
		expect(relevanceFigures([]).hit1).toBeNaN();
	});

	it('keeps the sets apart, and counts holdout and unseen together as not tuned against', () => {
		const bySet = figuresBySet([outcome('tune', 1), outcome('holdout', 3), outcome('holdout'), outcome('unseen', 1)]);
		expect(bySet.tune).toEqual({ queries: 1, hit1: 1, hit3: 1, mrr: 1 });
		expect(bySet.holdout).toEqual({ queries: 2, hit1: 0, hit3: 0.5, mrr: 1 / 6 });
		expect(bySet.unseen).toEqual({ queries: 1, hit1: 1, hit3: 1, mrr: 1 });
		expect(bySet.untuned).toEqual({ queries: 3, hit1: 1 / 3, hit3: 2 / 3, mrr: (1 / 3 + 1) / 3 });
		expect(bySet.all.queries).toBe(4);
	});
});

describe('the query set', () => {
	it('parses the committed queries.yaml: at least 60 queries, both sets', () => {
		const queries = parseRelevanceQueries(readFileSync('scripts/bench/relevance/queries.yaml', 'utf8'));
		expect(queries.length).toBeGreaterThanOrEqual(60);
		expect(queries.filter((q) => q.set === 'holdout').length).toBeGreaterThanOrEqual(20);
		expect(queries.find((q) => q.query === '21610')).toMatchObject({ kind: 'code', answers: ['/providers/twilio/#error-21610'] });
	});

	it('names the entry and field of a malformed query', () => {
		expect(() => parseRelevanceQueries('- { query: x, kind: code, set: tune, answers: [] }')).toThrow('queries.yaml: entry 1 (x): answers: expected a non-empty list');
		expect(() => parseRelevanceQueries('- { query: x, kind: code, set: tuned, answers: [/a/] }')).toThrow('set: expected tune, holdout, unseen, got "tuned"');
		expect(() => parseRelevanceQueries('- { query: x, kind: guess, set: tune, answers: [/a/] }')).toThrow('kind: expected one of');
		expect(() => parseRelevanceQueries('query: x')).toThrow('expected a list of queries');
	});
});
