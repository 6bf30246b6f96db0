/**
 * Lighthouse with its default (mobile) settings — an emulated phone with simulated slow 4G and 4×
 * CPU slowdown — on Debian's Chromium, launched by chrome-launcher with the design notes' flags.
 * Each page runs `runs` times; the report takes the median score per category.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS, chromiumPath } from '../../tests/chromium';
import { median } from './stats';
import type { LighthouseResult } from './types';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** Metrics kept from each run (audit ids). */
const METRICS = [
	'first-contentful-paint',
	'largest-contentful-paint',
	'total-blocking-time',
	'cumulative-layout-shift',
	'speed-index',
	// Diagnostics that explain a low performance score: DOM elements and main-thread work (ms).
	'dom-size',
	'mainthread-work-breakdown',
] as const;

/** Runs Lighthouse `runs` times on each page; a page that answers 404 is skipped as not built yet. */
export async function runLighthouse(
	site: string,
	baseUrl: string,
	pages: readonly { page: string; path: string }[],
	runs: number,
	log: (line: string) => void
): Promise<LighthouseResult[]> {
	let chrome: chromeLauncher.LaunchedChrome;
	try {
		chrome = await chromeLauncher.launch({ chromePath: chromiumPath(), chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS] });
	} catch (error) {
		const reason = `Chromium could not be launched for Lighthouse: ${error instanceof Error ? error.message : error}`;
		return pages.map((page) => ({ site, ...page, skipped: reason }));
	}
	const results: LighthouseResult[] = [];
	try {
		for (const page of pages) {
			const url = baseUrl + page.path;
			const status = await fetch(url, { method: 'HEAD' }).then((r) => r.status).catch(() => 0);
			if (status === 404) {
				results.push({ site, ...page, skipped: 'not built yet' });
				continue;
			}
			const scores: Record<string, number[]> = {};
			const metrics: Record<string, number[]> = {};
			const failing = new Map<string, { category: string; id: string; title: string }>();
			let error: string | undefined;
			for (let run = 0; run < runs; run++) {
				try {
					const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
					const lhr = result?.lhr;
					if (!lhr) throw new Error('Lighthouse returned no result');
					if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
					for (const category of CATEGORIES) {
						const entry = lhr.categories[category];
						(scores[category] ??= []).push(Math.round((entry?.score ?? Number.NaN) * 100));
						for (const ref of entry?.auditRefs ?? []) {
							const audit = lhr.audits[ref.id];
							// Audits that cost points: scored, weighted, and below full marks.
							if (audit && ref.weight > 0 && audit.score !== null && audit.score < 1 && category !== 'performance') {
								failing.set(`${category}/${ref.id}`, { category, id: ref.id, title: audit.title });
							}
						}
					}
					for (const metric of METRICS) (metrics[metric] ??= []).push(lhr.audits[metric]?.numericValue ?? Number.NaN);
					// Lighthouse's own CPU benchmark of this machine (higher is faster; a desktop scores about 1,000+).
					(metrics.benchmarkIndex ??= []).push(lhr.environment.benchmarkIndex);
					log(`  lighthouse ${site} ${page.path} run ${run + 1}: ${CATEGORIES.map((c) => scores[c]!.at(-1)).join(' / ')}`);
				} catch (caught) {
					error = caught instanceof Error ? caught.message.split('\n')[0] : String(caught);
					log(`  lighthouse ${site} ${page.path} run ${run + 1} failed: ${error}`);
				}
			}
			if (!scores.performance?.length) {
				results.push({ site, ...page, skipped: `Lighthouse failed: ${error}` });
				continue;
			}
			results.push({
				site,
				...page,
				runs: scores.performance.length,
				scores: Object.fromEntries(Object.entries(scores).map(([category, values]) => [category, median(values)])),
				metrics: Object.fromEntries(Object.entries(metrics).map(([metric, values]) => [metric, median(values)])),
				failing: [...failing.values()],
			});
		}
	} finally {
		chrome.kill();
	}
	return results;
}
