/**
 * How the dialog reads a query and ranks what Pagefind finds (bundled with the dialog: no heavy imports).
 *
 * 1. `planQuery`: a provider named in the query (its name, id or an alias from content/search/synonyms.yaml)
 *    becomes the provider filter; the other words are the search, each with the words of its concept group.
 * 2. Pagefind finds the pages (one document per page, src/lib/search/documents.ts); `pageCandidates` cuts
 *    each into its sections (entries and headings, by the document's anchors).
 * 3. `scoreCandidate` ranks sections by how many of the query's words they cover (a section that matches
 *    most words still ranks when none matches all), then by words in the title, then by kind: patterns and
 *    gotchas before error codes and limits, page sections after, checklist items (which restate a fact)
 *    last; comparison pages rank high for questions that name no provider.
 */
import { ENTRY_KIND_LABELS, PAGE_KIND, isCodeLike, normalizeTerm } from './query';

/** Words too common to search for. */
const STOPWORDS = new Set(
	'a an and are as at be but by can do does for from has have how i if in is it its my of on or so that the this to was what when where which why will with vs versus'.split(' ')
);

/** A query word (or phrase) and the words that may stand for it; each alternative is a list of words that must all appear. */
export interface Concept {
	/** As typed: "expire", "rate limit". */
	term: string;
	alternatives: string[][];
	/** A word that named the provider but also narrows within it ("s3", "dynamodb"): it ranks, but is not required. */
	optional?: boolean;
}

/** What the dialog searches for. */
export interface QueryPlan {
	/** The provider the query names, as the `provider` filter value. */
	provider?: string;
	/** The words Pagefind is asked for: the query without the provider's name. */
	text: string;
	concepts: Concept[];
	/** Whether every word searched for looks like a code (`isCodeLike`): the answer is an entry, not a comparison. */
	codeLike?: boolean;
}

/** Provider names, their other names (`SearchManifest.aliases`) and concept groups. */
export interface QueryVocabulary {
	providers: readonly string[];
	aliases?: Readonly<Record<string, string>>;
	concepts?: readonly (readonly string[])[];
}

/** Splits text into search words: lower case, punctuation dropped (`Stripe-Signature` → `stripe`, `signature`; `card_declined` stays). */
export function searchWords(text: string): string[] {
	return text.toLowerCase().split(/[^\p{L}\p{N}_]+/u).filter(Boolean);
}

/** Reads a query: the provider it names, and its other words with their concept groups. */
export function planQuery(query: string, vocabulary: QueryVocabulary): QueryPlan {
	const tokens = searchWords(query);
	// A provider is named by whole typed words, never by a part of a code ("X-Twilio-Email-Event-Webhook-Signature").
	const inCode = new Set<number>();
	let position = 0;
	for (const word of query.trim().split(/\s+/).filter(Boolean)) {
		const parts = searchWords(word).length;
		if (parts > 1 || (isCodeLike(word) && /[-_.]/.test(word))) for (let i = position; i < position + parts; i += 1) inCode.add(i);
		position += parts;
	}
	const names = new Map<string, string>();
	for (const name of vocabulary.providers) names.set(searchWords(name).join(' '), name);
	const aliases = new Map(Object.entries(vocabulary.aliases ?? {}).map(([alias, name]) => [searchWords(alias).join(' '), name]));

	// The longest run of words that names a provider (at most three words: "amazon web services").
	let provider: string | undefined;
	const used = new Set<number>();
	const optional = new Set<number>();
	for (let length = Math.min(3, tokens.length); length >= 1 && !provider; length -= 1) {
		for (let start = 0; start + length <= tokens.length && !provider; start += 1) {
			if (tokens.slice(start, start + length).some((_, i) => inCode.has(start + i))) continue;
			const phrase = tokens.slice(start, start + length).join(' ');
			const name = names.get(phrase) ?? aliases.get(phrase);
			if (!name) continue;
			provider = name;
			for (let i = start; i < start + length; i += 1) used.add(i);
			// An alias that is a product, not the provider's name ("s3"), still says what the reader wants.
			if (!names.has(phrase) && !searchWords(name).includes(phrase) && !phrase.includes(' ')) optional.add(start);
		}
	}

	const groups = (vocabulary.concepts ?? []).map((group) => group.map((member) => searchWords(String(member))));
	const groupOf = (words: string[]) => groups.find((group) => group.some((member) => member.join(' ') === words.join(' ')));
	const concepts: Concept[] = [];
	for (let i = 0; i < tokens.length; i += 1) {
		if (used.has(i) && !optional.has(i)) continue;
		const word = tokens[i]!;
		// Two words that are one phrase of a concept group ("rate limit", "signing secret").
		const pair = i + 1 < tokens.length && !used.has(i + 1) ? [word, tokens[i + 1]!] : undefined;
		const pairGroup = pair && groupOf(pair);
		if (pair && pairGroup) {
			concepts.push({ term: pair.join(' '), alternatives: pairGroup });
			i += 1;
			continue;
		}
		if (STOPWORDS.has(word)) continue;
		concepts.push({ term: word, alternatives: groupOf([word]) ?? [[word]], optional: optional.has(i) || undefined });
	}
	const text = tokens.filter((_, i) => !used.has(i) || optional.has(i)).join(' ');
	const typed = query.trim().split(/\s+/).filter((word) => !used.has(tokens.indexOf(searchWords(word)[0] ?? '')));
	const codeLike = typed.length > 0 && typed.every(isCodeLike);
	return { provider, text, concepts, ...(codeLike ? { codeLike } : {}) };
}

