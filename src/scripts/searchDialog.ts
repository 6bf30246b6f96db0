/**
 * The search logic behind <site-search> (src/components/SiteSearch.astro), loaded on intent. It asks two
 * sources and shows them in one list: the exact-match table (src/lib/searchTerms.ts) first, so a typed
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
} from '../lib/searchQuery';

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
	filters(): Promise<Record<string, Record<string, number>>>;
	debouncedSearch(term: string | null, options: object, timeout?: number): Promise<PagefindSearch | null>;
}

/** Results loaded per batch ("Load more" loads the next). */
const PAGE_SIZE = 8;
const BASE = import.meta.env.BASE_URL.replace(/\/$/, '');

let pagefind: Promise<Pagefind> | undefined;
/** Loads and configures Pagefind once (ranking as Starlight's defaults). */
function loadPagefind(): Promise<Pagefind> {
	return (pagefind ??= import(/* @vite-ignore */ `${BASE}/pagefind/pagefind.js`).then(async (module: Pagefind) => {
		await module.options({
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

let manifest: Promise<{ shards: number }> | undefined;
const shards = new Map<string, Promise<ExactTable>>();
/** Fetches the shard of the exact-match table a term lives in, once per shard. */
async function loadShardOf(term: string): Promise<ExactTable> {
	manifest ??= fetchJson(EXACT_MANIFEST_PATH, { shards: 0 });
	const { shards: count } = await manifest;
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
		let hits: ExactHit[];
		let search: PagefindSearch | null;
		try {
			[hits, search] = await Promise.all([
				query ? exactHits(query, filters) : Promise.resolve([]),
				loadPagefind().then((module) => module.debouncedSearch(query || null, { filters: pagefindFilters }, 120)),
			]);
		} catch {
			// No index: `astro dev` does not build one.
			status.textContent = 'Search needs the built site: run `npm start`.';
			return;
		}
		if (search === null || current !== generation) return;

		const words = highlightWords(query);
		const shown = new Set(hits.map((hit) => hit.url));
		list.replaceChildren(...hits.map((hit) => resultItem({ ...hit, exact: true }, { text: hit.excerpt }, words)));
		const total = Math.max(search.results.length, hits.length);
		status.textContent = total === 0 ? `No results for “${query}”` : `${total} result${total === 1 ? '' : 's'}${query ? ` for “${query}”` : ''}`;

		let next = 0;
		showMore = async () => {
			const batch = search.results.slice(next, next + PAGE_SIZE);
			next += batch.length;
			const data = await Promise.all(batch.map((result) => result.data()));
			if (current !== generation) return;
			for (const result of data) {
				if (shown.has(result.url)) continue;
				shown.add(result.url);
				list.append(pagefindItem(result, words));
			}
			more.hidden = next >= search.results.length;
		};
		await showMore();
	}

	/** Fills the provider filter with the index's providers, then applies `?provider=` / `?kind=`. */
	async function loadProviders() {
		const filters = await (await loadPagefind()).filters();
		const names = Object.keys(filters.provider ?? {}).sort((a, b) => a.localeCompare(b, 'en'));
		provider.append(...names.map((name) => new Option(name, name)));
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
	loadProviders()
		.catch(() => {})
		.then(run);
}
