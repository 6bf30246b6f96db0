import { describe, expect, it } from 'vitest';
import { loadSynonyms } from '../../../src/lib/search/synonyms';
import { excerptWords, mergePageHits, pageCandidates, pageRole, pageSearches, planQuery, rankCandidates, scoreCandidate, searchWords, stem, weighConcepts, windowCoverage, wordMatches, type Candidate, type FragmentLike } from '../../../src/lib/search/rank';

const vocabulary = {
	providers: ['AWS', 'GitHub', 'Stripe', 'Twilio', 'Twilio SendGrid'],
	aliases: { s3: 'AWS', gh: 'GitHub', sendgrid: 'Twilio SendGrid' },
	concepts: [
		['expire', 'lifetime', 'ttl'],
		['throttled', 'rate limit', '429'],
	],
};

describe('reading a query', () => {
	it('takes a provider named by name, alias or a longer name out of the search', () => {
		expect(planQuery('stripe 429', vocabulary)).toMatchObject({ provider: 'Stripe', text: '429' });
		expect(planQuery('gh webhook', vocabulary).provider).toBe('GitHub');
		expect(planQuery('twilio sendgrid 429', vocabulary).provider).toBe('Twilio SendGrid');
		expect(planQuery('twilio 429', vocabulary).provider).toBe('Twilio');
		expect(planQuery('webhook signature', vocabulary).provider).toBeUndefined();
	});

	it('keeps a product alias as a word that ranks but is not required', () => {
		const plan = planQuery('s3 503', vocabulary);
		expect(plan.provider).toBe('AWS');
		expect(plan.concepts).toEqual([
			{ term: 's3', alternatives: [['s3']], optional: true },
			{ term: '503', alternatives: [['503']] },
		]);
	});

	it('gives each word its concept group, reads two-word phrases of a group as one, and drops stop words', () => {
		const plan = planQuery('which rate limit expire', vocabulary);
		expect(plan.concepts.map((concept) => concept.term)).toEqual(['rate limit', 'expire']);
		expect(plan.concepts[0]!.alternatives).toEqual([['throttled'], ['rate', 'limit'], ['429']]);
		expect(plan.concepts[1]!.alternatives).toEqual([['expire'], ['lifetime'], ['ttl']]);
	});

	it('matches words, stems and prefixes, but numbers only whole', () => {
		expect(searchWords('Stripe-Signature card_declined')).toEqual(['stripe', 'signature', 'card_declined']);
		expect(wordMatches('webhooks', 'webhook')).toBe(true);
		expect(wordMatches('expired', 'expires')).toBe(true);
		expect(wordMatches('216100', '21610')).toBe(false);
		expect(wordMatches('21610', '21610')).toBe(true);
	});

	it('knows comparison pages, provider pages and hubs by URL', () => {
		expect(pageRole('/compare/webhooks/')).toBe('comparison');
		expect(pageRole('/errors/')).toBe('comparison');
		expect(pageRole('/providers/stripe/')).toBe('provider');
		expect(pageRole('/providers/')).toBe('hub');
	});
});

const stripe: FragmentLike = {
	url: '/providers/stripe/',
	content: 'Stripe Payments. Rate limited API. 429 Too many requests Back off on 429. Retry later. Verify webhook signatures Check the Stripe-Signature header. Add backoff Checklist: back off on 429.',
	meta: { title: 'Stripe', provider: 'Stripe', entries: 'error-rate-limit=e;backoff-on-429=p;verify-webhook-signature=p;stripe-backoff=c' },
	anchors: [
		{ element: 'h2', id: 'error-rate-limit', text: '429', location: 5 },
		{ element: 'h2', id: 'backoff-on-429', text: 'Back off on 429', location: 9 },
		{ element: 'h2', id: 'verify-webhook-signature', text: 'Verify webhook signatures', location: 15 },
		{ element: 'h2', id: 'stripe-backoff', text: 'Add backoff', location: 22 },
	],
};

