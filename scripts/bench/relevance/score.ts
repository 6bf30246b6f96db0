/**
 * The relevance benchmark's pure half: reads the query set (queries.yaml beside this file) and scores
 * ranked result lists against it — hit@1, hit@3 and mean reciprocal rank, for each set apart. Unit-tested (tests/unit/bench/relevance.test.ts); the browser half is measure.ts.
 */
import yaml from 'js-yaml';

/**
 * The sets a query belongs to: ranking work may look at `tune`, never at `holdout` or `unseen` (reported
 * only in aggregate). `holdout` was written with the first set, so its text was read while editing the
 * file; `unseen` was written later by someone else and its text was never read while tuning.
 */
export const RELEVANCE_SETS = ['tune', 'holdout', 'unseen'] as const;
export type RelevanceSet = (typeof RELEVANCE_SETS)[number];

/** The kinds of query, as queries.yaml's header lists them. */
export const QUERY_KINDS = ['code', 'code+provider', 'problem', 'concept', 'paraphrase', 'body'] as const;

/** One query of the set. */
export interface RelevanceQuery {
	/** What the reader types. */
	query: string;
	/** What sort of query it is (`QUERY_KINDS`). */
	kind: string;
	/** `tune`, `holdout` or `unseen`. */
	set: RelevanceSet;
	/** URLs that answer it: a path (`/compare/webhooks/`) or a path and anchor (`/providers/stripe/#error-card-declined`). */
	answers: string[];
}

/**
 * Parses queries.yaml; throws naming the entry and field when one is malformed, so a typo in the set
 * never silently drops a query.
 */
export function parseRelevanceQueries(text: string, file = 'queries.yaml'): RelevanceQuery[] {
	const data = yaml.load(text);
	if (!Array.isArray(data)) throw new Error(`${file}: expected a list of queries`);
	return data.map((entry: unknown, index) => {
		const where = `${file}: entry ${index + 1}`;
		if (typeof entry !== 'object' || entry === null) throw new Error(`${where}: expected { query, kind, set, answers }`);
		const { query, kind, set, answers } = entry as Record<string, unknown>;
		if (typeof query !== 'string' && typeof query !== 'number') throw new Error(`${where}: query: expected a string`);
		if (typeof kind !== 'string' || !(QUERY_KINDS as readonly string[]).includes(kind)) {
			throw new Error(`${where} (${query}): kind: expected one of ${QUERY_KINDS.join(', ')}, got ${JSON.stringify(kind)}`);
		}
		if (!(RELEVANCE_SETS as readonly unknown[]).includes(set)) throw new Error(`${where} (${query}): set: expected ${RELEVANCE_SETS.join(', ')}, got ${JSON.stringify(set)}`);
		if (!Array.isArray(answers) || answers.length === 0 || answers.some((answer) => typeof answer !== 'string' || !answer.startsWith('/'))) {
			throw new Error(`${where} (${query}): answers: expected a non-empty list of site paths starting with "/"`);
		}
		return { query: String(query), kind, set: set as RelevanceSet, answers: answers as string[] };
	});
}

/** A result URL as the benchmark compares it: path with a trailing slash, and anchor; origin and query string dropped. */
export function resultKey(url: string): { path: string; anchor: string } {
	const parsed = new URL(url, 'https://site.invalid');
	const path = parsed.pathname.endsWith('/') || /\.[a-z0-9]+$/i.test(parsed.pathname) ? parsed.pathname : `${parsed.pathname}/`;
	return { path: decodeURI(path), anchor: decodeURIComponent(parsed.hash.replace(/^#/, '')) };
}

/**
 * Whether a result answers: its path equals the answer's, and where the answer names an anchor, its anchor
 * too. An answer without an anchor (a whole page) is met by the page or any section of it.
 */
export function answers(resultUrl: string, answer: string): boolean {
	const result = resultKey(resultUrl);
	const wanted = resultKey(answer);
	return result.path === wanted.path && (wanted.anchor === '' || result.anchor === wanted.anchor);
}

/** The 1-based rank of the first result that answers the query, or undefined when none of them does. */
export function firstAnswerRank(results: readonly string[], wanted: readonly string[]): number | undefined {
	const index = results.findIndex((url) => wanted.some((answer) => answers(url, answer)));
	return index === -1 ? undefined : index + 1;
}

/** How many results per query count: a reader looks at the first screen, not the hundredth result. */
export const RANK_CUTOFF = 10;

/** One query's outcome on one site. */
export interface QueryOutcome {
	query: string;
	kind: string;
	set: RelevanceSet;
	/** Rank of the first answer within the first `RANK_CUTOFF` results, or undefined. */
	rank?: number;
	/** The result URLs as shown, best first (the first `RANK_CUTOFF`). */
	results: string[];
}

/** Scores one query: its ranked results against its answers. */
export function scoreQuery(query: RelevanceQuery, results: readonly string[]): QueryOutcome {
	const shown = results.slice(0, RANK_CUTOFF);
	return { query: query.query, kind: query.kind, set: query.set, rank: firstAnswerRank(shown, query.answers), results: shown };
}

/** Aggregate figures of a group of queries. */
export interface RelevanceFigures {
	queries: number;
	/** Share of queries whose first result answers (0…1). */
	hit1: number;
	/** Share of queries with an answer among the first three results. */
	hit3: number;
	/** Mean reciprocal rank of the first answer (0 when none in the first `RANK_CUTOFF`). */
	mrr: number;
}

/** hit@1, hit@3 and MRR of some outcomes (NaN for none). */
export function relevanceFigures(outcomes: readonly QueryOutcome[]): RelevanceFigures {
	const n = outcomes.length;
	const share = (test: (o: QueryOutcome) => boolean) => (n === 0 ? Number.NaN : outcomes.filter(test).length / n);
	return {
		queries: n,
		hit1: share((o) => o.rank === 1),
		hit3: share((o) => o.rank !== undefined && o.rank <= 3),
		mrr: n === 0 ? Number.NaN : outcomes.reduce((sum, o) => sum + (o.rank ? 1 / o.rank : 0), 0) / n,
	};
}

/** Figures per set, for the queries ranking was not tuned against (`untuned`: holdout and unseen) and for all queries. */
export function figuresBySet(outcomes: readonly QueryOutcome[]): Record<RelevanceSet | 'untuned' | 'all', RelevanceFigures> {
	return {
		tune: relevanceFigures(outcomes.filter((o) => o.set === 'tune')),
		holdout: relevanceFigures(outcomes.filter((o) => o.set === 'holdout')),
		unseen: relevanceFigures(outcomes.filter((o) => o.set === 'unseen')),
		untuned: relevanceFigures(outcomes.filter((o) => o.set !== 'tune')),
		all: relevanceFigures(outcomes),
	};
}
