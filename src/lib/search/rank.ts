/**
 * How the dialog reads a query and ranks what Pagefind finds (bundled with the dialog: no heavy imports).
 *
 * 1. `planQuery`: a provider named in the query (its name, id or an alias from content/search/synonyms.yaml)
 *    becomes the provider filter; the other words are the search, each with the words of its concept group.
 * 2. Pagefind finds the pages (one document per page, src/lib/search/documents.ts) for the words as typed and
 *    for each word of each concept; `weighConcepts` weighs the concepts by how rare their words are, and
 *    `mergePageHits` orders the pages by how much of the query they have within one section-long stretch
 *    (from Pagefind's word positions), so the few pages loaded first are those likely to hold the answer;
 *    `pageCandidates` cuts each into its sections (entries and headings, by the document's anchors).
 * 3. `scoreCandidate` ranks sections by how much of the query they cover, by weight (a section that matches
 *    most words still ranks when none matches all), then by words in the title, then by kind: patterns and
 *    gotchas before error codes and limits, page sections after, checklist items (which restate a fact)
 *    last; comparison pages rank high for questions that name no provider.
 */
import { ENTRY_KIND_LABELS, KIND_CODES, PAGE_KIND, isCodeLike, normalizeTerm } from './query';

/** Words too common to search for, and the pieces of contractions ("don't" → "don", "t"; "github's" → "s"). */
const STOPWORDS = new Set(
	[
		'a about all also am an and any are as at be been but by can could do does for from get got has have how i if in into is it its just me my no not of on only or our should so some than that the their then there they this to was we what when where which why will with would you your vs versus',
		'aren couldn d didn doesn don hasn haven isn ll m re s shouldn t ve wasn weren won wouldn',
	]
		.join(' ')
		.split(' ')
);

