import { describe, expect, it } from 'vitest';
import { checklistMarkdown } from '../../../src/lib/checklist/markdown';
import {
	decodeShareQuery,
	encodeShareQuery,
	isEmptyState,
	parseSavedState,
	readSavedProgress,
	serializeSavedState,
	type KnownIds,
} from '../../../src/lib/checklist/state';

const known: KnownIds = {
	providers: new Set(['stripe', 'github']),
	items: new Map([
		['credentials-in-env', 'credentials-in-env'],
		['stripe-backoff', 'stripe-backoff'],
		['old-credentials', 'credentials-in-env'],
	]),
};

describe('share links', () => {
	it('should round-trip providers and ticks', () => {
		const state = { providers: ['stripe', 'github'], ticked: ['credentials-in-env', 'stripe-backoff'] };
		const query = encodeShareQuery(state);
		expect(query).toBe('p=stripe,github&t=credentials-in-env,stripe-backoff');
		expect(decodeShareQuery(`?${query}`, known)).toEqual({ state, dropped: { providers: [], items: [] } });
	});

	it('should leave out empty parts and treat a URL without them as no shared state', () => {
		expect(encodeShareQuery({ providers: [], ticked: ['stripe-backoff'] })).toBe('t=stripe-backoff');
		expect(encodeShareQuery({ providers: [], ticked: [] })).toBe('');
		expect(decodeShareQuery('?utm_source=x', known)).toBeUndefined();
		expect(decodeShareQuery('', known)).toBeUndefined();
	});

	it('should drop unknown ids and name them, map aliases, de-duplicate, and keep the valid rest', () => {
		expect(decodeShareQuery('?p=stripe,nope,stripe&t=old-credentials,,removed-item,credentials-in-env,%ZZ,removed-item', known)).toEqual({
			state: { providers: ['stripe'], ticked: ['credentials-in-env'] },
			dropped: { providers: ['nope'], items: ['removed-item', '%ZZ'] },
		});
	});

	it('should survive malformed queries, and say when a link carries nothing valid', () => {
		const empty = { providers: [], ticked: [] };
		expect(decodeShareQuery('?p=&t=', known)).toEqual({ state: empty, dropped: { providers: [], items: [] } });
		expect(decodeShareQuery('?p=<script>', known)).toEqual({ state: empty, dropped: { providers: ['<script>'], items: [] } });
		expect(decodeShareQuery('?t=%E0%A4%A', known)).toEqual({ state: empty, dropped: { providers: [], items: ['\uFFFD%A'] } });
		expect(decodeShareQuery('?p=stripe&p=github', known)!.state).toEqual({ providers: ['stripe'], ticked: [] });
		expect(isEmptyState(decodeShareQuery('?p=&t=', known)!.state)).toBe(true);
		expect(isEmptyState(decodeShareQuery('?p=github', known)!.state)).toBe(false);
	});
});

describe('saved progress', () => {
	it('should round-trip through storage', () => {
		const state = { providers: ['github'], ticked: ['stripe-backoff'] };
		expect(JSON.parse(serializeSavedState(state))).toEqual({ v: 1, ...state });
		expect(parseSavedState(serializeSavedState(state), known)).toEqual(state);
	});

	it('should ignore corrupt data without losing the good parts', () => {
		const empty = { providers: [], ticked: [] };
		expect(parseSavedState(null, known)).toEqual(empty);
		expect(parseSavedState('{not json', known)).toEqual(empty);
		expect(parseSavedState('42', known)).toEqual(empty);
		expect(parseSavedState('null', known)).toEqual(empty);
		expect(parseSavedState('{"providers":"stripe","ticked":["stripe-backoff",7,null,"gone"]}', known)).toEqual({
			providers: [],
			ticked: ['stripe-backoff'],
		});
		expect(parseSavedState('{"v":1,"providers":["github",{}],"ticked":["old-credentials"]}', known)).toEqual({
			providers: ['github'],
			ticked: ['credentials-in-env'],
		});
	});
});

describe('saved progress read by a page that knows only some ids', () => {
	it('should set aside, as written, the ids the page does not know, for writing back', () => {
		expect(readSavedProgress('{"v":1,"providers":["stripe","zoom"],"ticked":["old-credentials","zoom-backoff",7,"zoom-backoff"," github-pagination "]}', known)).toEqual({
			state: { providers: ['stripe'], ticked: ['credentials-in-env'] },
			unknown: { providers: ['zoom'], ticked: ['zoom-backoff', 'github-pagination'] },
		});
		expect(readSavedProgress('{{{', known)).toEqual({ state: { providers: [], ticked: [] }, unknown: { providers: [], ticked: [] } });
	});
});

describe('checklistMarkdown', () => {
	it('should produce a GitHub task list with phase headings and links, skipping empty phases', () => {
		const markdown = checklistMarkdown({
			title: 'Integration checklist: Stripe',
			shareUrl: 'https://x.dev/checklist/?p=stripe',
			phases: [
				{ title: 'Research', items: [{ title: 'Auth [documented]', done: true, url: 'https://x.dev/checklist/#auth' }] },
				{ title: 'Security', items: [] },
				{ title: 'Production', items: [{ title: 'Rotate', done: false, url: 'https://x.dev/checklist/#rotate' }] },
			],
		});
		expect(markdown).toBe(
			[
				'## Integration checklist: Stripe',
				'',
				'Shared checklist: https://x.dev/checklist/?p=stripe',
				'',
				'### Research',
				'',
				'- [x] Auth \\[documented\\] (https://x.dev/checklist/#auth)',
				'',
				'### Production',
				'',
				'- [ ] Rotate (https://x.dev/checklist/#rotate)',
				'',
			].join('\n')
		);
	});
});
