/**
 * Page weight in headless Chromium: the JavaScript and CSS a page loads (gzipped) before its load
 * event and by network idle, in a fresh browser context (empty cache) without touching the page.
 * Whether a file arrived before the load event comes from Resource Timing (`responseEnd` before the
 * navigation's `loadEventStart`). `inlineScriptsGz` is pure and unit-tested.
 */
import type { Browser } from '@playwright/test';
import { parsePage } from '../lib/site-checks/htmlPage';
import { NetworkLog, total, type LoggedResponse } from './browser';
import { gzipSize } from './stats';
import type { PageWeight } from './types';

/** Gzipped size of the HTML's inline scripts (those the browser runs, not JSON data blocks), taken together. */
export function inlineScriptsGz(html: string): number {
	const scripts = parsePage(html).inlineScripts.filter((code) => code.trim().length > 0);
	return scripts.length === 0 ? 0 : gzipSize(scripts.join('\n'));
}

/** Measures one page of the site at `baseUrl`. */
export async function measurePageWeight(browser: Browser, baseUrl: string, page: { page: string; path: string }): Promise<PageWeight> {
	const context = await browser.newContext();
	try {
		const tab = await context.newPage();
		const log = new NetworkLog(tab);
		const response = await tab.goto(baseUrl + page.path, { waitUntil: 'load' });
		if (!response || response.status() === 404) return { ...page, skipped: 'not built yet' };
		if (!response.ok()) return { ...page, skipped: `HTTP ${response.status()}` };
		// Network idle, then a second look in case an idle callback starts more work.
		await log.idle(1000);
		await tab.waitForTimeout(1000);
		await log.idle(1000);
		const timing = await tab.evaluate(() => {
			const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
			const resources = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((entry) => ({
				url: entry.name,
				responseEnd: entry.responseEnd,
			}));
			return { loadEventStart: navigation.loadEventStart, resources };
		});
		const finishedBeforeLoad = new Set(timing.resources.filter((entry) => entry.responseEnd <= timing.loadEventStart).map((entry) => entry.url));
		const of = (kind: LoggedResponse['kind'], beforeLoad: boolean) =>
			total(log.responses.filter((r) => (kind === 'js' ? r.kind === 'js' || r.kind === 'pagefind-js' : r.kind === kind) && (!beforeLoad || finishedBeforeLoad.has(r.url))));
		const html = await response.text();
		const scripts = log.responses
			.filter((r) => r.kind === 'js' || r.kind === 'pagefind-js')
			.map((r) => ({ url: new URL(r.url).pathname, gz: r.gz, beforeLoad: finishedBeforeLoad.has(r.url) }))
			.sort((a, b) => b.gz - a.gz);
		return {
			...page,
			htmlGz: gzipSize(html),
			jsBeforeLoad: of('js', true),
			jsAtIdle: of('js', false),
			cssBeforeLoad: of('css', true),
			cssAtIdle: of('css', false),
			inlineJsGz: inlineScriptsGz(html),
			scripts,
		};
	} catch (error) {
		return { ...page, skipped: `failed: ${error instanceof Error ? error.message.split('\n')[0] : error}` };
	} finally {
		await context.close();
	}
}