describe('ranking sections', () => {
	it('cuts a page into its top and its sections, with their kinds', () => {
		const candidates = pageCandidates(stripe, 0);
		expect(candidates.map((c) => [c.url, c.kind, c.top])).toEqual([
			['/providers/stripe/', 'Page', true],
			['/providers/stripe/#error-rate-limit', 'Error code', false],
			['/providers/stripe/#backoff-on-429', 'Pattern', false],
			['/providers/stripe/#verify-webhook-signature', 'Pattern', false],
			['/providers/stripe/#stripe-backoff', 'Checklist item', false],
		]);
		expect(candidates[3]!.text.join(' ')).toBe('Verify webhook signatures Check the Stripe-Signature header.');
	});

	it('puts the entries first and the checklist item that restates one last, below the page top', () => {
		const ranked = rankCandidates(pageCandidates(stripe, 0), planQuery('stripe 429', vocabulary)).map((s) => s.candidate.url);
		expect(ranked).toEqual(['/providers/stripe/#backoff-on-429', '/providers/stripe/#error-rate-limit', '/providers/stripe/', '/providers/stripe/#stripe-backoff']);
	});

	it('still ranks what matches most words when nothing matches them all', () => {
		const ranked = rankCandidates(pageCandidates(stripe, 0), planQuery('webhook signature mismatch', vocabulary));
		expect(ranked[0]!.candidate.url).toBe('/providers/stripe/#verify-webhook-signature');
		expect(ranked[0]!.coverage).toBeCloseTo(2 / 3);
	});

	it('lists the page top first when the query names only the provider', () => {
		expect(rankCandidates(pageCandidates(stripe, 0), planQuery('stripe', vocabulary))[0]!.candidate.url).toBe('/providers/stripe/');
	});

	it('filters by kind, and quotes the words around the first match with the matches marked', () => {
		const ranked = rankCandidates(pageCandidates(stripe, 0), planQuery('signature', vocabulary), 'Pattern');
		expect(ranked.map((s) => s.candidate.url)).toEqual(['/providers/stripe/#verify-webhook-signature']);
		// The heading is the title: the excerpt quotes the body after it.
		expect(excerptWords(ranked[0]!).map((w) => (w.marked ? `[${w.word}]` : w.word)).join(' ')).toBe('Check the [Stripe-Signature] header.');
	});
});

describe('merging Pagefind searches', () => {
	it('searches the words as typed, then each word of each concept group', () => {
		expect(pageSearches(planQuery('idempotency key expire', vocabulary))).toEqual(['idempotency key expire', 'idempotency', 'key', 'expire', 'lifetime', 'ttl']);
		// Every concept keeps a search when the groups are long: their words are taken in turn.
		expect(pageSearches(planQuery('throttled expire', vocabulary), 5)).toEqual(['throttled expire', 'throttled', 'expire', 'rate limit', 'lifetime']);
	});

	it('keeps every word of the real concept groups for a query of three concepts', async () => {
		const { concepts } = await loadSynonyms(['aws', 'github', 'microsoft-graph', 'openai', 'anthropic', 'gemini', 'salesforce', 'sendgrid']);
		const searches = pageSearches(planQuery('idempotency key expire', { providers: [], concepts }));
		// "lifetime" is the word of the comparison's "Key lifetime" column; at 14 searches it was cut.
		expect(searches).toContain('lifetime');
		expect(searches).toContain('retention');
	});

	it('puts pages with more of the concepts first, comparisons first among equals, then the whole-query hits', () => {
		const plan = planQuery('idempotency key expire', vocabulary);
		const searches = pageSearches(plan);
		const page = (id: string) => ({ id });
		const results = [
			[page('stripe')], // idempotency key expire
			[page('stripe'), page('compare'), page('slack')], // idempotency
			[page('stripe'), page('compare'), page('slack')], // key
			[page('stripe')], // expire
			[page('compare')], // lifetime
			[], // ttl
		];
		const merged = mergePageHits(plan, searches, results, (p) => (p.id === 'compare' ? 'comparison' : undefined));
		expect(merged.map((hit) => [hit.page.id, hit.concepts, hit.whole])).toEqual([
			['compare', 3, false],
			['stripe', 3, true],
			['slack', 2, false],
		]);
		// A query that names a provider keeps comparisons out of the lead.
		expect(mergePageHits({ ...plan, provider: 'Stripe' }, searches, results, (p) => (p.id === 'compare' ? 'comparison' : undefined))[0]!.page.id).toBe('stripe');
	});
});

describe('the error index', () => {
	it('is among the pages loaded for a question that names no provider, not for one that does', () => {
		const groupOf = (p: { id: string }) => (p.id === 'errors' ? 'errors' : undefined);
		const question = planQuery('which errors can I retry', vocabulary);
		const pages = [[], [{ id: 'stripe' }, { id: 'openai' }, { id: 'errors' }], [{ id: 'stripe' }, { id: 'openai' }, { id: 'errors' }]];
		expect(mergePageHits(question, pageSearches(question).slice(0, 3), pages, groupOf).map((hit) => hit.page.id)).toEqual(['errors', 'stripe', 'openai']);
		const named = planQuery('stripe errors retry', vocabulary);
		expect(mergePageHits(named, pageSearches(named).slice(0, 3), pages, groupOf).map((hit) => hit.page.id)).toEqual(['stripe', 'openai', 'errors']);
	});
});

