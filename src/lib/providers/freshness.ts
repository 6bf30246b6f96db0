/**
 * Freshness of facts: one verified more than `MAX_AGE_MONTHS` before "now" may be out of date, so its
 * page marks it and the content check lists it. "Now" is always passed in; `buildDate()` reads it from
 * `BUILD_DATE` (YYYY-MM-DD) when set, so tests and reproducible builds do not depend on the clock.
 */
import type { Provenance } from '../../schemas/common';
import type { Provider } from '../../schemas/provider';
import { errorAnchor, patternAnchor, rateLimitAnchor } from '../anchors';
import { formatDay, verifiedOn } from './facts';

/** A fact older than this many months is possibly out of date. */
export const MAX_AGE_MONTHS = 12;

/** The date the site is built as: `BUILD_DATE` when set (YYYY-MM-DD), otherwise today. */
export function buildDate(env: Record<string, string | undefined> = process.env, today = new Date()): Date {
	const value = env.BUILD_DATE;
	if (!value) return today;
	const date = new Date(value);
	if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(date.getTime())) {
		throw new Error(`BUILD_DATE: expected a date written as YYYY-MM-DD, got "${value}"`);
	}
	return date;
}

/** The same calendar day `months` months before `date`, in UTC. */
export function monthsBefore(date: Date, months: number): Date {
	return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() - months, date.getUTCDate()));
}

/** Whether a fact verified on `verified` is possibly out of date at `now`: more than 12 months before it. */
export function isStale(verified: Date, now: Date, maxAgeMonths = MAX_AGE_MONTHS): boolean {
	return formatDay(verified) < formatDay(monthsBefore(now, maxAgeMonths));
}

/** A fact that is possibly out of date. */
export interface StaleFact {
	/** Field path of the fact in the provider's frontmatter: `rateLimits[2]`, `webhooks`. */
	field: string;
	/** Its anchor on the provider page, for entries that have one. */
	anchor?: string;
	/** When it was last verified (its own date, else the provider's). */
	verified: Date;
	/** Where to re-check it. */
	source: string;
}

/** Every fact of a provider that is possibly out of date at `now`, in page order. */
export function findStaleFacts(provider: Provider, now: Date, maxAgeMonths = MAX_AGE_MONTHS): StaleFact[] {
	type Dated = readonly [field: string, fact: Provenance, anchor?: string];
	const facts: Dated[] = [
		...provider.rateLimits.map((limit, index): Dated => [`rateLimits[${index}]`, limit, rateLimitAnchor(limit.id)]),
		...provider.errors.map((error, index): Dated => [`errors[${index}]`, error, errorAnchor(error.code)]),
		...provider.patterns.map((pattern, index): Dated => [`patterns[${index}]`, pattern, patternAnchor(pattern.id)]),
		...(provider.webhooks ? [['webhooks', provider.webhooks] as Dated] : []),
		...(provider.pagination ? [['pagination', provider.pagination] as Dated] : []),
		['idempotency', provider.idempotency],
	];
	return facts
		.map(([field, fact, anchor]) => ({ field, anchor, source: fact.source, verified: verifiedOn(fact, provider) }))
		.filter((fact) => isStale(fact.verified, now, maxAgeMonths));
}

/** One warning line per stale fact: `<file>: <field> (#anchor): verified <day>, more than 12 months before <now>; re-check <source>`. */
export function formatStaleFacts(file: string, facts: readonly StaleFact[], now: Date, maxAgeMonths = MAX_AGE_MONTHS): string[] {
	return facts.map(
		(fact) =>
			`${file}: ${fact.field}${fact.anchor ? ` (#${fact.anchor})` : ''}: verified ${formatDay(fact.verified)}, more than ${maxAgeMonths} months before ${formatDay(now)}; re-check ${fact.source}`
	);
}
