import { describe, expect, it } from 'vitest';
import { resourceKind } from '../../../scripts/bench/browser';
import { SHELL_PAGE, summariseSiteBuild } from '../../../scripts/bench/build-scale';
import { summariseDataFiles } from '../../../scripts/bench/data-files';
import { inlineScriptsGz } from '../../../scripts/bench/page-weight';
import { budgetRows, formatReport, markdownTable } from '../../../scripts/bench/report';
import type { BenchResult, SiteBuild } from '../../../scripts/bench/types';

const KB = 1024;

/** A build with `ms` per run and a provider page of `pageGz` bytes. */
const build = (ms: number[], pageGz: number, peakRss = 600 * 1024 ** 2): SiteBuild => ({
	ms,
	cpuMs: ms.map((m) => m / 2),
	peakRss: ms.map(() => peakRss),
	pages: 104,
	htmlGzMedian: 9 * KB,
	htmlGzMax: 40 * KB,
	htmlGzMaxPath: '/',
	outputBytesPerPage: 150 * KB,
	providerPageGz: pageGz,
	providerPageRaw: pageGz * 6,
});

function fixture(): BenchResult {
	return {
		info: {
			date: '2026-11-27T12:00:00.000Z',
			cpu: 'Test CPU',
			cores: 2,
			memoryBytes: 24 * 1024 ** 3,
			node: 'v22.23.3',
			os: 'Linux',
			chromium: 'Chromium 156',
			versions: { astro: '7.3.5' },
			loadAverage: [0.5, 0.5, 0.5],
			sizes: [10, 100],
			runs: [3, 3],
			lighthouseRuns: 3,
			searchQueries: 24,
		},
		scale: [
			{ providers: 100, ours: build([20_000, 21_000, 50_000], 18 * KB + 600), baseline: build([10_000, 11_000, 12_000], 30 * KB) },
			{ providers: 10, ours: build([2_000, 2_100, 2_200], 18 * KB), baseline: build([1_000, 1_100, 1_200], 9 * KB) },
		],
		browserSite: { ours: 'real content', baseline: 'plain Starlight' },
		pageWeight: {
			ours: [
				{ page: 'home', path: '/', jsBeforeLoad: { bytes: 2 * KB, requests: 2 }, jsAtIdle: { bytes: 28 * KB, requests: 3 } },
				{ page: 'checklist', path: '/checklist/', skipped: 'not built yet' },
			],
			baseline: [{ page: 'home', path: '/', jsBeforeLoad: { bytes: 4 * KB, requests: 5 }, jsAtIdle: { bytes: 30 * KB, requests: 6 } }],
		},
		search: [
			{
				site: 'real content',
				path: '/',
				queries: 24,
				misses: [],
				firstQuery: { bytes: 100 * KB, requests: 8 },
				searchUiDuringQuery: { bytes: 26 * KB, requests: 1 },
				firstQueryByKind: { wasm: 58 * KB },
				laterQueryMedian: { bytes: 20 * KB, requests: 2 },
				laterQueryMax: { bytes: 50 * KB, requests: 4 },
				coldMs: [300, 350, 500],
				warmMs: [90, 95, 400],
			},
			{ site: 'baseline, real content', path: '/', firstQuery: { bytes: 120 * KB, requests: 7 }, coldMs: [1000], warmMs: [350] },
		],
		lighthouse: [
			{ site: 'ours', page: 'home', path: '/', runs: 3, scores: { performance: 97, accessibility: 100, 'best-practices': 100, seo: 100 } },
			{ site: 'baseline', page: 'home', path: '/', runs: 3, scores: { performance: 99, accessibility: 100, 'best-practices': 96, seo: 100 } },
		],
		dataFiles: summariseDataFiles([
			{ path: '/api/v1/errors.json', bytes: 120 * KB, gz: 20 * KB },
			{ path: '/api/v1/providers/a.json', bytes: 40 * KB, gz: 8 * KB },
			{ path: '/api/v1/providers/b.json', bytes: 60 * KB, gz: 12 * KB },
			{ path: '/llms.txt', bytes: 5 * KB, gz: 2 * KB },
		]),
		notes: ['A note for the reader.'],
	};
}

