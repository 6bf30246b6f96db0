import { describe, expect, it } from 'vitest';
import {
	checkExternalUrl,
	checkExternalUrls,
	classifyStatus,
	formatExternalLinkResults,
	mapWithConcurrency,
} from '../../../scripts/lib/site-checks/externalLinks';

/** A fake `fetch` answering from a table of `METHOD url` → status; anything else is a network error. */
function fakeFetch(statuses: Record<string, number>, calls: string[] = []): typeof fetch {
	return (async (input: string | URL | Request, init?: RequestInit) => {
		const key = `${init?.method ?? 'GET'} ${String(input)}`;
		calls.push(key);
		const status = statuses[key];
		if (status === undefined) throw new TypeError('fetch failed');
		return new Response(null, { status });
	}) as typeof fetch;
}

describe('checking external links over the network', () => {
	it('should classify statuses', () => {
		expect(classifyStatus(200)).toBe('ok');
		expect(classifyStatus(301)).toBe('ok');
		expect(classifyStatus(404)).toBe('broken');
		expect(classifyStatus(503)).toBe('broken');
		expect(classifyStatus(429)).toBe('rate-limited');
	});

	it('should use HEAD, and GET only when the server refuses HEAD', async () => {
		const calls: string[] = [];
		const fetcher = fakeFetch({ 'HEAD https://a.example/': 200, 'HEAD https://b.example/': 405, 'GET https://b.example/': 200 }, calls);
		expect(await checkExternalUrl('https://a.example/', fetcher, 1000)).toEqual({ url: 'https://a.example/', outcome: 'ok', status: 200 });
		expect(await checkExternalUrl('https://b.example/', fetcher, 1000)).toEqual({ url: 'https://b.example/', outcome: 'ok', status: 200 });
		expect(calls).toEqual(['HEAD https://a.example/', 'HEAD https://b.example/', 'GET https://b.example/']);
	});

	it('should report broken and unreachable URLs, and a request that takes too long', async () => {
		const fetcher = fakeFetch({ 'HEAD https://gone.example/': 404, 'GET https://gone.example/': 404 });
		expect(await checkExternalUrl('https://gone.example/', fetcher, 1000)).toMatchObject({ outcome: 'broken', status: 404 });
		expect(await checkExternalUrl('https://down.example/', fetcher, 1000)).toMatchObject({ outcome: 'unreachable', error: 'fetch failed' });
		const hanging = ((_: unknown, init?: RequestInit) =>
			new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason)))) as typeof fetch;
		expect(await checkExternalUrl('https://slow.example/', hanging, 20)).toMatchObject({ outcome: 'unreachable', error: 'no answer within 20 ms' });
	});

	it('should run at most `limit` tasks at once and keep the order of results', async () => {
		let running = 0;
		let most = 0;
		const results = await mapWithConcurrency([5, 1, 4, 2, 3, 1], 2, async (delay) => {
			most = Math.max(most, ++running);
			await new Promise((resolve) => setTimeout(resolve, delay));
			running--;
			return delay * 10;
		});
		expect(results).toEqual([50, 10, 40, 20, 30, 10]);
		expect(most).toBe(2);
	});

	it('should skip what is left once the deadline has passed', async () => {
		let clock = 0;
		const fetcher = fakeFetch({ 'HEAD https://a.example/': 200, 'HEAD https://b.example/': 200 });
		const results = await checkExternalUrls(
			['https://a.example/', 'https://b.example/'],
			(async (...args: Parameters<typeof fetch>) => {
				clock += 100;
				return fetcher(...args);
			}) as typeof fetch,
			{ concurrency: 1, timeoutMs: 1000, deadlineMs: 50 },
			() => clock
		);
		expect(results.map((result) => result.outcome)).toEqual(['ok', 'skipped']);
	});

	it('should list only the URLs that are not ok, with the pages linking them', () => {
		const lines = formatExternalLinkResults(
			[
				{ url: 'https://a.example/', outcome: 'ok', status: 200 },
				{ url: 'https://b.example/', outcome: 'broken', status: 404 },
				{ url: 'https://c.example/', outcome: 'unreachable', error: 'fetch failed' },
			],
			(url) => (url === 'https://b.example/' ? ['/providers/stripe/'] : [])
		);
		expect(lines).toEqual(['broken https://b.example/ (HTTP 404) on /providers/stripe/', 'unreachable https://c.example/ (fetch failed)']);
	});
});
