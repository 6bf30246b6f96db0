/**
 * Build scale: for each number of providers, generate synthetic providers, then build our site and
 * the plain Starlight baseline from them, `runs` times each (alternating which goes first, so drift
 * on a shared machine hits both), cold every time. `summariseSiteBuild` is pure and unit-tested.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { syntheticProvider, writeSyntheticProviders } from './generate';
import { buildSite, summariseDist, writeBaselinePages, type BuildRun, type DistSummary, type SiteProject } from './sites';
import { max, median } from './stats';
import type { ScaleResult, SiteBuild } from './types';

/** The page compared across sizes: the first synthetic provider's. */
export const SHELL_PAGE = `/providers/${syntheticProvider(0).id}/`;

/** A site's figures from its runs and the output of one of them (builds are deterministic). */
export function summariseSiteBuild(runs: readonly BuildRun[], dist: DistSummary, providerPath = SHELL_PAGE): SiteBuild {
	const gz = dist.pages.map((page) => page.gz);
	const largest = dist.pages.reduce<DistSummary['pages'][number] | undefined>((best, page) => (!best || page.gz > best.gz ? page : best), undefined);
	const providerPage = dist.pages.find((page) => page.path === providerPath);
	return {
		ms: runs.map((run) => run.ms),
		cpuMs: runs.map((run) => run.cpuMs),
		peakRss: runs.map((run) => run.peakRss),
		peakByCommand: runs.reduce<Record<string, number>>((out, run) => {
			for (const [name, rss] of Object.entries(run.peakByCommand ?? {})) out[name] = Math.max(out[name] ?? 0, rss);
			return out;
		}, {}),
		pages: dist.pages.length,
		htmlGzMedian: median(gz),
		htmlGzMax: max(gz),
		htmlGzMaxPath: largest?.path ?? '',
		outputBytesPerPage: dist.pages.length > 0 ? dist.totalBytes / dist.pages.length : Number.NaN,
		providerPageGz: providerPage?.gz ?? Number.NaN,
		providerPageRaw: providerPage?.raw ?? Number.NaN,
	};
}

/** A build that failed, with its message. */
const failed = (error: unknown): SiteBuild => ({
	ms: [],
	cpuMs: [],
	peakRss: [],
	pages: 0,
	htmlGzMedian: Number.NaN,
	htmlGzMax: Number.NaN,
	htmlGzMaxPath: '',
	outputBytesPerPage: Number.NaN,
	providerPageGz: Number.NaN,
	providerPageRaw: Number.NaN,
	error: error instanceof Error ? error.message : String(error),
});

export interface ScaleOptions {
	ours: SiteProject;
	baseline: SiteProject;
	/** Scratch folder for providers, outputs and logs. */
	tmp: string;
	sizes: readonly number[];
	/** Builds per site for each size (same order as `sizes`). */
	runs: readonly number[];
	log: (line: string) => void;
}

/**
 * Runs every size. The outputs of the largest size are kept (`outDirs`) for the search stage;
 * the others are deleted as soon as they are measured.
 */
export async function runBuildScale(options: ScaleOptions): Promise<{ results: ScaleResult[]; outDirs: { providers: number; ours?: string; baseline?: string } }> {
	const { ours, baseline, tmp, sizes, runs, log } = options;
	const results: ScaleResult[] = [];
	const outDirs: { providers: number; ours?: string; baseline?: string } = { providers: 0 };
	const providersDir = join(tmp, 'providers');
	for (const [sizeIndex, size] of sizes.entries()) {
		const runCount = runs[sizeIndex]!;
		await rm(providersDir, { recursive: true, force: true });
		const providers = await writeSyntheticProviders(providersDir, size);
		await writeBaselinePages(
			baseline,
			providers.map((provider) => ({ id: provider.id, name: provider.data.name, summary: provider.data.summary, body: provider.body }))
		);
		const sites = { ours, baseline };
		const runsOf: Record<'ours' | 'baseline', BuildRun[]> = { ours: [], baseline: [] };
		const errors: Partial<Record<'ours' | 'baseline', unknown>> = {};
		const outDir = (kind: string) => join(tmp, `dist-${kind}-${size}`);
		for (let run = 0; run < runCount; run++) {
			const order = run % 2 === 0 ? (['ours', 'baseline'] as const) : (['baseline', 'ours'] as const);
			for (const kind of order) {
				if (errors[kind]) continue;
				log(`build ${kind} at ${size} providers, run ${run + 1}/${runCount}`);
				try {
					const env: Record<string, string> = kind === 'ours' ? { PROVIDERS_DIR: providersDir } : {};
					const result = await buildSite(sites[kind], outDir(kind), env, join(tmp, `build-${kind}-${size}.log`));
					runsOf[kind].push(result);
					log(`  ${(result.ms / 1000).toFixed(1)} s, ${(result.peakRss / 2 ** 20).toFixed(0)} MB peak`);
				} catch (error) {
					errors[kind] = error;
					log(`  failed: ${error instanceof Error ? error.message.split('\n')[0] : error}`);
				}
			}
		}
		const summary = async (kind: 'ours' | 'baseline') =>
			errors[kind] ? failed(errors[kind]) : summariseSiteBuild(runsOf[kind], await summariseDist(outDir(kind)));
		results.push({ providers: size, ours: await summary('ours'), baseline: await summary('baseline') });
		const largest = sizeIndex === sizes.length - 1;
		if (largest) {
			outDirs.providers = size;
			if (!errors.ours) outDirs.ours = outDir('ours');
			if (!errors.baseline) outDirs.baseline = outDir('baseline');
		} else {
			await rm(outDir('ours'), { recursive: true, force: true });
			await rm(outDir('baseline'), { recursive: true, force: true });
		}
	}
	return { results, outDirs };
}
