/**
 * The shape of one benchmark run: what each stage measures and the report formats. Sizes are bytes,
 * times milliseconds; NaN or a missing field means "not measured".
 */

/** The machine and settings a run used. */
export interface RunInfo {
	date: string;
	cpu: string;
	cores: number;
	memoryBytes: number;
	node: string;
	os: string;
	chromium?: string;
	versions: Record<string, string>;
	/** 1-, 5- and 15-minute load averages when the run started (the machine may be shared). */
	loadAverage: number[];
	sizes: number[];
	/** Builds per site at each size. */
	runs: number[];
	lighthouseRuns: number;
	searchQueries: number;
	/** Wall time of the whole benchmark. */
	durationMs?: number;
}

/** One site's builds at one size. */
export interface SiteBuild {
	/** Wall time of each run. */
	ms: number[];
	/** CPU time (user + system) of each run's process tree. */
	cpuMs: number[];
	/** Peak resident memory of each run's process tree. */
	peakRss: number[];
	/** The largest peak of each command over the runs ("node", "pagefind"). */
	peakByCommand?: Record<string, number>;
	/** HTML pages built. */
	pages: number;
	/** Gzipped HTML per page: median and largest, with the largest page's path. */
	htmlGzMedian: number;
	htmlGzMax: number;
	htmlGzMaxPath: string;
	/** Every output file's bytes, divided by the pages. */
	outputBytesPerPage: number;
	/** Gzipped HTML of the first synthetic provider's page (the same page at every size). */
	providerPageGz: number;
	/** Raw HTML of that page. */
	providerPageRaw: number;
	/** Set when the build failed. */
	error?: string;
}

/** Both sites at one number of providers. */
export interface ScaleResult {
	providers: number;
	ours: SiteBuild;
	baseline: SiteBuild;
}

/** Bytes of one kind of resource (gzipped) and how many requests carried them. */
export interface Transfer {
	bytes: number;
	requests: number;
}

/** JavaScript and CSS one page loads. */
export interface PageWeight {
	/** "home", "provider", "checklist". */
	page: string;
	path: string;
	/** "not built yet" when the page answered 404; an error message when measuring failed. */
	skipped?: string;
	htmlGz?: number;
	jsBeforeLoad?: Transfer;
	jsAtIdle?: Transfer;
	cssBeforeLoad?: Transfer;
	cssAtIdle?: Transfer;
	/** Gzipped size of inline scripts in the HTML (counted in the HTML, listed here for scale). */
	inlineJsGz?: number;
	/** The scripts loaded by network idle, largest first: where the JavaScript comes from. */
	scripts?: { url: string; gz: number; beforeLoad: boolean }[];
}

/** Search timings and transfers on one site. */
export interface SearchResult {
	site: string;
	path: string;
	skipped?: string;
	queries?: number;
	/** Queries that rendered no result within the time limit (not in the timings). */
	misses?: string[];
	/**
	 * Bytes and requests from opening the search to the first query's results, median over cold runs:
	 * Pagefind's script, WebAssembly, index and fragments, without the search UI's own code.
	 */
	firstQuery?: Transfer;
	/** The search UI's JavaScript and CSS that loaded during the first query (none when it loaded with the page). */
	searchUiDuringQuery?: Transfer;
	/** What the first query's bytes were made of, by kind (ui-js, ui-css, pagefind-js, wasm, index, fragments, other). */
	firstQueryByKind?: Record<string, number>;
	/** Bytes and requests of each later query in the same page: median and largest. */
	laterQueryMedian?: Transfer;
	laterQueryMax?: Transfer;
	/** Keystroke to first rendered result: a fresh browser per query (cold) and later queries in one page (warm). */
	coldMs?: number[];
	warmMs?: number[];
}

/** Lighthouse on one page: the median score per category over the runs. */
export interface LighthouseResult {
	site: string;
	page: string;
	path: string;
	skipped?: string;
	runs?: number;
	scores?: Record<string, number>;
	/** Median metrics of the runs: FCP, LCP, TBT, CLS, Speed Index (ms, CLS unitless). */
	metrics?: Record<string, number>;
	/** Audits that lost points in at least one run: id and title. */
	failing?: { category: string; id: string; title: string }[];
}

/** The size of one data file, or of a group of them (the per-provider JSON files, the Markdown twins). */
export interface DataFileRow {
	/** The file's path, or the group's pattern: "/api/v1/errors.json", "/api/v1/providers/<id>.json". */
	label: string;
	/** How many files. */
	files: number;
	/** Bytes and gzipped bytes, summed over the files. */
	bytes: number;
	gz: number;
	/** Gzipped bytes of the median and the largest file. */
	gzMedian: number;
	gzMax: number;
	/** For a group, the largest file. */
	gzMaxPath?: string;
}

/** Relevance of one site's search on the query set (scripts/bench/relevance/). */
export interface RelevanceResult {
	/** "ours" or "baseline". */
	site: string;
	skipped?: string;
	/** hit@1, hit@3 and MRR per set (scripts/bench/relevance/score.ts `figuresBySet`): tune, holdout, unseen, the last two together, and all. */
	figures?: Record<'tune' | 'holdout' | 'unseen' | 'untuned' | 'all', { queries: number; hit1: number; hit3: number; mrr: number }>;
	/** Rank of the first answer of each `tune` query (holdout queries are reported only in aggregate). */
	tuneRanks?: { query: string; kind: string; rank?: number }[];
}

/** Everything one `npm run bench` measured. */
export interface BenchResult {
	info: RunInfo;
	scale: ScaleResult[];
	/** The site the browser stages measured, and why, when it is not the real content. */
	browserSite: { ours: string; baseline: string; note?: string };
	pageWeight: { ours: PageWeight[]; baseline: PageWeight[] };
	search: SearchResult[];
	lighthouse: LighthouseResult[];
	/** The facts as data, from the site built from content/providers (stage `data`). */
	dataFiles: DataFileRow[];
	/** The relevance stage: ours and the baseline (missing in runs without it). */
	relevance?: RelevanceResult[];
	/** Why a stage was skipped or anything else the reader must know. */
	notes: string[];
}
