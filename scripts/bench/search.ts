/**
 * Search in headless Chromium, as a visitor uses it: open the search (click), type a query, wait for
 * the first result. Measured:
 * - cold: each query in a fresh browser context (empty cache), once the page has loaded what it loads
 *   by itself (network idle): the time from the keystroke to the first rendered result, and every byte and request from
 *   opening the search until the network is idle again (the first query's cost);
 * - warm: later queries in one page that has already searched once: the time, and the bytes and
 *   requests each query adds.
 * "Keystroke" is the query's input event (the query is inserted at once, as a paste or the last key
 * of a typed word is); "rendered" is the first animation frame after a result link is in the DOM.
 */
import type { Browser, Page } from '@playwright/test';
import { NetworkLog, total, type LoggedResponse } from './browser';
import { median } from './stats';
import type { SearchResult, Transfer } from './types';

/** How to drive the search UI: Starlight's (the baseline) or ours (src/components/SiteSearch.astro); the env variables adapt it to another. */
export interface SearchUi {
	/** What the visitor clicks to open the search. */
	open: string;
	/** The query field. */
	input: string;
	/** A rendered result (its link). */
	result: string;
}

export const SEARCH_UI: SearchUi = {
	open: process.env.BENCH_SEARCH_OPEN ?? 'button[data-open-modal]',
	input: process.env.BENCH_SEARCH_INPUT ?? '.pagefind-ui__search-input, dialog[open] input[type="search"]',
	result: process.env.BENCH_SEARCH_RESULT ?? '.pagefind-ui__result-link, .search-result-link',
};

/** How long a query may take to show a result before it counts as a miss. */
const QUERY_TIMEOUT_MS = 10_000;

/**
 * Waits until the page has finished loading what it loads by itself, as the page-weight stage does:
 * network idle, then a second look, since an idle callback (Starlight loads its search UI in one)
 * may start more requests on a page that is slow to parse.
 */
async function settle(tab: Page, network: NetworkLog) {
	await network.idle(1000);
	await tab.waitForTimeout(1000);
	await network.idle(1000);
}

/** Opens the search the way a visitor does and focuses the query field. */
async function openSearch(tab: Page, ui: SearchUi) {
	await tab.locator(ui.open).first().click();
	const input = tab.locator(ui.input).first();
	await input.waitFor({ state: 'visible', timeout: QUERY_TIMEOUT_MS });
	await input.focus();
}

/** Types `query` into the focused field; resolves to ms from its input event to the first rendered result, or undefined. */
async function timeQuery(tab: Page, ui: SearchUi, query: string): Promise<number | undefined> {
	await tab.evaluate((selector) => {
		const state = { t0: -1, t1: -1 };
		Object.assign(window, { __benchSearch: state });
		document.addEventListener('input', (event) => void (state.t0 < 0 && (state.t0 = event.timeStamp)), { capture: true, once: true });
		const observer = new MutationObserver(() => {
			if (!document.querySelector(selector)) return;
			observer.disconnect();
			requestAnimationFrame(() => (state.t1 = performance.now()));
		});
		observer.observe(document.body, { childList: true, subtree: true });
	}, ui.result);
	await tab.keyboard.insertText(query);
	try {
		await tab.waitForFunction(() => (window as unknown as { __benchSearch: { t1: number } }).__benchSearch.t1 >= 0, undefined, {
			timeout: QUERY_TIMEOUT_MS,
		});
	} catch {
		return undefined;
	}
	const { t0, t1 } = await tab.evaluate(() => (window as unknown as { __benchSearch: { t0: number; t1: number } }).__benchSearch);
	return t1 - t0;
}

/** Empties the query field and waits until no result is shown. */
async function clearQuery(tab: Page, ui: SearchUi) {
	await tab.locator(ui.input).first().fill('');
	await tab.waitForFunction((selector) => !document.querySelector(selector), ui.result, { timeout: 5000 }).catch(() => undefined);
}