describe('benchmark report', () => {
	const rows = budgetRows(fixture());
	const row = (start: string) => {
		const found = rows.find((r) => r.figure.startsWith(start));
		if (!found) throw new Error(`no row starting with "${start}" in:\n${rows.map((r) => r.figure).join('\n')}`);
		return found;
	};

	it('should judge build time at the largest size against the baseline', () => {
		const time = row('Build time at 100 providers');
		expect(time.ours).toBe('21.0 s (1.91× baseline)');
		expect(time.baseline).toBe('11.0 s');
		expect(time.budget).toBe('≤ 1.2× baseline (set at 1,000)');
		expect(time.status).toBe('missed');
	});

	it('should judge growth between the two largest sizes against 1.1× the growth in work', () => {
		const growth = row('Build time growth, 10 → 100 providers');
		expect(growth.ours).toBe('10.00× (CPU time 10.00×)');
		expect(growth.budget).toBe('≤ 11×');
		expect(growth.status).toBe('met');
	});

	it('should judge the shell by the same provider page at the smallest and largest size', () => {
		const shell = row('Provider page HTML (gz), 10 → 100 providers');
		expect(shell.ours).toBe('+600 B (18.0 KB → 18.6 KB)');
		expect(shell.baseline).toBe('+21.0 KB (9.0 KB → 30.0 KB)');
		expect(shell.status).toBe('met');
	});

	it('should put every page-weight, search and Lighthouse figure next to its budget and the baseline', () => {
		expect(row('JS (gz) before the load event: home')).toMatchObject({ ours: '2.0 KB', budget: '≤ 6.0 KB', baseline: '4.0 KB', status: 'met' });
		expect(row('JS (gz) at network idle: home')).toMatchObject({ ours: '28.0 KB', budget: '≤ 10.0 KB', baseline: '30.0 KB', status: 'missed' });
		expect(row('JS (gz) at network idle: checklist')).toMatchObject({ ours: 'not built yet', status: 'not measured' });
		expect(row('First query transferred (gz, without the search UI code) (real content)')).toMatchObject({
			ours: '100.0 KB in 8 req.; + UI code 26.0 KB',
			baseline: '120.0 KB in 7 req.',
			status: 'met',
		});
		expect(row('Later query transferred')).toMatchObject({ ours: '20.0 KB in 2 req.; max 50.0 KB', status: 'missed' });
		expect(row('First result p50, warm')).toMatchObject({ ours: 'p50 95 ms, p95 370 ms', status: 'met' });
		expect(row('First result p50, cold')).toMatchObject({ ours: 'p50 350 ms, p95 485 ms', baseline: 'p50 1.0 s, p95 1.0 s', status: 'met' });
		expect(row('Lighthouse performance: home')).toMatchObject({ ours: '97', budget: '≥ 98', baseline: '99', status: 'missed' });
		expect(row('Lighthouse best-practices: home')).toMatchObject({ ours: '100', budget: '100', baseline: '96', status: 'met' });
		expect(row('Peak memory')).toMatchObject({ ours: '600.00 MB', status: 'met' });
		const withCommands = fixture();
		withCommands.scale[0]!.ours.peakByCommand = { node: 500 * 1024 ** 2, pagefind: 100 * 1024 ** 2, sh: 1024 };
		expect(formatReport(withCommands)).toContain('600.00 MB (node 500.00 MB, pagefind 100.00 MB)');
	});

	it('should mark a budget that needs two sizes as not measured when only one ran', () => {
		const single = fixture();
		single.scale = single.scale.slice(1);
		expect(budgetRows(single).find((r) => r.figure.startsWith('Build time growth'))!.status).toBe('not measured');
	});

	it('should write the machine, what ran, the budget table and the notes', () => {
		const report = formatReport(fixture());
		expect(report).toContain('CPU: Test CPU, 2 cores');
		expect(report).toContain('`BENCH_SIZES=10,100 BENCH_RUNS=3,3`');
		expect(report).toMatch(/\d+ met, \d+ missed, \d+ not measured/);
		expect(report).toContain('| Build time at 100 providers (median of 3) | 21.0 s (1.91× baseline) | ≤ 1.2× baseline (set at 1,000) | 11.0 s | ❌ missed |');
		expect(report).toContain('- A note for the reader.');
	});

	it('should escape pipes in table cells', () => {
		expect(markdownTable(['a'], [['x | y']])).toBe('| a |\n| --- |\n| x \\| y |');
	});
});

