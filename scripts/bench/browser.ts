/**
 * Headless Chromium for the page-weight and search stages, and a network log that records every
 * response with its gzipped size and when it finished. `resourceKind` is pure and unit-tested.
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_FLAGS, chromiumPath } from '../../tests/chromium';
import { gzipSize } from './stats';

export function launchBrowser(): Promise<Browser> {
	return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
}

/** What a response is, for adding up bytes by kind. */
export type ResourceKind = 'html' | 'js' | 'css' | 'pagefind-js' | 'wasm' | 'index' | 'fragments' | 'exact-terms' | 'font' | 'image' | 'other';

/** The kind of a response, from its URL and content type. Pagefind's files are told apart by name. */
export function resourceKind(url: string, contentType = ''): ResourceKind {
	const path = new URL(url).pathname;
	// Our exact-match table and its manifest (src/pages/search/), fetched by our search beside Pagefind's index.
	if (path.startsWith('/search/exact')) return 'exact-terms';
	if (path.includes('/pagefind/')) {
		if (/\.pf_fragment$/.test(path)) return 'fragments';
		if (/\.(pf_index|pf_meta|pf_filter)$/.test(path) || path.endsWith('pagefind-entry.json')) return 'index';
		if (/\/wasm\.[^/]*$/.test(path)) return 'wasm';
		if (/\/pagefind(-worker)?\.js$/.test(path)) return 'pagefind-js';
	}
	if (/\.m?js$/.test(path) || /javascript/.test(contentType)) return 'js';
	if (/\.css$/.test(path) || /text\/css/.test(contentType)) return 'css';
	if (/\.html?$|\/$/.test(path) || /text\/html/.test(contentType)) return 'html';
	if (/\.(woff2?|ttf|otf)$/.test(path) || /^font\//.test(contentType)) return 'font';
	if (/\.(png|jpe?g|gif|svg|webp|avif|ico)$/.test(path) || /^image\//.test(contentType)) return 'image';
	return 'other';
}

/** One response the page received. */
export interface LoggedResponse {
	url: string;
	kind: ResourceKind;
	status: number;
	/** Body bytes as received (decoded) and gzipped, as they would cross the network. */
	raw: number;
	gz: number;
	/** Order in which the request started, to split the log into phases. */
	sequence: number;
}

/**
 * Records every response of a page. `mark()` and `since(mark)` split it into phases; `idle()`
 * waits until no request has been in flight for a while.
 */
export class NetworkLog {
	readonly responses: LoggedResponse[] = [];
	private started = 0;
	private inFlight = 0;
	private lastActivity = performance.now();
	private pending: Promise<void>[] = [];
	private readonly sequenceOf = new WeakMap<object, number>();

	constructor(page: Page) {
		page.on('request', (request) => {
			this.sequenceOf.set(request, this.started++);
			this.inFlight++;
			this.lastActivity = performance.now();
		});
		page.on('requestfailed', () => {
			this.inFlight--;
			this.lastActivity = performance.now();
		});
		page.on('requestfinished', (request) => {
			const sequence = this.sequenceOf.get(request) ?? this.started;
			this.pending.push(
				(async () => {
					const response = await request.response();
					const body = await response?.body().catch(() => undefined);
					if (response && body) {
						const url = request.url();
						const kind = resourceKind(url, response.headers()['content-type']);
						this.responses.push({ url, kind, status: response.status(), raw: body.length, gz: gzipSize(body), sequence });
					}
				})()
					.catch(() => undefined)
					.finally(() => {
						this.inFlight--;
						this.lastActivity = performance.now();
					})
			);
		});
	}

	/** A point in the log: requests started after it belong to the next phase. */
	mark(): number {
		return this.started;
	}

	/** Responses to requests started at or after `mark` (and before `until`, when given). */
	since(mark: number, until = Number.POSITIVE_INFINITY): LoggedResponse[] {
		return this.responses.filter((response) => response.sequence >= mark && response.sequence < until);
	}

	/** Resolves once no request has been in flight for `quietMs`, and every body has been read. */
	async idle(quietMs = 500, timeoutMs = 20_000): Promise<void> {
		const deadline = performance.now() + timeoutMs;
		while (performance.now() < deadline) {
			if (this.inFlight <= 0 && performance.now() - this.lastActivity >= quietMs) break;
			await new Promise((resolve) => setTimeout(resolve, 50));
		}
		await Promise.all(this.pending);
	}
}

/** Adds up the gzipped bytes and the requests of some responses. */
export function total(responses: readonly LoggedResponse[]): { bytes: number; requests: number } {
	return { bytes: responses.reduce((sum, response) => sum + response.gz, 0), requests: responses.length };
}
