/**
 * The search logic behind <site-search> (src/components/SiteSearch.astro), loaded on intent. It asks two
 * sources and shows them in one list: the exact-match table (src/lib/search/terms.ts) first, so a typed
 * code or header name always leads to its entry, then the sections of the pages Pagefind finds, ranked
 * by src/lib/search/rank.ts (one result per entry or section, each one link).
 */
import {
	EXACT_MANIFEST_PATH,
	exactShardPath,
	filterHits,
	highlightWords,
	lookupTerms,
	rankExactHits,
	shardKey,
	withHighlight,
	type ExactHit,
	type ExactTable,
	type SearchFilters,
	type SearchManifest,
} from '../lib/search/query';
import { COMPARISON_GROUP, ERROR_INDEX_GROUP, excerptWords, mergePageHits, pageCandidates, pageSearches, planQuery, rankCandidates, weighConcepts, type FragmentLike, type QueryPlan, type Scored } from '../lib/search/rank';

export { startHighlighting } from './searchHighlight';

interface PagefindResultData extends FragmentLike {
	filters?: Record<string, string[] | undefined>;
}
interface PagefindSearch {
	results: { id: string; data: () => Promise<PagefindResultData> }[];
}
interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	search(term: string | null, options: object): Promise<PagefindSearch>;
}

/** Pages whose sections are ranked per batch ("Load more" ranks the next); each costs a fragment fetch. */
const PAGES_PER_BATCH = 4;
/** Results shown per batch. */
const RESULTS_PER_BATCH = 10;
/**
 * How long to wait for more typing before searching: short, so a pasted or last-typed word shows
 * results within about 100 ms.
 */
const DEBOUNCE_MS = 30;
const BASE = import.meta.env.BASE_URL.replace(/\/$/, '');

let pagefind: Promise<Pagefind> | undefined;
/** Loads and configures Pagefind once. */
function loadPagefind(): Promise<Pagefind> {
	return (pagefind ??= import(/* @vite-ignore */ `${BASE}/pagefind/pagefind.js`).then(async (module: Pagefind) => {
		await module.options({
			// Search on the page rather than in Pagefind's web worker: the worker's script would add 12 KB to
			// the first query, and a search in an index of this size takes milliseconds.
			noWorker: true,
			excerptLength: 24,
			// Pages are long documents of many sections: length should not count against them, and a page
			// title that matches counts most.
			ranking: { pageLength: 0, termFrequency: 0.6, termSaturation: 1.2, termSimilarity: 9, metaWeights: { title: 8 } },
		});
		await module.init();
		return module;
	}));
}

/** Fetches JSON, or `fallback` when it cannot. */
async function fetchJson<T>(path: string, fallback: T): Promise<T> {
	try {
		const response = await fetch(`${BASE}${path}`);
		return response.ok ? ((await response.json()) as T) : fallback;
	} catch {
		return fallback;
	}
}

let manifest: Promise<SearchManifest> | undefined;
/** Fetches the search manifest (shards of the exact-match table, providers, aliases, concepts), once. */
const loadManifest = () => (manifest ??= fetchJson<SearchManifest>(EXACT_MANIFEST_PATH, { shards: 0, providers: [] }));

const shards = new Map<string, Promise<ExactTable>>();
/** Fetches the shard of the exact-match table a term lives in, once per shard. */
async function loadShardOf(term: string): Promise<ExactTable> {
	const { shards: count } = await loadManifest();
	if (count === 0) return {};
	const key = shardKey(term, count);
	if (!shards.has(key)) shards.set(key, fetchJson<ExactTable>(exactShardPath(key), {}));
	return shards.get(key)!;
}

/** The exact hits for the query's words (the provider's name left out) that pass the filters, best first, at most 10. */
async function exactHits(query: string, filters: SearchFilters): Promise<ExactHit[]> {
	if (!query) return [];
	const tables = await Promise.all(lookupTerms(query).map(loadShardOf));
	return filterHits(rankExactHits(query, Object.assign({}, ...tables), Infinity), filters).slice(0, 10);
}

/**
 * Pagefind's pages for a plan, best first (src/lib/search/rank.ts `mergePageHits`), and the plan with its
 * concepts weighed by how rare their words are among those pages (`weighConcepts`), to rank their sections.
 */
async function findPages(module: Pagefind, plan: QueryPlan, filters: Record<string, string>) {
	if (!plan.text.trim() || plan.concepts.length === 0) return { pages: (await module.search(null, { filters })).results, plan };
	const searches = pageSearches(plan);
	const [comparisons, errors, ...found] = await Promise.all([
		plan.provider ? undefined : module.search(null, { filters: { group: COMPARISON_GROUP } }),
		plan.provider ? undefined : module.search(null, { filters: { group: ERROR_INDEX_GROUP } }),
		...searches.map((search) => module.search(search, { filters })),
	]);
	const groups = new Map<string, string>();
	for (const [group, search] of [[COMPARISON_GROUP, comparisons], [ERROR_INDEX_GROUP, errors]] as const) for (const result of search?.results ?? []) groups.set(result.id, group);
	const results = found.map((search) => search!.results);
	const weighed = weighConcepts(plan, searches, results);
	return { pages: mergePageHits(weighed, searches, results, (page) => groups.get(page.id)).map((hit) => hit.page), plan: weighed };
}