describe('codes', () => {
	it('knows a query of codes, and then puts comparison pages last', () => {
		expect(planQuery('stripe 429', vocabulary).codeLike).toBe(true);
		expect(planQuery('card_declined', vocabulary).codeLike).toBe(true);
		expect(planQuery('webhook signature', vocabulary).codeLike).toBeUndefined();
		const plan = planQuery('card_declined', vocabulary);
		const merged = mergePageHits(plan, pageSearches(plan), [[{ id: 'errors' }, { id: 'stripe' }]], (p) => (p.id === 'errors' ? 'errors' : undefined));
		expect(merged.map((hit) => hit.page.id)).toEqual(['stripe', 'errors']);
	});
});

describe('provider names inside codes', () => {
	it('does not read a provider out of a part of a code or header', () => {
		expect(planQuery('X-Twilio-Email-Event-Webhook-Signature', vocabulary).provider).toBeUndefined();
		expect(planQuery('twilio X-Twilio-Signature', vocabulary).provider).toBe('Twilio');
	});
});

describe('words', () => {
	it('stems the forms of a word to one: expire/expired/expiring, retry/retries, charge/charged, page/pages', () => {
		expect(['expire', 'expires', 'expired', 'expiring'].map(stem)).toEqual(['expir', 'expir', 'expir', 'expir']);
		expect(['retry', 'retries'].map(stem)).toEqual(['retri', 'retri']);
		expect(['charge', 'charged', 'page', 'pages', 'key', 'keys'].map(stem)).toEqual(['charg', 'charg', 'pag', 'pag', 'key', 'key']);
		expect(stem('need')).toBe('need');
	});

	it('drops question words that name nothing ("errors that should not be retried")', () => {
		expect(planQuery('errors that should not be retried', vocabulary).concepts.map((concept) => concept.term)).toEqual(['errors', 'retried']);
	});

	it('reads a hyphenated word as one phrase whose words must be adjacent', () => {
		expect(planQuery('x-request-id', vocabulary).concepts).toEqual([{ term: 'x request id', alternatives: [['x', 'request', 'id']], phrase: true }]);
		const plan = planQuery('x-request-id', vocabulary);
		const section = (text: string): Candidate => ({ url: '/providers/openai/#a', title: 'A', pageTitle: 'OpenAI', kind: 'Pattern', text: text.split(' '), top: false, pageRank: 0 });
		expect(scoreCandidate(section('Log the x-request-id header'), plan).coverage).toBe(1);
		expect(scoreCandidate(section('Send an x header with the request id'), plan).coverage).toBe(0);
	});

	it('matches a code by its parts: "idempotency key reused" finds IDEMPOTENCY_KEY_REUSED in a title', () => {
		const plan = planQuery('idempotency key reused', vocabulary);
		const error: Candidate = { url: '/providers/square/#error-idempotency-key-reused', title: 'IDEMPOTENCY_KEY_REUSED', pageTitle: 'Square', kind: 'Error code', text: ['IDEMPOTENCY_KEY_REUSED', 'The', 'key', 'was', 'used', 'before.'], top: false, pageRank: 0 };
		expect(scoreCandidate(error, plan).coverage).toBe(1);
	});
});

describe('weighing the words of a query', () => {
	it('weighs a word found on few of the pages more than one found on most, between 1 and 2', () => {
		const plan = planQuery('customer disabled', vocabulary);
		const ids = (...names: string[]) => names.map((id) => ({ id }));
		// Pages found: a–d; "customer" on all four, "disabled" on one.
		const weighed = weighConcepts(plan, ['customer disabled', 'customer', 'disabled'], [ids('a'), ids('a', 'b', 'c', 'd'), ids('a')]);
		const [customer, disabled] = weighed.concepts.map((concept) => concept.weight!);
		expect(customer).toBeCloseTo(1 + Math.log(2) / Math.log(5), 5);
		expect(disabled).toBe(2);
	});

	it('finds the best section-long stretch of a page: the concepts seen within SECTION_WINDOW words', () => {
		// Concept 0 at 10 and 500, concept 1 at 40: 10 and 40 are one stretch, so the page covers both.
		expect(windowCoverage([{ at: 10, concept: 0 }, { at: 40, concept: 1 }, { at: 500, concept: 0 }], [1, 1], 2)).toBe(1);
		// 200 words apart: never in one stretch.
		expect(windowCoverage([{ at: 10, concept: 0 }, { at: 210, concept: 1 }], [1, 2], 3)).toBeCloseTo(2 / 3, 5);
	});

	it('loads first the page whose words are near each other, over one that has them far apart', () => {
		const plan = planQuery('webhook disabled', vocabulary);
		const searches = pageSearches(plan);
		expect(searches).toEqual(['webhook disabled', 'webhook', 'disabled']);
		const results = [
			[{ id: 'far', words: [5, 900] }, { id: 'near', words: [300, 320] }],
			[{ id: 'far', words: [5] }, { id: 'near', words: [300] }],
			[{ id: 'far', words: [900] }, { id: 'near', words: [320] }],
		];
		expect(mergePageHits(plan, searches, results).map((hit) => hit.page.id)).toEqual(['near', 'far']);
	});
});
