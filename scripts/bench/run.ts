/**
 * `npm run bench`: build scale, page weight, search and Lighthouse, ours against a plain Starlight
 * site, in one run; prints the report and writes BENCHMARKS.md. Everything it generates lives in one
 * temporary folder that is removed at the end; content/ is only read.
 *
 * Settings (environment variables):
 * - BENCH_SIZES=10,100,1000   numbers of synthetic providers
 * - BENCH_RUNS=3              builds per site and size (the report takes the median); or one per size: 3,3,1
 * - BENCH_LIGHTHOUSE_RUNS=3   Lighthouse runs per page
 * - BENCH_QUERIES=24          search queries (at least 20 for a meaningful p95)
 * - BENCH_STAGES=build,weight,search,relevance,lighthouse,data   the stages to run (`data`: sizes of the JSON API,
 *   Markdown twins and llms.txt; it builds only our site, so `BENCH_STAGES=data` alone takes a minute)
 * - BENCH_PORT=4343           first of the 4 localhost ports the static servers use
 * - BENCH_KEEP=1              keep the temporary folder (its path is printed)
 * - BENCH_OUT=BENCHMARKS.md   where to write the report
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, release, tmpdir, totalmem, type as osType } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFrontmatter } from 'astro/markdown';
import { listProviderFiles } from '../../src/lib/validation/providerFiles';
import { fileStem } from '../../src/lib/validation/contentRules';
import { hasWebhookRecipe, recipePath } from '../../src/lib/webhooks/providers';
import { ProviderSchema } from '../../src/schemas/provider';
import { baselinePageMarkdown } from './baseline-facts';
import { chromiumPath } from '../../tests/chromium';
import { launchBrowser } from './browser';
import { runBuildScale } from './build-scale';
import { readDataFiles, summariseDataFiles } from './data-files';
import { searchQueries, syntheticProvider, type QuerySource } from './generate';
import { runLighthouse } from './lighthouse';
import { measurePageWeight } from './page-weight';
import { baselineName, formatReport } from './report';
import { measureSearch, SEARCH_UI } from './search';
import { measureRelevance } from './relevance/measure';
import { figuresBySet, parseRelevanceQueries } from './relevance/score';
import { serveStatic, type StaticServer } from './server';
import { buildSite, createBaselineSite, createOurSite, stopActiveBuild, writeBaselinePages } from './sites';
import type { BenchResult, PageWeight, SearchResult } from './types';

const repoRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const started = performance.now();
const log = (line: string) => console.error(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`);

/** A positive integer from the environment, or the default. */
function intEnv(name: string, fallback: number): number {
	const value = Number(process.env[name] ?? fallback);
	if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer, got "${process.env[name]}"`);
	return value;
}

const sizeList = (process.env.BENCH_SIZES ?? '10,100,1000').split(',').map((size) => Number(size.trim()));
if (sizeList.some((size) => !Number.isInteger(size) || size < 1)) throw new Error(`BENCH_SIZES must list positive integers, got "${process.env.BENCH_SIZES}"`);
// One number for every size, or one per size: BENCH_RUNS=3,3,1.
const runList = (process.env.BENCH_RUNS ?? '3').split(',').map((runs) => Number(runs.trim()));
if (runList.some((runs) => !Number.isInteger(runs) || runs < 1) || (runList.length > 1 && runList.length !== sizeList.length)) {
	throw new Error(`BENCH_RUNS must be a positive integer, or one per size in BENCH_SIZES, got "${process.env.BENCH_RUNS}"`);
}
const plan = sizeList.map((size, index) => ({ size, runs: runList[runList.length === 1 ? 0 : index]! })).sort((a, b) => a.size - b.size);
const sizes = plan.map((step) => step.size);
const runs = plan.map((step) => step.runs);
const lighthouseRuns = intEnv('BENCH_LIGHTHOUSE_RUNS', 3);
const queryCount = intEnv('BENCH_QUERIES', 24);
const port = intEnv('BENCH_PORT', 4343);
const stages = new Set((process.env.BENCH_STAGES ?? 'build,weight,search,relevance,lighthouse,data').split(',').map((s) => s.trim()));
const outFile = resolve(repoRoot, process.env.BENCH_OUT ?? 'BENCHMARKS.md');

const tmp = await mkdtemp(join(tmpdir(), 'api-patterns-bench-'));
const servers: StaticServer[] = [];
let cleaning: Promise<void> | undefined;
/** Stops the servers and removes the temporary folder (unless BENCH_KEEP); later calls wait for the first. */
function cleanUp(): Promise<void> {
	cleaning ??= (async () => {
		await Promise.all(servers.map((server) => server.close()));
		if (process.env.BENCH_KEEP) log(`kept ${tmp}`);
		else await rm(tmp, { recursive: true, force: true });
	})();
	return cleaning;
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
	process.on(signal, () => {
		log(`${signal}: stopping and cleaning up`);
		stopActiveBuild();
		void cleanUp().finally(() => process.exit(130));
	});
}

/** The version of an installed package. */
async function version(name: string): Promise<string> {
	try {
		return JSON.parse(await readFile(join(repoRoot, 'node_modules', name, 'package.json'), 'utf8')).version;
	} catch {
		return 'unknown';
	}
}

/**
 * Name, summary, body and error codes of each real provider file (read only; unreadable files are
 * skipped), and, for a file that passes the schema, the baseline's page with its facts as plain Markdown
 * (scripts/bench/baseline-facts.ts, with its webhook recipe, as our page shows it).
 */
async function readRealProviders(): Promise<(QuerySource & { id: string; summary: string; withFacts?: string })[]> {
	const out: (QuerySource & { id: string; summary: string; withFacts?: string })[] = [];
	for (const file of await listProviderFiles(join(repoRoot, 'content', 'providers'))) {
		try {
			const { frontmatter, content } = parseFrontmatter(await readFile(file, 'utf8'));
			const data = frontmatter as { id?: string; name?: string; summary?: string; errors?: { code: unknown }[] };
			const id = data.id ?? fileStem(file);
			const parsed = ProviderSchema.safeParse(frontmatter);
			const recipe = hasWebhookRecipe(id) ? { path: recipePath(id), source: await readFile(join(repoRoot, recipePath(id)), 'utf8') } : undefined;
			out.push({
				id,
				name: String(data.name ?? fileStem(file)),
				summary: String(data.summary ?? ''),
				errorCodes: (data.errors ?? []).map((error) => String(error.code)),
				body: content,
				...(parsed.success ? { withFacts: baselinePageMarkdown(parsed.data, content, recipe) } : {}),
			});
		} catch {
			// An unreadable file is reported by the build itself.
		}
	}
	return out;
}

const result: BenchResult = {
	info: {
		date: new Date().toISOString(),
		cpu: cpus()[0]?.model ?? 'unknown',
		cores: cpus().length,
		memoryBytes: totalmem(),
		node: process.version,
		os: `${osType()} ${release()}`,
		versions: {
			astro: await version('astro'),
			'@astrojs/starlight': await version('@astrojs/starlight'),
			pagefind: await version('pagefind'),
			lighthouse: await version('lighthouse'),
			playwright: await version('@playwright/test'),
		},
		loadAverage: loadavg(),
		sizes,
		runs,
		lighthouseRuns,
		searchQueries: queryCount,
	},
	scale: [],
	browserSite: { ours: 'not measured', baseline: 'not measured' },
	pageWeight: { ours: [], baseline: [] },
	search: [],
	lighthouse: [],
	dataFiles: [],
	notes: [],
};
try {
	const path = chromiumPath();
	if (path) result.info.chromium = execFileSync(path, ['--version'], { encoding: 'utf8' }).trim();
} catch {
	// No Debian Chromium: the browser stages use CHROMIUM_PATH or Playwright's own.
}

try {
	log(`temporary folder ${tmp}`);
	log('creating the two projects (our site copied, a plain Starlight site; node_modules hard-linked)');
	const ours = await createOurSite(repoRoot, join(tmp, 'ours'));
	const baseline = await createBaselineSite(repoRoot, join(tmp, 'baseline'));

	let largest: { providers: number; ours?: string; baseline?: string } = { providers: 0 };
	if (stages.has('build')) {
		const scale = await runBuildScale({ ours, baseline, tmp, sizes, runs, log });
		result.scale = scale.results;
		largest = scale.outDirs;
	}

	const browserStages = ['weight', 'search', 'relevance', 'lighthouse'].some((stage) => stages.has(stage));
	if (browserStages || stages.has('data')) {
		// The real site: our pipeline on content/providers, and the baseline from the same bodies and facts.
		const real = await readRealProviders();
		const realOurs = join(tmp, 'dist-real-ours');
		const realBaseline = join(tmp, 'dist-real-baseline');
		let oursDist: string | undefined = realOurs;
		result.browserSite = { ours: `our site from content/providers (${real.length} providers)`, baseline: 'plain Starlight from the same bodies, with the facts as plain Markdown' };
		log('build ours from the real content');
		try {
			await buildSite(ours, realOurs, { PROVIDERS_DIR: join(repoRoot, 'content', 'providers') }, join(tmp, 'build-real-ours.log'));
		} catch (error) {
			oursDist = largest.ours;
			const reason = `the build from content/providers failed (${error instanceof Error ? error.message.split('\n').slice(0, 3).join(' ') : error})`;
			result.browserSite = { ours: oursDist ? `our site with ${largest.providers} synthetic providers` : 'nothing', baseline: result.browserSite.baseline, note: reason };
			result.notes.push(`Browser stages: ${reason}.`);
		}
		if (stages.has('data') && oursDist) {
			log('data files');
			result.dataFiles = summariseDataFiles(await readDataFiles(oursDist));
		}
		let baselineDist: string | undefined = browserStages ? realBaseline : undefined;
		if (baselineDist) {
			log('build the baseline from the real bodies and facts');
			try {
				await writeBaselinePages(baseline, real);
				await buildSite(baseline, realBaseline, {}, join(tmp, 'build-real-baseline.log'));
			} catch (error) {
				baselineDist = undefined;
				result.notes.push(`The baseline build from the real bodies failed: ${error instanceof Error ? error.message.split('\n')[0] : error}`);
			}
		}

		const providerId = real.find((p) => p.id === 'stripe')?.id ?? real[0]?.id ?? syntheticProvider(0).id;
		const oursPages = [
			{ page: 'home', path: '/' },
			{ page: 'provider', path: `/providers/${providerId}/` },
			{ page: 'checklist', path: '/checklist/' },
		];
		const baselinePages = oursPages.filter((page) => page.page !== 'checklist');
		const oursServer = oursDist && browserStages ? await serveStatic(oursDist, port) : undefined;
		const baselineServer = baselineDist ? await serveStatic(baselineDist, port + 1) : undefined;
		servers.push(...[oursServer, baselineServer].filter((server) => server !== undefined));

		if (stages.has('weight') || stages.has('search') || stages.has('relevance')) {
			const browser = await launchBrowser();
			try {
				if (stages.has('weight')) {
					log('page weight');
					const weigh = async (server: StaticServer | undefined, pages: typeof oursPages): Promise<PageWeight[]> =>
						server ? Promise.all(pages.map((page) => measurePageWeight(browser, server.url, page))) : [];
					result.pageWeight = { ours: await weigh(oursServer, oursPages), baseline: await weigh(baselineServer, baselinePages) };
				}
				if (stages.has('search')) {
					const realQueries = searchQueries(real, queryCount);
					const synthetic = Array.from({ length: largest.providers }, (_, index) => syntheticProvider(index));
					const syntheticQueries = searchQueries(
						synthetic.map((p) => ({ name: p.data.name, errorCodes: (p.data.errors ?? []).map((e) => String(e.code)), body: p.body })),
						queryCount
					);
					const syntheticName = `${largest.providers.toLocaleString('en-US')} synthetic providers`;
					const sites: { name: string; dist?: string; server?: StaticServer; queries: string[] }[] = [
						{ name: 'real content', server: oursServer, queries: realQueries },
						{ name: baselineName('real content'), server: baselineServer, queries: realQueries },
						{ name: syntheticName, dist: largest.ours, queries: syntheticQueries },
						{ name: baselineName(syntheticName), dist: largest.baseline, queries: syntheticQueries },
					];
					for (const [index, site] of sites.entries()) {
						let server = site.server;
						if (!server && site.dist) servers.push((server = await serveStatic(site.dist, port + index)));
						if (!server) continue;
						log(`search on ${site.name} (${site.queries.length} queries)`);
						const measured: SearchResult = await measureSearch(browser, site.name, server.url, '/', site.queries, log);
						result.search.push(measured);
					}
				}
				if (stages.has('relevance')) {
					const file = join(repoRoot, 'scripts', 'bench', 'relevance', 'queries.yaml');
					const queries = parseRelevanceQueries(await readFile(file, 'utf8'), 'scripts/bench/relevance/queries.yaml');
					result.relevance = [];
					for (const [site, server] of [['ours', oursServer], ['baseline', baselineServer]] as const) {
						if (!server) {
							result.relevance.push({ site, skipped: 'not built' });
							continue;
						}
						log(`relevance on ${site} (${queries.length} queries)`);
						try {
							const outcomes = await measureRelevance(browser, server.url, queries, SEARCH_UI, log);
							result.relevance.push({
								site,
								figures: figuresBySet(outcomes),
								tuneRanks: outcomes.filter((o) => o.set === 'tune').map(({ query, kind, rank }) => ({ query, kind, rank })),
							});
						} catch (error) {
							result.relevance.push({ site, skipped: `failed: ${error instanceof Error ? error.message.split('\n')[0] : error}` });
						}
					}
				}
			} finally {
				await browser.close();
			}
		}

		if (stages.has('lighthouse')) {
			log('lighthouse');
			if (oursServer) result.lighthouse.push(...(await runLighthouse('ours', oursServer.url, oursPages, lighthouseRuns, log)));
			if (baselineServer) result.lighthouse.push(...(await runLighthouse('baseline', baselineServer.url, baselinePages, lighthouseRuns, log)));
		}
	}
	const load = loadavg()[0]!;
	if (Math.max(load, result.info.loadAverage[0]!) > result.info.cores) {
		result.notes.push(
			`The machine was shared: load average ${result.info.loadAverage[0]!.toFixed(1)} at the start and ${load.toFixed(1)} at the end on ${result.info.cores} cores. ` +
				'Wall times (builds, search, Lighthouse metrics) include waiting for the CPU; CPU times and byte counts do not.'
		);
	}
	if (queryCount < 20) result.notes.push(`Only ${queryCount} search queries (BENCH_QUERIES): p95 needs at least 20.`);
} finally {
	result.info.durationMs = performance.now() - started;
	await cleanUp();
}

const report = formatReport(result);
await writeFile(outFile, report);
console.log(report);
log(`wrote ${outFile}`);
