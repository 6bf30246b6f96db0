/**
 * The relevance benchmark against a site already served (for ranking work between full bench runs):
 *   npx astro preview --port 4409 &   then   npx tsx scripts/bench/relevance/cli.ts http://localhost:4409
 * Prints each `tune` query's rank and results, and only the aggregates of the `holdout` and `unseen` sets:
 * ranking work must never look at their queries one by one.
 */
import { readFile } from 'node:fs/promises';
import { launchBrowser } from '../browser';
import { SEARCH_UI } from '../search';
import { measureRelevance } from './measure';
import { figuresBySet, parseRelevanceQueries } from './score';

const baseUrl = (process.argv[2] ?? '').replace(/\/$/, '');
if (!/^https?:\/\//.test(baseUrl)) throw new Error('usage: tsx scripts/bench/relevance/cli.ts <base URL of a served site>');
const file = new URL('./queries.yaml', import.meta.url);
const queries = parseRelevanceQueries(await readFile(file, 'utf8'), 'scripts/bench/relevance/queries.yaml');
const browser = await launchBrowser();
try {
	const outcomes = await measureRelevance(browser, baseUrl, queries, SEARCH_UI);
	for (const outcome of outcomes.filter((o) => o.set === 'tune')) {
		console.log(`${outcome.rank === 1 ? '✓' : outcome.rank ? outcome.rank : '✗'}\t${outcome.query}\t${outcome.results.slice(0, 3).join('  ')}`);
	}
	const figures = figuresBySet(outcomes);
	for (const set of ['tune', 'holdout', 'unseen', 'untuned'] as const) {
		const f = figures[set];
		if (f.queries === 0) continue;
		console.log(`${set}: ${f.queries} queries, hit@1 ${(f.hit1 * 100).toFixed(0)} %, hit@3 ${(f.hit3 * 100).toFixed(0)} %, MRR ${f.mrr.toFixed(2)}`);
	}
} finally {
	await browser.close();
}
