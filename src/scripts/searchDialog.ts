/**
 * The search logic behind <site-search> (src/components/SiteSearch.astro), loaded on intent. It asks two
 * sources and shows them in one list: the exact-match table (src/lib/search/terms.ts) first, so a typed
 * code or header name always leads to its entry, then Pagefind's ranked results, one per entry or page.
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

export { startHighlighting } from './searchHighlight';

interface PagefindSubResult {
	url: string;
	title: string;
	excerpt: string;
	locations?: number[];
}
interface PagefindResultData {
	url: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
	filters?: Record<string, string[] | undefined>;
	sub_results: PagefindSubResult[];
}
interface PagefindSearch {
	results: { id: string; data: () => Promise<PagefindResultData> }[];
}
interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	debouncedSearch(term: string | null, options: object, timeout?: number): Promise<PagefindSearch | null>;
}

/** Results loaded per batch ("Load more" loads the next); each costs a fragment fetch. Pagefind's own UI shows 5. */
const PAGE_SIZE = 5;
/**
 * How long Pagefind waits for more typing before it searches. Short, so a pasted or last-typed word
 * shows results within about 100 ms; every prefix of a word reads the same index chunk, so searching
 * while the reader types adds little transfer.
 */
const DEBOUNCE_MS = 30;
const BASE = import.meta.env.BASE_URL.replace(/\/$/, '');

let pagefind: Promise<Pagefind> | undefined;
/** Loads and configures Pagefind once (ranking as Starlight's defaults). */
function loadPagefind(): Promise<Pagefind> {
	return (pagefind ??= import(/* @vite-ignore */ `${BASE}/pagefind/pagefind.js`).then(async (module: Pagefind) => {
		await module.options({
			// Search on the page rather than in Pagefind's web worker: the worker's script would add 12 KB to
			// the first query, and a search in an index of this size takes milliseconds.
			noWorker: true,
			excerptLength: 24,
			ranking: { pageLength: 0.1, termFrequency: 0.1, termSaturation: 2, termSimilarity: 9 },
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
/** Fetches the search manifest (shards of the exact-match table, providers), once. */
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

/** The exact hits for a query that pass the filters, best first, at most 10. */
async function exactHits(query: string, filters: SearchFilters): Promise<ExactHit[]> {
	const tables = await Promise.all(lookupTerms(query).map(loadShardOf));
	return filterHits(rankExactHits(query, Object.assign({}, ...tables), Infinity), filters).slice(0, 10);
}

/** Creates an element with a class and optional text. */
function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	node.className = className;
	if (text !== undefined) node.textContent = text;
	return node;
}

/** One result: its link, "provider · kind" line and excerpt (`excerptHtml` is Pagefind's escaped excerpt). */
function resultItem(result: { url: string; title: string; kind?: string; provider?: string; exact?: boolean }, excerpt: { text?: string; html?: string }, words: string[]) {
	const item = element('li', 'search-result');
	const link = element('a', 'search-result-link', result.title);
	link.href = withHighlight(result.url, words);
	item.append(link);
	if (result.exact) item.dataset.exact = '';
	const context = [result.provider, result.kind, result.exact ? 'exact match' : undefined].filter(Boolean).join(' · ');
	if (context) item.append(element('p', 'search-result-meta', context));
	const paragraph = element('p', 'search-result-excerpt');
	if (excerpt.html !== undefined) paragraph.innerHTML = excerpt.html;
	else paragraph.textContent = excerpt.text ?? '';
	item.append(paragraph);
	return item;
}

/** A Pagefind result; pages list their best-matching sections under them. */
function pagefindItem(data: PagefindResultData, words: string[]) {
	const kind = data.meta.kind ?? data.filters?.kind?.[0];
	const provider = data.meta.provider ?? data.filters?.provider?.[0];
	const item = resultItem({ url: data.url, title: data.meta.title ?? data.url, kind, provider }, { html: data.excerpt }, words);
	const sections = data.sub_results
		.filter((sub) => sub.url.includes('#'))
		.sort((a, b) => (b.locations?.length ?? 0) - (a.locations?.length ?? 0))
		.slice(0, 3);
	if (sections.length > 0) {
		const list = element('ul', 'search-subresults');
		for (const sub of sections) {
			const li = document.createElement('li');
			const link = element('a', 'search-subresult-link', sub.title);
			link.href = withHighlight(sub.url, words);
			li.append(link);
			list.append(li);
		}
		item.append(list);
	}
	return item;
}

/** Wires the dialog's form to the search, and runs it for what is already typed or in the URL. */
export function attachSearch(root: HTMLElement) {
	const form = root.querySelector('form')!;
	const input = form.querySelector('input')!;
	const provider = form.querySelector<HTMLSelectElement>('select[name="provider"]')!;
	const kind = form.querySelector<HTMLSelectElement>('select[name="kind"]')!;
	const status = root.querySelector('.search-status')!;
	const list = root.querySelector('.search-results')!;
	const more = root.querySelector<HTMLButtonElement>('.search-more')!;
	const params = new URLSearchParams(location.search);

	let generation = 0;
	let showMore = async () => {};

	/** Runs the current query with the current filters and renders the first batch. */
	async function run() {
		const current = ++generation;
		const query = input.value.trim();
		const filters: SearchFilters = { provider: provider.value, kind: kind.value };
		if (!query && !filters.provider && !filters.kind) {
			list.replaceChildren();
			status.textContent = '';
			more.hidden = true;
			return;
		}
		const pagefindFilters = Object.fromEntries(Object.entries(filters).filter(([, value]) => value));
		const fuzzy = loadPagefind().then((module) => module.debouncedSearch(query || null, { filters: pagefindFilters }, DEBOUNCE_MS));
		fuzzy.catch(() => {}); // handled below, once the exact hits are shown
		const hits = query ? await exactHits(query, filters) : [];
		if (current !== generation) return;
		const words = highlightWords(query);
		// Exact hits need no index: show them at once, without waiting for Pagefind.
		if (hits.length > 0) {
			list.replaceChildren(...hits.map((hit) => resultItem({ ...hit, exact: true }, { text: hit.excerpt }, words)));
			status.textContent = `${hits.length} exact match${hits.length === 1 ? '' : 'es'} for “${query}”`;
		}
		let search: PagefindSearch | null;
		try {
			search = await fuzzy;
		} catch {
			// No index: `astro dev` does not build one.
			status.textContent = 'Search needs the built site: run `npm start`.';
			return;
		}
		if (search === null || current !== generation) return;

		const shown = new Set(hits.map((hit) => hit.url));
		const total = Math.max(search.results.length, hits.length);
		status.textContent = total === 0 ? `No results for “${query}”` : `${total} result${total === 1 ? '' : 's'}${query ? ` for “${query}”` : ''}`;

		let next = 0;
		showMore = async () => {
			const batch = search.results.slice(next, next + PAGE_SIZE);
			const first = next === 0;
			next += batch.length;
			const data = await Promise.all(batch.map((result) => result.data()));
			if (current !== generation) return;
			const fresh = data.filter((result) => !shown.has(result.url));
			for (const result of fresh) shown.add(result.url);
			const items = fresh.map((result) => pagefindItem(result, words));
			// The previous query's results stay until these replace them, unless exact hits already did.
			if (first && hits.length === 0) list.replaceChildren(...items);
			else list.append(...items);
			more.hidden = next >= search.results.length;
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
	provider.addEventListener('change', run);
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