/** Creates an element with a class and optional text. */
function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	node.className = className;
	if (text !== undefined) node.textContent = text;
	return node;
}

/** One result: one link (its only focus stop), a "provider · kind · page" line and an excerpt of plain text. */
function resultItem(
	result: { url: string; title: string; context: (string | undefined)[]; exact?: boolean },
	excerpt: (HTMLElement | string)[],
	words: string[]
) {
	const item = element('li', 'search-result');
	const link = element('a', 'search-result-link', result.title);
	link.href = withHighlight(result.url, words);
	item.append(link);
	if (result.exact) item.dataset.exact = '';
	const context = [...result.context, result.exact ? 'exact match' : undefined].filter(Boolean).join(' · ');
	if (context) item.append(element('p', 'search-result-meta', context));
	const paragraph = element('p', 'search-result-excerpt');
	paragraph.append(...excerpt);
	item.append(paragraph);
	return item;
}

/** A ranked section as a result: its excerpt with the matched words marked. */
function sectionItem(scored: Scored, words: string[]) {
	const { candidate } = scored;
	const parts: (HTMLElement | string)[] = [];
	const excerpt = excerptWords(scored);
	excerpt.forEach(({ word, marked }, index) => {
		if (index > 0) parts.push(' ');
		parts.push(marked ? element('mark', '', word) : word);
	});
	if (excerpt.length > 0 && candidate.text.length > excerpt.length) parts.push(' …');
	// A section says which page it is on; a page top says only what it is.
	const page = candidate.top || candidate.provider === candidate.pageTitle ? undefined : candidate.pageTitle;
	return resultItem({ url: candidate.url, title: candidate.title, context: [candidate.provider, candidate.kind, page] }, parts, words);
}