/** A query word (or phrase) and the words that may stand for it; each alternative is a list of words that must all appear. */
export interface Concept {
	/** As typed: "expire", "rate limit". */
	term: string;
	alternatives: string[][];
	/** A word that named the provider but also narrows within it ("s3", "dynamodb"): it ranks, but is not required. */
	optional?: boolean;
	/** Typed as one hyphenated word ("retry-after"): its words match only next to each other, in order. */
	phrase?: boolean;
	/**
	 * How much it says about the answer (1 when unknown): the dialog sets it from how few of the pages
	 * Pagefind found have the word (`weighConcepts`), so "customer" or "webhook" count less than "disabled".
	 */
	weight?: number;
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
	// A typed word joined by hyphens, dots or slashes ("x-request-id", "client-side") is one phrase: its parts must be adjacent.
	const phraseLength = new Map<number, number>();
	let position = 0;
	for (const word of query.trim().split(/\s+/).filter(Boolean)) {
		const parts = searchWords(word).length;
		if (parts > 1 || (isCodeLike(word) && /[-_.]/.test(word))) for (let i = position; i < position + parts; i += 1) inCode.add(i);
		if (parts > 1 && /[\p{L}\p{N}][-./:][\p{L}\p{N}]/u.test(word)) phraseLength.set(position, parts);
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
		const joined = phraseLength.get(i);
		if (joined) {
			const parts = tokens.slice(i, i + joined);
			concepts.push({ term: parts.join(' '), alternatives: groupOf(parts) ?? [parts], phrase: true });
			i += joined - 1;
			continue;
		}
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
	if (word.length < 4 || /\d/.test(word)) return word;
	// "expire", "expires", "expired" and "expiring" share "expir"; "retry" and "retries" share "retri".
	const base = word.replace(/(ing|ed|es|s)$/, '');
	return (base.length >= 3 ? base : word).replace(/(?<=...)e$/, '').replace(/(?<=.[^aeiouy])y$/, 'i');
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

/** `KIND_CODES` read backwards: a section's one-letter code → its kind. */
const KIND_BY_CODE: Record<string, string> = Object.fromEntries(Object.entries(KIND_CODES).map(([kind, code]) => [code, kind]));

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
	/**
	 * How much of the query the page covers, each concept by its weight: within a section-long stretch, plus
	 * a fifth of the whole page's share and a little of Pagefind's score for the concepts' words.
	 */
	coverage: number;
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

/** Which of a plan's required concepts a search stands for: those with it among their words (the words as typed stand for all). */
function conceptsOfSearch(plan: QueryPlan, search: string): number[] {
	return plan.concepts.flatMap((concept, index) => (!concept.optional && concept.alternatives.some((words) => words.join(' ') === search) ? [index] : []));
}

/**
 * The plan with each concept's `weight`, from Pagefind's answers to `pageSearches(plan)` (same order):
 * between 1 (every page found has a word of the concept) and 2 (one page has), by inverse document
 * frequency, so "customer" or "webhook" count a little less than "disabled". Gentle on purpose: a word
 * the site uses rarely for something else ("attack") must not outweigh the rest of the question.
 */
export function weighConcepts<T extends { id: string }>(plan: QueryPlan, searches: readonly string[], results: readonly (readonly T[])[]): QueryPlan {
	const pages = new Set(results.flatMap((list) => list.map((page) => page.id))).size;
	const idf = (found: number) => Math.log(1 + pages / Math.max(found, 1));
	const concepts = plan.concepts.map((concept, index) => {
		const found = new Set(
			searches.flatMap((search, at) => (conceptsOfSearch(plan, search).includes(index) ? (results[at] ?? []).map((page) => page.id) : []))
		).size;
		return { ...concept, weight: pages > 0 ? 1 + idf(found) / idf(1) : 1 };
	});
	return { ...plan, concepts };
}

/** About one entry's length in words: query words this close on a page are probably in one section of it. */
export const SECTION_WINDOW = 80;

/**
 * The best share of the query (0…1, each concept by its weight) found within `SECTION_WINDOW` words on a
 * page, from the positions Pagefind reports for each concept's words (`marks`, sorted by position).
 */
export function windowCoverage(marks: readonly { at: number; concept: number }[], weights: readonly number[], total: number): number {
	// A sliding window: how many marks of each concept it holds, and the weight of the concepts it holds.
	const inWindow = new Map<number, number>();
	let held = 0;
	let best = 0;
	let start = 0;
	for (const mark of marks) {
		inWindow.set(mark.concept, (inWindow.get(mark.concept) ?? 0) + 1);
		if (inWindow.get(mark.concept) === 1) held += weights[mark.concept]!;
		while (marks[start]!.at + SECTION_WINDOW <= mark.at) {
			const left = marks[start++]!.concept;
			inWindow.set(left, inWindow.get(left)! - 1);
			if (inWindow.get(left) === 0) held -= weights[left]!;
		}
		best = Math.max(best, held / total);
	}
	return best;
}

/**
 * Merges Pagefind's answers to `pageSearches(plan)` (same order) into one list of pages, best first, by how
 * much of the query they cover, each concept counted by its `weight` (`weighConcepts`): mostly within one
 * stretch of about a section (`windowCoverage`, when Pagefind gives word positions), since the answer is a
 * section; comparison pages (which answer as a whole) by the whole page, and ahead by a little for a query
 * naming no provider; then those the whole query found; then by their best rank.
 */
export function mergePageHits<T extends { id: string; words?: readonly number[]; score?: number }>(
	plan: QueryPlan,
	searches: readonly string[],
	results: readonly (readonly T[])[],
	/**
	 * A page's `group` filter value, known without loading the page: comparisons lead among equals when no
	 * provider is named; for a code, comparisons and the error index come last.
	 */
	groupOf: (page: T) => string | undefined = () => undefined
): PageHit<T>[] {
	const weights = plan.concepts.map((concept) => (concept.optional ? 0 : (concept.weight ?? 1)));
	const total = weights.reduce((sum, weight) => sum + weight, 0) || 1;
	const hits = new Map<string, PageHit<T> & { covered: Set<number>; marks: { at: number; concept: number }[]; strength: number[] }>();
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
		const whole = search === plan.text;
		const concepts = whole ? weights.flatMap((weight, index) => (weight > 0 ? [index] : [])) : conceptsOfSearch(plan, search);
		const topScore = Math.max(0, ...pages.map((page) => page.score ?? 0));
		pages.forEach((page, rank) => {
			let hit = hits.get(page.id);
			if (!hit) hits.set(page.id, (hit = { page, concepts: 0, coverage: 0, whole: false, rank, covered: new Set(), marks: [], strength: [] }));
			// Pagefind's own score, relative to the search's best: a word in a heading or used often scores higher.
			if (!whole && topScore > 0) for (const concept of concepts) hit.strength[concept] = Math.max(hit.strength[concept] ?? 0, (page.score ?? 0) / topScore);
			hit.rank = Math.min(hit.rank, rank);
			if (whole) hit.whole = true;
			for (const concept of concepts) hit.covered.add(concept);
			// The words as typed match anywhere on the page: their positions say nothing of one concept.
			if (!whole) for (const concept of concepts) for (const at of page.words ?? []) hit.marks.push({ at, concept });
		});
	});
	for (const hit of hits.values()) {
		hit.concepts = hit.covered.size;
		const onPage = [...hit.covered].reduce((sum, concept) => sum + weights[concept]!, 0) / total;
		const inSection = hit.page.words && !groupOf(hit.page) ? windowCoverage(hit.marks.sort((a, b) => a.at - b.at), weights, total) : onPage;
		const strength = hit.strength.reduce((sum, share, concept) => sum + (share ?? 0) * weights[concept]!, 0) / total;
		hit.coverage = inSection + 0.2 * onPage + 0.15 * strength;
	}
	const key = (hit: PageHit<T>) => hit.coverage + 0.1 * comparisonFirst(hit) + (hit.whole ? 0.05 : 0);
	return [...hits.values()]
		.sort((a, b) => key(b) - key(a) || a.rank - b.rank)
		.map(({ covered: _covered, marks: _marks, strength: _strength, ...hit }) => hit);
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

/** A written word's forms to match: its search words, and a code's parts too (`idempotency_key_reused` → idempotency, key, reused). */
function matchForms(written: string): string[] {
	return searchWords(written).flatMap((word) => (word.includes('_') ? [word, ...word.split('_').filter(Boolean)] : [word]));
}

/**
 * Where an alternative's words match in a text (one list of forms per written word; indexes of written
 * words), or undefined when one of them is missing. A phrase's words must follow one another.
 */
function alternativeAt(forms: readonly string[][], words: readonly string[], phrase: boolean): number[] | undefined {
	if (!phrase) {
		const found = words.map((queryWord) => forms.flatMap((list, index) => (list.some((word) => wordMatches(word, queryWord)) ? [index] : [])));
		return found.every((list) => list.length > 0) ? found.flatMap((list) => list.slice(0, 3)) : undefined;
	}
	const flat = forms.flatMap((list, index) => list.map((word) => ({ word, index })));
	const at: number[] = [];
	for (let start = 0; start + words.length <= flat.length && at.length < 3 * words.length; start += 1) {
		if (words.every((queryWord, offset) => wordMatches(flat[start + offset]!.word, queryWord))) at.push(...flat.slice(start, start + words.length).map((part) => part.index));
	}
	return at.length > 0 ? at : undefined;
}

/** Scores a candidate against a plan (higher is better). */
export function scoreCandidate(candidate: Candidate, plan: QueryPlan): Scored {
	const forms = candidate.text.map(matchForms);
	const titleForms = candidate.title.split(/\s+/).map(matchForms);
	const matchedAt = new Set<number>();
	let covered = 0;
	let optionalCovered = 0;
	let inTitle = 0;
	let total = 0;
	for (const concept of plan.concepts) {
		let hit = false;
		let titled = false;
		const weight = concept.weight ?? 1;
		for (const alternative of concept.alternatives) {
			const phrase = Boolean(concept.phrase) && alternative.join(' ') === concept.term;
			const at = alternativeAt(forms, alternative, phrase);
			if (at) {
				hit = true;
				for (const index of at) matchedAt.add(index);
			}
			if (alternativeAt(titleForms, alternative, phrase)) titled = true;
		}
		if (concept.optional) optionalCovered += hit ? 1 : 0;
		else {
			total += weight;
			covered += hit ? weight : 0;
			inTitle += titled ? weight : 0;
		}
	}
	const coverage = total === 0 ? 1 : covered / total;
	const role = pageRole(candidate.url);
	let score = 10 * coverage + (total ? (2 * inTitle) / total : 0) + optionalCovered;
	score += Math.min(matchedAt.size, 6) * 0.1;
	score += KIND_PRIOR[candidate.kind] ?? 0;
	// A page top is rarely the answer when the query asks for more than the page (a comparison is its table).
	if (candidate.top && role !== 'comparison') score += total === 0 ? 5 : -0.8;
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