describe('benchmark measurement helpers', () => {
	it('should tell Pagefind files, scripts and styles apart', () => {
		expect(resourceKind('http://h/pagefind/pagefind.js')).toBe('pagefind-js');
		expect(resourceKind('http://h/pagefind/wasm.en.pagefind')).toBe('wasm');
		expect(resourceKind('http://h/pagefind/index/en_1.pf_index')).toBe('index');
		expect(resourceKind('http://h/pagefind/pagefind.en_1.pf_meta')).toBe('index');
		expect(resourceKind('http://h/pagefind/fragment/en_1.pf_fragment')).toBe('fragments');
		expect(resourceKind('http://h/search/exact/3f.json')).toBe('exact-terms');
		expect(resourceKind('http://h/search/exact.json')).toBe('exact-terms');
		expect(resourceKind('http://h/_astro/ui-core.abc.js')).toBe('js');
		expect(resourceKind('http://h/_astro/index.abc.css')).toBe('css');
		expect(resourceKind('http://h/providers/stripe/')).toBe('html');
		expect(resourceKind('http://h/favicon.svg')).toBe('image');
		expect(resourceKind('http://h/api', 'text/javascript')).toBe('js');
	});

	it('should count inline scripts but not external scripts or JSON data', () => {
		const html = '<script src="/a.js"></script><script type="application/ld+json">{"a":1}</script><script>let theme = 1;</script>';
		expect(inlineScriptsGz(html)).toBeGreaterThan(0);
		expect(inlineScriptsGz('<script src="/a.js"></script><script type="application/json">{}</script>')).toBe(0);
	});

	it('should summarise a build: medians, the largest page and the provider page compared across sizes', () => {
		const runs = [
			{ ms: 3000, cpuMs: 2000, peakRss: 5, peakByCommand: { node: 5, pagefind: 2 } },
			{ ms: 1000, cpuMs: 1000, peakRss: 7, peakByCommand: { node: 3, pagefind: 4 } },
		];
		const dist = {
			totalBytes: 3000,
			pages: [
				{ path: '/', raw: 500, gz: 100 },
				{ path: SHELL_PAGE, raw: 900, gz: 300 },
				{ path: '/404.html', raw: 200, gz: 50 },
			],
		};
		expect(summariseSiteBuild(runs, dist)).toMatchObject({
			ms: [3000, 1000],
			peakByCommand: { node: 5, pagefind: 4 },
			pages: 3,
			htmlGzMedian: 100,
			htmlGzMax: 300,
			htmlGzMaxPath: SHELL_PAGE,
			outputBytesPerPage: 1000,
			providerPageGz: 300,
			providerPageRaw: 900,
		});
	});
});

describe('data file sizes', () => {
	it('should list cross-provider files alone and group the per-provider files, schemas and twins', () => {
		const rows = summariseDataFiles([
			{ path: '/api/v1/errors.json', bytes: 1000, gz: 200 },
			{ path: '/api/v1/providers/a.json', bytes: 400, gz: 80 },
			{ path: '/api/v1/providers/b.json', bytes: 700, gz: 150 },
			{ path: '/api/v1/providers/c.json', bytes: 500, gz: 100 },
			{ path: '/api/v1/schemas/errors.json', bytes: 300, gz: 60 },
			{ path: '/providers/a.md', bytes: 900, gz: 300 },
			{ path: '/llms.txt', bytes: 250, gz: 90 },
		]);
		expect(rows.map((row) => [row.label, row.files, row.bytes, row.gz, row.gzMedian, row.gzMax, row.gzMaxPath])).toEqual([
			['/api/v1/errors.json', 1, 1000, 200, 200, 200, undefined],
			['/api/v1/providers/<id>.json', 3, 1600, 330, 100, 150, '/api/v1/providers/b.json'],
			['/api/v1/schemas/*.json', 1, 300, 60, 60, 60, '/api/v1/schemas/errors.json'],
			['Markdown twins (*.md)', 1, 900, 300, 300, 300, '/providers/a.md'],
			['/llms.txt', 1, 250, 90, 90, 90, undefined],
		]);
	});

	it('should report each data file with its gzipped size', () => {
		const report = formatReport(fixture());
		expect(report).toContain('## Data files');
		expect(report).toContain('| `/api/v1/errors.json` | 1 | 120.0 KB | 20.0 KB | – |');
		expect(report).toContain('| `/api/v1/providers/<id>.json` | 2 | 100.0 KB | 20.0 KB | 10.0 KB / 12.0 KB (`/api/v1/providers/b.json`) |');
		expect(report).toContain('| `/llms.txt` | 1 | 5.0 KB | 2.0 KB | – |');
	});

	it('should say when the data stage did not run', () => {
		expect(formatReport({ ...fixture(), dataFiles: [] })).toContain('Not measured (stage `data`).');
	});
});
