/**
 * Rows of the cross-provider views (/errors/, /compare/…), built from every provider's frontmatter:
 * one row per fact, each with the URL of the entry it comes from. No table is written by hand.
 */
import type { ErrorCode, RetryClass } from '../../schemas/errorCode';
import type { Provider } from '../../schemas/provider';
import type { RateLimit } from '../../schemas/rateLimit';
import { entryUrl, errorAnchor, rateLimitAnchor } from '../anchors';
import { describeVerification, formatLimit, formatSeconds, formatThrottle, RETRY_CLASS_LABELS } from './facts';

type ProviderFacts = Pick<Provider, 'id' | 'name' | 'errors' | 'rateLimits' | 'webhooks' | 'idempotency' | 'pagination'>;

/** A row's link to its provider. */
interface ProviderRef {
	providerId: string;
	providerName: string;
	/** The entry or section the row comes from. */
	url: string;
}

/** One error code of one provider. */
export interface ErrorIndexRow extends ProviderRef {
	error: ErrorCode;
}

/** Every error code of every provider, providers in the given order, codes in file order. */
export function errorIndexRows(providers: readonly ProviderFacts[]): ErrorIndexRow[] {
	return providers.flatMap((provider) =>
		provider.errors.map((error) => ({
			providerId: provider.id,
			providerName: provider.name,
			url: entryUrl(provider.id, errorAnchor(error.code)),
			error,
		}))
	);
}

/** The values the error index can be filtered by, as they occur in the rows. */
export function errorFilterOptions(rows: readonly ErrorIndexRow[]) {
	const providers = [...new Map(rows.map((row) => [row.providerId, row.providerName])).entries()].map(([id, name]) => ({ id, name }));
	const statuses = [...new Set(rows.map((row) => row.error.httpStatus).filter((status) => status !== undefined))].sort((a, b) => a - b);
	const retryClasses = (Object.keys(RETRY_CLASS_LABELS) as RetryClass[]).filter((retry) => rows.some((row) => row.error.retry === retry));
	return { providers, statuses, hasNoStatus: rows.some((row) => row.error.httpStatus === undefined), retryClasses };
}

/** The value a row carries for the HTTP status filter: the status, or `none`. */
export const statusFilterValue = (status: number | undefined) => (status === undefined ? 'none' : String(status));

/** What a row of the error index is filtered on (its `data-*` attributes). */
export interface ErrorRowKeys {
	provider: string;
	status: string;
	retry: string;
}

/** Whether a row passes the filters; an empty filter value lets every row through. */
export function matchesErrorFilters(row: ErrorRowKeys, filters: Partial<ErrorRowKeys>): boolean {
	return (Object.keys(row) as (keyof ErrorRowKeys)[]).every((key) => !filters[key] || filters[key] === row[key]);
}

/** One rate limit of one provider, with its figures formatted. */
export interface RateLimitRow extends ProviderRef {
	limit: RateLimit;
	amount: string;
	whenExceeded: string;
}

/** Every rate limit of every provider. */
export function rateLimitRows(providers: readonly ProviderFacts[]): RateLimitRow[] {
	return providers.flatMap((provider) =>
		provider.rateLimits.map((limit) => ({
			providerId: provider.id,
			providerName: provider.name,
			url: entryUrl(provider.id, rateLimitAnchor(limit.id)),
			limit,
			amount: formatLimit(limit),
			whenExceeded: formatThrottle(limit.throttle),
		}))
	);
}

/** How one provider signs its webhooks. */
export interface WebhookRow extends ProviderRef {
	header: string;
	algorithm: string;
	signedContent: string;
	rawBodyRequired: boolean;
	replayTolerance: string;
}

/** One row per provider that sends webhooks. */
export function webhookRows(providers: readonly ProviderFacts[]): WebhookRow[] {
	return providers.flatMap((provider) =>
		provider.webhooks
			? [
					{
						providerId: provider.id,
						providerName: provider.name,
						url: entryUrl(provider.id, 'webhooks'),
						header: provider.webhooks.signatureHeader,
						algorithm: describeVerification(provider.webhooks.verification),
						signedContent: provider.webhooks.signedContent,
						rawBodyRequired: provider.webhooks.rawBodyRequired,
						replayTolerance: formatSeconds(provider.webhooks.replayToleranceSeconds),
					},
				]
			: []
	);
}

/** Idempotency support of one provider. */
export interface IdempotencyRow extends ProviderRef {
	idempotency: Provider['idempotency'];
}

/** One row per provider (every provider documents idempotency). */
export function idempotencyRows(providers: readonly ProviderFacts[]): IdempotencyRow[] {
	return providers.map((provider) => ({
		providerId: provider.id,
		providerName: provider.name,
		url: entryUrl(provider.id, 'idempotency'),
		idempotency: provider.idempotency,
	}));
}

/** How one provider pages its lists. */
export interface PaginationRow extends ProviderRef {
	pagination: NonNullable<Provider['pagination']>;
}

/** One row per provider whose API has lists. */
export function paginationRows(providers: readonly ProviderFacts[]): PaginationRow[] {
	return providers.flatMap((provider) =>
		provider.pagination
			? [{ providerId: provider.id, providerName: provider.name, url: entryUrl(provider.id, 'pagination'), pagination: provider.pagination }]
			: []
	);
}
