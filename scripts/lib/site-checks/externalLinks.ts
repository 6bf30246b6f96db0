/**
 * The opt-in network check of external links: each distinct URL is requested once (HEAD, then GET where
 * a server refuses HEAD), a few at a time, each with a timeout, the whole run within a deadline.
 * `fetch` is passed in, so the logic is tested without a network.
 */

/** What became of one URL. */
export interface ExternalLinkResult {
	url: string;
	/**
	 * `ok`: answered 2xx/3xx; `rate-limited`: 429, not counted as broken; `broken`: 4xx/5xx;
	 * `unreachable`: no answer in time, or a network error; `skipped`: the run's deadline passed first.
	 */
	outcome: 'ok' | 'rate-limited' | 'broken' | 'unreachable' | 'skipped';
	/** The final HTTP status, when there was an answer. */
	status?: number;
	/** Why it was unreachable. */
	error?: string;
}

export interface ExternalLinkOptions {
	/** Requests in flight at once. */
	concurrency: number;
	/** Milliseconds one request may take. */
	timeoutMs: number;
	/** Milliseconds the whole run may take; URLs not started by then are `skipped`. */
	deadlineMs: number;
}

export const DEFAULT_EXTERNAL_LINK_OPTIONS: ExternalLinkOptions = { concurrency: 8, timeoutMs: 10_000, deadlineMs: 120_000 };

/** Statuses some servers answer HEAD with although GET works. */
const RETRY_WITH_GET = new Set([403, 404, 405, 501]);

/** Runs `task` over `items` with at most `limit` running at once; results keep the items' order. */
export async function mapWithConcurrency<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
	const results: R[] = new Array(items.length);
	let next = 0;
	const worker = async () => {
		while (next < items.length) {
			const index = next++;
			results[index] = await task(items[index]!);
		}
	};
	await Promise.all(Array.from({ length: Math.min(Math.max(limit, 1), items.length) }, worker));
	return results;
}

/** The outcome of an HTTP status. */
export function classifyStatus(status: number): ExternalLinkResult['outcome'] {
	if (status === 429) return 'rate-limited';
	return status < 400 ? 'ok' : 'broken';
}

/** Requests one URL: HEAD, falling back to GET when the server refuses HEAD. */
export async function checkExternalUrl(url: string, fetcher: typeof fetch, timeoutMs: number): Promise<ExternalLinkResult> {
	const request = async (method: 'HEAD' | 'GET') => {
		const response = await fetcher(url, { method, redirect: 'follow', signal: AbortSignal.timeout(timeoutMs) });
		await response.body?.cancel();
		return response.status;
	};
	try {
		let status = await request('HEAD');
		if (RETRY_WITH_GET.has(status)) status = await request('GET');
		return { url, outcome: classifyStatus(status), status };
	} catch (error) {
		const reason = error instanceof Error ? (error.name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : error.message) : String(error);
		return { url, outcome: 'unreachable', error: reason };
	}
}

/** Checks every URL, bounded by `options`; results in the order of `urls`. */
export async function checkExternalUrls(
	urls: readonly string[],
	fetcher: typeof fetch,
	options: ExternalLinkOptions = DEFAULT_EXTERNAL_LINK_OPTIONS,
	now: () => number = Date.now
): Promise<ExternalLinkResult[]> {
	const deadline = now() + options.deadlineMs;
	return mapWithConcurrency(urls, options.concurrency, async (url) =>
		now() >= deadline ? { url, outcome: 'skipped' as const } : checkExternalUrl(url, fetcher, options.timeoutMs)
	);
}

/** One line per URL that is not `ok`: `<outcome> <url> (<status or reason>)`, and the pages linking it when known. */
export function formatExternalLinkResults(results: readonly ExternalLinkResult[], pagesOf: (url: string) => readonly string[] = () => []): string[] {
	return results
		.filter((result) => result.outcome !== 'ok')
		.map((result) => {
			const detail = result.status ? ` (HTTP ${result.status})` : result.error ? ` (${result.error})` : '';
			const pages = pagesOf(result.url);
			return `${result.outcome} ${result.url}${detail}${pages.length > 0 ? ` on ${pages.join(', ')}` : ''}`;
		});
}