/** A crude stem: enough for plurals and tenses ("limits", "expired", "throttling"). */
export function stem(word: string): string {
	if (word.length <= 4 || /\d/.test(word)) return word;
	return word.replace(/(ing|ed|es|s)$/, '');
}

/**
 * Whether a word of the text matches a query word: the same word or stem, or (for words of three letters
 * or more, not numbers) a word it begins: `webhook` matches `webhooks`, `429` never matches `4290`.
 */
export function wordMatches(textWord: string, queryWord: string): boolean {
	if (textWord === queryWord) return true;
	if (/\d/.test(queryWord)) return false;
	return (queryWord.length >= 3 && textWord.startsWith(queryWord)) || stem(textWord) === stem(queryWord);
}

/** What a page or one of its sections is, for ranking. */
export type PageRole = 'provider' | 'checklist' | 'comparison' | 'hub' | 'other';

/** The value of Pagefind's `group` filter on the comparison pages (src/integrations/entrySearch.ts sets it). */
export const COMPARISON_GROUP = 'comparison';

/** The value of Pagefind's `group` filter on the error index (`/errors/`). */
export const ERROR_INDEX_GROUP = 'errors';

/** The role of a page from its URL. */
export function pageRole(url: string): PageRole {
	const path = url.replace(/[?#].*$/, '');
	if (/^\/providers\/[^/]+\/$/.test(path)) return 'provider';
	if (/^\/checklist\//.test(path)) return 'checklist';
	if (/^\/(compare\/[^/]+|errors)\/$/.test(path)) return 'comparison';
	if (path === '/' || path === '/providers/' || path === '/about/') return 'hub';
	return 'other';
}

/** One result candidate: a page top or a section of a page. */
export interface Candidate {
	url: string;
	/** The section's title (or the page's, for its top). */
	title: string;
	/** The page's title. */
	pageTitle: string;
	kind: string;
	provider?: string;
	/** The section's words as written (for the excerpt); `words` are their search forms, one list per written word. */
	text: string[];
	/** Whether this is the top of the page (text before its first section). */
	top: boolean;
	/** How many words of `text` are the section's heading (the excerpt starts after them). */
	headingWords?: number;
	/** Rank of its page among Pagefind's results (0 = first). */
	pageRank: number;
}

/** The parts of a Pagefind fragment the ranking reads. */
export interface FragmentLike {
	url: string;
	content: string;
	meta: Record<string, string | undefined>;
	anchors?: { element: string; id: string; text?: string; location: number }[];
}

const KIND_BY_CODE: Record<string, string> = {
	g: ENTRY_KIND_LABELS.gotcha,
	p: ENTRY_KIND_LABELS.pattern,
	e: ENTRY_KIND_LABELS['error-code'],
	r: ENTRY_KIND_LABELS['rate-limit'],
	c: ENTRY_KIND_LABELS['checklist-item'],
};

/**
 * A page's candidates: its top, and each section under a heading with an id (documents built from the data
 * carry each section's kind in their `entries` metadata; other sections are of kind "Page").
 */
export function pageCandidates(fragment: FragmentLike, pageRank: number): Candidate[] {
	const words = fragment.content.split(/\s+/).filter(Boolean);
	const base = fragment.url.replace(/#.*$/, '');
	const kinds = new Map(
		(fragment.meta.entries ?? '')
			.split(';')
			.filter(Boolean)
			.map((pair) => {
				const at = pair.lastIndexOf('=');
				return [pair.slice(0, at), KIND_BY_CODE[pair.slice(at + 1)] ?? PAGE_KIND] as const;
			})
	);
	const provider = fragment.meta.provider;
	const pageTitle = fragment.meta.title ?? base;
	const anchors = (fragment.anchors ?? []).filter((a) => /^h[1-6]$/i.test(a.element) && a.id && a.text?.trim()).sort((a, b) => a.location - b.location);
	const role = pageRole(base);
	// Comparison pages and the error index answer as a whole: their value is the table across providers.
	const cut = role === 'comparison' ? [] : anchors;
	const candidates: Candidate[] = [];
	const end = (index: number) => (index + 1 < cut.length ? cut[index + 1]!.location : words.length);
	candidates.push({ url: base, title: pageTitle, pageTitle, kind: PAGE_KIND, provider, text: words.slice(0, cut[0]?.location ?? words.length), top: true, pageRank });
	cut.forEach((anchor, index) => {
		// The heading's own words are part of the section (they are its title).
		candidates.push({
			url: `${base}#${anchor.id}`,
			title: anchor.text!.trim(),
			pageTitle,
			kind: kinds.get(anchor.id) ?? PAGE_KIND,
			provider,
			text: words.slice(anchor.location, end(index)),
			headingWords: anchor.text!.trim().split(/\s+/).length,
			top: false,
			pageRank,
		});
	});
	return candidates;
}

/** A page Pagefind found for some of a plan's searches. */
export interface PageHit<T> {
	page: T;
	/** How many of the plan's required concepts the page has (by Pagefind's searches for their words). */
	concepts: number;
	/** Whether the search for the words as typed found it. */
	whole: boolean;
	/** Its best rank in any of the searches. */
	rank: number;
}

/**
 * The searches to ask Pagefind for a plan: the words as typed (which Pagefind requires all of), then each
 * word or phrase of each concept on its own, so pages that use another word of a concept group, or that
 * have most but not all of the words, are found too. At most `max`: enough for three concepts whose groups
 * are long (dedupe and expire have 10 and 8 words; at 14, "idempotency key expire" never searched "lifetime",
 * the word of the comparison's "Key lifetime" column).
 */
export function pageSearches(plan: QueryPlan, max = 24): string[] {
	// Each concept's own word first, then the other words of the groups in turn, so a cut at `max` keeps every concept.
	const lists = plan.concepts.map((concept) => [concept.alternatives.map((words) => words.join(' ')).find((words) => words === concept.term) ?? concept.term, ...concept.alternatives.map((words) => words.join(' '))]);
	const ordered: string[] = [plan.text];
	for (let round = 0; lists.some((list) => round < list.length); round += 1) for (const list of lists) if (round < list.length) ordered.push(list[round]!);
	return [...new Set(ordered)].filter(Boolean).slice(0, max);
}

/**
 * Merges Pagefind's answers to `pageSearches(plan)` (same order) into one list of pages: those with more of
 * the query's concepts first, then (for a query naming no provider) comparison pages, then those the whole
 * query found, then by their best rank.
 */
export function mergePageHits<T extends { id: string }>(
	plan: QueryPlan,
	searches: readonly string[],
	results: readonly (readonly T[])[],
	/**
	 * A page's `group` filter value, known without loading the page: comparisons lead among equals when no
	 * provider is named; for a code, comparisons and the error index come last.
	 */
	groupOf: (page: T) => string | undefined = () => undefined
): PageHit<T>[] {
	const hits = new Map<string, PageHit<T> & { covered: Set<number> }>();
	// Comparisons and the error index lead for questions naming no provider, so they are among the pages
	// loaded and ranked (the error index then leads only for questions about errors: `scoreCandidate`); for a
	// code they come last (the answer is its entry, and a cross-provider table is the largest page to load).
	const comparisonFirst = (hit: PageHit<T>) => {
		const group = groupOf(hit.page);
		if (!group) return 0;
		if (plan.codeLike) return -1;
		return (group === COMPARISON_GROUP || group === ERROR_INDEX_GROUP) && !plan.provider ? 1 : 0;
	};
	results.forEach((pages, searchIndex) => {
		const search = searches[searchIndex]!;
		const conceptIndexes = plan.concepts.flatMap((concept, index) =>
			!concept.optional && (search === plan.text || concept.alternatives.some((words) => words.join(' ') === search)) ? [index] : []
		);
		pages.forEach((page, rank) => {
			let hit = hits.get(page.id);
			if (!hit) hits.set(page.id, (hit = { page, concepts: 0, whole: false, rank, covered: new Set() }));
			hit.rank = Math.min(hit.rank, rank);
			if (search === plan.text) hit.whole = true;
			for (const index of conceptIndexes) hit.covered.add(index);
			hit.concepts = hit.covered.size;
		});
	});
	return [...hits.values()]
		.sort((a, b) => b.concepts - a.concepts || comparisonFirst(b) - comparisonFirst(a) || Number(b.whole) - Number(a.whole) || a.rank - b.rank)
		.map(({ covered: _covered, ...hit }) => hit);
}

/** How a candidate scored, and where its words matched (indexes into `text`, for the excerpt). */
export interface Scored {
	candidate: Candidate;
	score: number;
	/** Share of the required query words it covers (0…1). */
	coverage: number;
	matchedAt: number[];
}

const KIND_PRIOR: Record<string, number> = {
	[ENTRY_KIND_LABELS.gotcha]: 1,
	[ENTRY_KIND_LABELS.pattern]: 1,
	[ENTRY_KIND_LABELS['error-code']]: 0.8,
	[ENTRY_KIND_LABELS['rate-limit']]: 0.8,
	[ENTRY_KIND_LABELS['checklist-item']]: -1.5,
	[PAGE_KIND]: 0.4,
};

/** Scores a candidate against a plan (higher is better). */
export function scoreCandidate(candidate: Candidate, plan: QueryPlan): Scored {
	const forms = candidate.text.map(searchWords);
	const titleWords = searchWords(candidate.title);
	const matchedAt = new Set<number>();
	const positions = (queryWord: string) => forms.flatMap((list, index) => (list.some((word) => wordMatches(word, queryWord)) ? [index] : []));
	let covered = 0;
	let optionalCovered = 0;
	let inTitle = 0;
	const required = plan.concepts.filter((concept) => !concept.optional);
	for (const concept of plan.concepts) {
		let hit = false;
		let titled = false;
		for (const alternative of concept.alternatives) {
			const found = alternative.map(positions);
			if (found.every((list) => list.length > 0)) {
				hit = true;
				for (const list of found) for (const index of list.slice(0, 3)) matchedAt.add(index);
			}
			if (alternative.every((word) => titleWords.some((titleWord) => wordMatches(titleWord, word)))) titled = true;
		}
		if (concept.optional) optionalCovered += hit ? 1 : 0;
		else {
			covered += hit ? 1 : 0;
			inTitle += titled ? 1 : 0;
		}
	}
	const coverage = required.length === 0 ? 1 : covered / required.length;
	const role = pageRole(candidate.url);
	let score = 10 * coverage + (required.length ? (2 * inTitle) / required.length : 0) + optionalCovered;
	score += Math.min(matchedAt.size, 6) * 0.1;
	score += KIND_PRIOR[candidate.kind] ?? 0;
	// A page top is rarely the answer when the query asks for more than the page (a comparison is its table).
	if (candidate.top && role !== 'comparison') score += required.length === 0 ? 5 : -0.8;
	// Comparisons answer cross-provider questions; the error index (every error of every provider, so it has
	// every word) only questions about errors in its title's words.
	// A code's answer is its entry, not a table that lists it.
	if (role === 'comparison' && !plan.provider && !plan.codeLike && (!candidate.url.startsWith('/errors/') || inTitle > 0)) score += inTitle > 0 ? 2.5 : 1;
	if (role === 'hub') score -= 3;
	score -= 0.15 * candidate.pageRank;
	return { candidate, score, coverage, matchedAt: [...matchedAt].sort((a, b) => a - b) };
}

/** Candidates ranked best first; those that match none of the query's words are dropped (unless the query names only a provider). */
export function rankCandidates(candidates: readonly Candidate[], plan: QueryPlan, kind = ''): Scored[] {
	const required = plan.concepts.some((concept) => !concept.optional);
	return candidates
		.filter((candidate) => !kind || candidate.kind === kind)
		.map((candidate) => scoreCandidate(candidate, plan))
		.filter((scored) => !required || scored.coverage > 0)
		.sort((a, b) => b.score - a.score || a.candidate.pageRank - b.candidate.pageRank);
}

/** About `length` words of a candidate's text around its first match, with the matched words marked. */
export function excerptWords(scored: Scored, length = 26): { word: string; marked: boolean }[] {
	const { text, headingWords = 0 } = scored.candidate;
	// The heading is the result's title already: quote from the body, unless it is empty.
	const from = headingWords < text.length ? headingWords : 0;
	const first = scored.matchedAt.find((index) => index >= from) ?? from;
	const start = Math.max(from, Math.min(first - 6, text.length - length));
	const marked = new Set(scored.matchedAt);
	return text.slice(start, start + length).map((word, offset) => ({ word, marked: marked.has(start + offset) }));
}

export { normalizeTerm };
