/**
 * Search logic shared by the build and the browser: the kinds of results, the exact-match table's
 * shape and how a query is looked up in it, and the landing page's highlight parameter.
 * Kept free of heavy imports: the search dialog bundles this file.
 */

/**
 * The kinds of entry that are search results of their own (sections of their page's document,
 * src/lib/search/documents.ts), keyed like the pages' `data-entry` values, and their labels (the
 * values of the `kind` filter). Other sections (webhooks, pagination, idempotency, body headings) are "Page".
 */
export const ENTRY_KIND_LABELS = {
	gotcha: 'Gotcha',
	pattern: 'Pattern',
	'error-code': 'Error code',
	'rate-limit': 'Rate limit',
	'checklist-item': 'Checklist item',
} as const;

export type EntryKind = keyof typeof ENTRY_KIND_LABELS;

/** The `kind` of a whole page (or a section of one). */
export const PAGE_KIND = 'Page';

/** Every value of the `kind` filter, in the order the dialog offers them. */
export const SEARCH_KINDS = [
	ENTRY_KIND_LABELS.gotcha,
	ENTRY_KIND_LABELS.pattern,
	ENTRY_KIND_LABELS['error-code'],
	ENTRY_KIND_LABELS['rate-limit'],
	ENTRY_KIND_LABELS['checklist-item'],
	PAGE_KIND,
] as const;

/**
 * Each entry kind's one-letter code in a search document's `entries` metadata (`error-card-declined=e;…`,
 * written by src/lib/search/documents.ts, read by src/lib/search/rank.ts); page sections carry none.
 */
export const KIND_CODES: Readonly<Record<string, string>> = {
	[ENTRY_KIND_LABELS.gotcha]: 'g',
	[ENTRY_KIND_LABELS.pattern]: 'p',
	[ENTRY_KIND_LABELS['error-code']]: 'e',
	[ENTRY_KIND_LABELS['rate-limit']]: 'r',
	[ENTRY_KIND_LABELS['checklist-item']]: 'c',
};

/** The label of a `data-entry` value, or undefined when the value does not make a search result. */
export function entryKindLabel(value: string | undefined): string | undefined {
	return value !== undefined && Object.hasOwn(ENTRY_KIND_LABELS, value) ? ENTRY_KIND_LABELS[value as EntryKind] : undefined;
}

/**
 * The head tags a page adds to put itself and its entries under a provider in the search filters
 * (Pagefind reads them from built pages). The checklist page of a provider can use it too.
 */
export function providerSearchHead(providerName: string) {
	return [{ tag: 'meta' as const, attrs: { 'data-pagefind-filter': 'provider[content]', content: providerName } }];
}

/** One result of the exact path: an entry whose code, alias, id or header name equals the query. */
export interface ExactHit {
	/** The entry's URL with its anchor: `/providers/stripe/#error-card-declined`. */
	url: string;
	/** What the result shows as its title: the code, the limit's name, the pattern's title. */
	title: string;
	/** A `kind` filter value: "Error code", "Page"… */
	kind: string;
	/** The provider's display name (a `provider` filter value). */
	provider: string;
	/** A sentence of plain text under the title. */
	excerpt: string;
}

/** Normalised term → the entries it names. The build splits it into shards by `shardKey`. */
export type ExactTable = Record<string, ExactHit[]>;