/** Bytes by kind: the search UI's own scripts and styles, Pagefind's script, WebAssembly, index and fragments. */
function bytesByKind(responses: readonly LoggedResponse[]): Record<string, number> {
	const out: Record<string, number> = {};
	for (const response of responses) {
		const kind = response.kind === 'js' ? 'ui-js' : response.kind === 'css' ? 'ui-css' : response.kind;
		out[kind] = (out[kind] ?? 0) + response.gz;
	}
	return out;
}

/** Splits a list in two: the items that pass the test, and the others. */
function partition<T>(items: readonly T[], test: (item: T) => boolean): [T[], T[]] {
	return [items.filter(test), items.filter((item) => !test(item))];
}

/** The median bytes and requests of several transfers. */
const medianTransfer = (transfers: readonly Transfer[]): Transfer => ({
	bytes: median(transfers.map((t) => t.bytes)),
	requests: median(transfers.map((t) => t.requests)),
});

/** Runs the cold and warm measurements of `queries` on the page at `baseUrl + path`. */
export async function measureSearch(
	browser: Browser,
	site: string,
	baseUrl: string,
	path: string,
	queries: readonly string[],
	log: (line: string) => void,
	ui: SearchUi = SEARCH_UI
): Promise<SearchResult> {
	const misses = new Set<string>();
	const coldMs: number[] = [];
	const firstQueries: Transfer[] = [];
	const uiLoads: Transfer[] = [];
	const kinds: Record<string, number>[] = [];
	try {
		for (const [index, query] of queries.entries()) {
			const context = await browser.newContext();
			try {
				const tab = await context.newPage();
				const network = new NetworkLog(tab);
				const response = await tab.goto(baseUrl + path, { waitUntil: 'load' });
				if (!response?.ok()) return { site, path, skipped: `HTTP ${response?.status()} for ${path}` };
				await settle(tab, network);
				const mark = network.mark();
				await openSearch(tab, ui);
				const ms = await timeQuery(tab, ui, query);
				await network.idle(500);
				if (ms === undefined) {
					misses.add(query);
					continue;
				}
				coldMs.push(ms);
				const responses = network.since(mark);
				// The search UI's own code is counted apart: it loads once, on intent or after load (by kind below).
				const [uiCode, searchData] = partition(responses, (r) => r.kind === 'js' || r.kind === 'css');
				firstQueries.push(total(searchData));
				uiLoads.push(total(uiCode));
				kinds.push(bytesByKind(responses));
				if (index === 0) log(`  cold "${query}": ${Math.round(ms)} ms, ${(total(responses).bytes / 1024).toFixed(1)} KB`);
			} finally {
				await context.close();
			}
		}

		const warmMs: number[] = [];
		const laterQueries: Transfer[] = [];
		const context = await browser.newContext();
		try {
			const tab = await context.newPage();
			const network = new NetworkLog(tab);
			await tab.goto(baseUrl + path, { waitUntil: 'load' });
			await settle(tab, network);
			await openSearch(tab, ui);
			// The first query warms the page up; the rest are "later queries".
			await timeQuery(tab, ui, queries[0]!);
			await network.idle(500);
			for (const query of queries.slice(1)) {
				await clearQuery(tab, ui);
				await network.idle(300);
				const mark = network.mark();
				const ms = await timeQuery(tab, ui, query);
				await network.idle(500);
				if (ms === undefined) {
					misses.add(query);
					continue;
				}
				warmMs.push(ms);
				laterQueries.push(total(network.since(mark)));
			}
		} finally {
			await context.close();
		}

		const kindNames = [...new Set(kinds.flatMap((k) => Object.keys(k)))];
		return {
			site,
			path,
			queries: queries.length,
			misses: [...misses],
			firstQuery: medianTransfer(firstQueries),
			searchUiDuringQuery: medianTransfer(uiLoads),
			firstQueryByKind: Object.fromEntries(kindNames.map((name) => [name, median(kinds.map((k) => k[name] ?? 0))])),
			laterQueryMedian: medianTransfer(laterQueries),
			laterQueryMax: laterQueries.reduce<Transfer>((worst, t) => (t.bytes > worst.bytes ? t : worst), { bytes: 0, requests: 0 }),
			coldMs,
			warmMs,
		};
	} catch (error) {
		return { site, path, skipped: `failed: ${error instanceof Error ? error.message.split('\n')[0] : error}` };
	}
}