/** Waits `ms` milliseconds. */
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Wires the dialog's form to the search, and runs it for what is already typed or in the URL. */
export function attachSearch(root: HTMLElement) {
	const form = root.querySelector('form')!;
	const input = form.querySelector('input')!;
	const provider = form.querySelector<HTMLSelectElement>('select[name="provider"]')!;
	const kind = form.querySelector<HTMLSelectElement>('select[name="kind"]')!;
	const status = root.querySelector('.search-status')!;
	const providerNote = root.querySelector<HTMLElement>('.search-provider-note')!;
	const clearProvider = root.querySelector<HTMLButtonElement>('.search-provider-clear')!;
	const list = root.querySelector('.search-results')!;
	const more = root.querySelector<HTMLButtonElement>('.search-more')!;
	const params = new URLSearchParams(location.search);

	let generation = 0;
	let showMore = async () => {};
	/** The provider the filter was set to because the query names it (the reader did not choose it). */
	let providerFromQuery: string | undefined;
	/** A provider the reader cleared from the filter while the query names it: not set again for that query. */
	let dismissed: string | undefined;

	/** Sets or clears the provider filter from the query, and says so next to the filter. */
	function applyQueryProvider(named: string | undefined) {
		if (dismissed && dismissed !== named) dismissed = undefined;
		if (named && !provider.value && dismissed !== named) {
			provider.value = named;
			providerFromQuery = named;
		} else if (providerFromQuery && provider.value === providerFromQuery && named !== providerFromQuery) {
			provider.value = named && dismissed !== named ? named : '';
			providerFromQuery = provider.value || undefined;
		}
		providerNote.hidden = !providerFromQuery || provider.value !== providerFromQuery;
		providerNote.querySelector('strong')!.textContent = providerFromQuery ?? '';
	}

	/** Runs the current query with the current filters and renders the first batch. */
	async function run() {
		const current = ++generation;
		const query = input.value.trim();
		const vocabulary = await loadManifest();
		if (current !== generation) return;
		const named = planQuery(query, vocabulary).provider;
		applyQueryProvider(named);
		// A provider cleared by the reader is searched as a word again.
		const plan = planQuery(query, dismissed ? { ...vocabulary, providers: [], aliases: {} } : vocabulary);
		const filters: SearchFilters = { provider: provider.value, kind: kind.value };
		if (!query && !filters.provider && !filters.kind) {
			list.replaceChildren();
			status.textContent = '';
			more.hidden = true;
			return;
		}
		const words = highlightWords(plan.provider && plan.provider === filters.provider ? plan.text : query);
		const hits = await exactHits(query, filters);
		if (current !== generation) return;
		// Exact hits need no index: show them at once, without waiting for Pagefind.
		if (hits.length > 0) {
			list.replaceChildren(
				...hits.map((hit) =>
					resultItem({ url: hit.url, title: hit.title, context: [hit.provider, hit.kind], exact: true }, [hit.excerpt], highlightWords(query))
				)
			);
			status.textContent = `${hits.length} exact match${hits.length === 1 ? '' : 'es'} for “${query}”; searching…`;
		} else {
			status.textContent = 'Searching…';
		}
		await sleep(DEBOUNCE_MS);
		if (current !== generation) return;

		let module: Pagefind;
		let pages: PagefindSearch['results'];
		/** The plan with its concepts weighed (`weighConcepts`), which ranks the sections. */
		let weighed: QueryPlan;
		const pagefindFilters = Object.fromEntries(Object.entries(filters).filter(([, value]) => value));
		try {
			module = await loadPagefind();
			const found = await findPages(module, plan.provider === filters.provider ? plan : { ...plan, provider: undefined }, pagefindFilters);
			pages = found.pages;
			weighed = { ...plan, concepts: found.plan.concepts };
		} catch {
			// No index: `astro dev` does not build one.
			status.textContent = 'Search needs the built site: run `npm start`.';
			return;
		}
		if (current !== generation) return;

		const shown = new Set(hits.map((hit) => hit.url));
		let ranked: Scored[] = [];
		let nextPage = 0;
		let nextResult = 0;
		let first = true;
		/** Ranks the sections of the next batch of pages with those already loaded. */
		const loadPages = async () => {
			const batch = pages.slice(nextPage, nextPage + PAGES_PER_BATCH);
			const data = await Promise.all(batch.map((page) => page.data()));
			const candidates = data.flatMap((fragment, index) => pageCandidates(fragment, nextPage + index));
			nextPage += batch.length;
			const fresh = rankCandidates(candidates, weighed, filters.kind).filter((scored) => !shown.has(scored.candidate.url));
			ranked = [...ranked.slice(0, nextResult), ...[...ranked.slice(nextResult), ...fresh].sort((a, b) => b.score - a.score)];
		};
		showMore = async () => {
			while (ranked.length - nextResult < RESULTS_PER_BATCH && nextPage < pages.length) await loadPages();
			if (current !== generation) return;
			const batch = ranked.slice(nextResult, nextResult + RESULTS_PER_BATCH);
			nextResult += batch.length;
			for (const scored of batch) shown.add(scored.candidate.url);
			const items = batch.map((scored) => sectionItem(scored, words));
			// The previous query's results stay until these replace them, unless exact hits already did.
			if (first && hits.length === 0) list.replaceChildren(...items);
			else list.append(...items);
			first = false;
			const total = hits.length + nextResult;
			const scope = filters.provider ? ` in ${filters.provider}` : '';
			status.textContent =
				total === 0 ? `No results for “${query}”${scope}` : `${total}${nextPage < pages.length || nextResult < ranked.length ? '+' : ''} result${total === 1 ? '' : 's'}${query ? ` for “${query}”` : ''}${scope}`;
			more.hidden = nextResult >= ranked.length && nextPage >= pages.length;
		};
		await showMore();
	}

	/** Fills the provider filter from the search manifest, then applies `?provider=` / `?kind=`. */
	async function loadProviders() {
		const { providers } = await loadManifest();
		provider.append(...providers.map((name) => new Option(name, name)));
		for (const [select, name] of [[provider, 'provider'], [kind, 'kind']] as const) {
			const value = params.get(name);
			if (value && [...select.options].some((option) => option.value === value)) select.value = value;
		}
	}

	/** Moves focus through the input and result links with the arrow keys. */
	function onKeydown(event: KeyboardEvent) {
		if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
		const links = [input, ...list.querySelectorAll<HTMLElement>('a')];
		const index = links.indexOf(document.activeElement as HTMLElement);
		if (index === -1) return;
		links[Math.min(Math.max(index + (event.key === 'ArrowDown' ? 1 : -1), 0), links.length - 1)]!.focus();
		event.preventDefault();
	}

	input.addEventListener('input', run);
	provider.addEventListener('change', () => {
		// The reader chose: a provider set from the query is no longer "from the query".
		if (providerFromQuery && provider.value !== providerFromQuery) {
			if (!provider.value) dismissed = providerFromQuery;
			providerFromQuery = undefined;
		}
		void run();
	});
	clearProvider.addEventListener('click', () => {
		dismissed = providerFromQuery;
		providerFromQuery = undefined;
		provider.value = '';
		void run();
		input.focus();
	});
	kind.addEventListener('change', run);
	more.addEventListener('click', () => showMore());
	root.addEventListener('keydown', onKeydown);
	// Enter follows the first result.
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		list.querySelector<HTMLAnchorElement>('a')?.click();
	});
	// Pagefind and the manifest are needed by the first query: fetched now, while the reader types it.
	void loadPagefind().catch(() => {});
	loadProviders()
		.catch(() => {})
		.then(run);
}
