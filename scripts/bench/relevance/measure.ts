/**
 * The relevance benchmark's browser half: types each query of the set into a site's search dialog (ours or
 * plain Starlight's), waits until the results stop changing, and reads the result links in the order shown
 * (a page's sub-results count where they are listed). Scoring is in score.ts.
 */
import type { Browser, Page } from '@playwright/test';
import { RANK_CUTOFF, scoreQuery, type QueryOutcome, type RelevanceQuery } from './score';
import type { SearchUi } from '../search';

/** Result links in the order a reader sees them, in ours (`.search-results a`) and in Starlight's Pagefind UI. */
export const RESULT_LINKS = '.search-results a, .pagefind-ui__results a.pagefind-ui__result-link';

/** How long the result list must stay the same to count as final, and the longest wait for a query. */
const STABLE_MS = 700;
const QUERY_TIMEOUT_MS = 8000;

/** The result URLs shown for the query in the field now, once they have stopped changing. */
async function settledResults(tab: Page): Promise<string[]> {
	const started = Date.now();
	let last = '';
	let since = Date.now();
	for (;;) {
		const urls = await tab.$$eval(RESULT_LINKS, (links) => links.map((link) => (link as HTMLAnchorElement).href));
		const key = urls.join('\n');
		if (key !== last) {
			last = key;
			since = Date.now();
		}
		// An empty list may still be waiting for its index: give it the whole timeout.
		if (Date.now() - since >= STABLE_MS && (urls.length > 0 || Date.now() - started >= 3000)) return urls;
		if (Date.now() - started >= QUERY_TIMEOUT_MS) return urls;
		await tab.waitForTimeout(100);
	}
}

/** Runs every query on the site at `baseUrl`, in one page (the index stays loaded, as for a reader). */
export async function measureRelevance(
	browser: Browser,
	baseUrl: string,
	queries: readonly RelevanceQuery[],
	ui: SearchUi,
	log: (line: string) => void = () => {}
): Promise<QueryOutcome[]> {
	const context = await browser.newContext();
	try {
		const tab = await context.newPage();
		await tab.goto(`${baseUrl}/`, { waitUntil: 'load' });
		await tab.locator(ui.open).first().click();
		const input = tab.locator(ui.input).first();
		await input.waitFor({ state: 'visible' });
		const outcomes: QueryOutcome[] = [];
		for (const query of queries) {
			await input.fill('');
			await tab.waitForFunction((selector) => !document.querySelector(selector), RESULT_LINKS, { timeout: 3000 }).catch(() => undefined);
			await input.focus();
			await tab.keyboard.insertText(query.query);
			const urls = await settledResults(tab);
			const paths = [...new Set(urls.map((url) => url.replace(baseUrl, '')))].slice(0, RANK_CUTOFF);
			outcomes.push(scoreQuery(query, paths));
		}
		log(`relevance: ${outcomes.length} queries on ${baseUrl}`);
		return outcomes;
	} finally {
		await context.close();
	}
}