/** Case- and space-insensitive form of a term or query: "  `Card_Declined` " → "card_declined". */
export function normalizeTerm(text: string): string {
	return text
		.trim()
		.replace(/^[`'"]+|[`'"]+$/g, '')
		.replace(/\s+/g, ' ')
		.toLowerCase();
}

/** The words of a query, normalised, without duplicates. */
export function queryTokens(query: string): string[] {
	return [...new Set(normalizeTerm(query).split(' ').filter(Boolean))];
}

/** About how many terms one shard of the exact-match table holds (about 1 KB gzipped: a query fetches one to three); the number of shards grows with the table. */
export const TERMS_PER_SHARD = 15;

/** How many shards a table of `termCount` terms is split into. */
export const shardCount = (termCount: number) => Math.max(1, Math.ceil(termCount / TERMS_PER_SHARD));

/**
 * The shard a term lives in, out of `count`: a hash of the normalised term (FNV-1a), so shards are even
 * in size and a lookup downloads about the same few kilobytes however many providers there are.
 */
export function shardKey(term: string, count: number): string {
	let hash = 0x811c9dc5;
	for (const char of normalizeTerm(term)) {
		hash ^= char.codePointAt(0)!;
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return (hash % count).toString(36);
}

/** Path of an exact-match shard. */
export const exactShardPath = (key: string) => `/search/exact/${key}.json`;
/** Path of the search manifest (`SearchManifest`). */
export const EXACT_MANIFEST_PATH = '/search/exact.json';

/** What the search dialog fetches first, in one small file: `{ "shards": 4, "providers": ["AWS", …], … }`. */
export interface SearchManifest {
	/** How many shards the exact-match table is split into. */
	shards: number;
	/** Every provider's name, sorted: the provider filter's choices (the values of Pagefind's `provider` filter). */
	providers: string[];
	/**
	 * Words that name a provider other than its name (normalised id where it differs, and the aliases of
	 * content/search/synonyms.yaml) → the provider's name: `{ "s3": "AWS", "gh": "GitHub" }`.
	 */
	aliases?: Record<string, string>;
	/** Groups of interchangeable words and phrases (content/search/synonyms.yaml `concepts`). */
	concepts?: string[][];
}

/**
 * Whether a word of a query looks like a code, id or header rather than a plain word: it has a digit, `_`,
 * `-`, a dot inside, or capitals inside (`429`, `card_declined`, `Retry-After`, `signature.signature`, `LastEvaluatedKey`, `STOP`).
 */
export function isCodeLike(word: string): boolean {
	return /[\d_-]/.test(word) || /\w\.\w/.test(word) || /[a-z][A-Z]/.test(word) || /^[A-Z]{2,}$/.test(word.replace(/^[`'"]+|[`'"]+$/g, ''));
}

/**
 * The terms to look up for a query: the whole query, then each of its words that looks like a code (in a
 * query of several words, a plain word such as "signature" is a word, not a header name).
 */
export function lookupTerms(query: string): string[] {
	const whole = normalizeTerm(query);
	const words = query.trim().split(/\s+/).filter(isCodeLike).map(normalizeTerm);
	return whole ? [...new Set([whole, ...words])] : [];
}

/**
 * The exact hits for a query, best first. A hit named by the whole query scores highest; otherwise each
 * query word that looks like a code (`isCodeLike`) and names a hit counts, and a word naming the hit's provider ("stripe card_declined") adds one.
 * Ties keep the table's order (providers by name). At most `limit` hits.
 */
export function rankExactHits(query: string, table: ExactTable, limit = 10): ExactHit[] {
	const whole = normalizeTerm(query);
	const tokens = queryTokens(query);
	const codeLike = new Set(query.trim().split(/\s+/).filter(isCodeLike).map(normalizeTerm));
	const scored = new Map<string, { hit: ExactHit; score: number; matched: Set<string>; order: number }>();
	const add = (term: string, weight: number) => {
		for (const hit of table[term] ?? []) {
			let entry = scored.get(hit.url);
			if (!entry) scored.set(hit.url, (entry = { hit, score: 0, matched: new Set<string>(), order: scored.size }));
			if (entry.matched.has(term)) continue;
			entry.score += weight;
			entry.matched.add(term);
		}
	};
	if (whole) add(whole, 10);
	if (tokens.length > 1) for (const token of tokens) if (codeLike.has(token)) add(token, 1);
	// The same spelling (case included) first: `card_declined` is Stripe's, `CARD_DECLINED` Square's.
	const typed = query.trim().replace(/^[`'"]+|[`'"]+$/g, '');
	for (const entry of scored.values()) if (entry.hit.title === typed) entry.score += 0.5;
	for (const entry of scored.values()) {
		const providerWords = new Set(queryTokens(entry.hit.provider));
		entry.score += tokens.filter((token) => providerWords.has(token) && !entry.matched.has(token)).length;
		// The same spelling breaks a tie between providers: `card_declined` is Stripe's, `CARD_DECLINED` Square's.
		if (entry.hit.title === query.trim()) entry.score += 0.5;
	}
	return [...scored.values()]
		.sort((a, b) => b.score - a.score || a.order - b.order)
		.slice(0, limit)
		.map((entry) => entry.hit);
}

/** The dialog's filters; an empty value means "any". */
export interface SearchFilters {
	provider?: string;
	kind?: string;
}

/** Keeps the hits that pass the filters, as Pagefind's filters do for its own results. */
export function filterHits(hits: readonly ExactHit[], filters: SearchFilters): ExactHit[] {
	return hits.filter(
		(hit) => (!filters.provider || hit.provider === filters.provider) && (!filters.kind || hit.kind === filters.kind)
	);
}

/** The query parameter a result link carries so the landing page highlights the searched words. */
export const HIGHLIGHT_PARAM = 'highlight';

/** The words to highlight on the landing page: each word of the query, quotes removed. */
export function highlightWords(query: string): string[] {
	const words = query
		.split(/\s+/)
		.map((word) => word.replace(/^[`'"]+|[`'"]+$/g, ''))
		.filter((word) => word.length > 1);
	return [...new Set(words)];
}

/** A result URL with the highlight words added before its anchor: `/p/?highlight=a&highlight=b#x`. */
export function withHighlight(url: string, words: readonly string[]): string {
	const parsed = new URL(url, 'https://site.invalid');
	parsed.searchParams.delete(HIGHLIGHT_PARAM);
	for (const word of words) parsed.searchParams.append(HIGHLIGHT_PARAM, word);
	const origin = /^https?:\/\//.test(url) ? parsed.origin : '';
	return `${origin}${parsed.pathname}${parsed.search}${parsed.hash}`;
}
