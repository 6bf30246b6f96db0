/**
 * Builds the files of the JSON API from validated provider facts and the built checklist. Pure: the
 * endpoints in src/pages/api/v1/ pass what src/content.ts returns; the tests pass files read from disk.
 */
import type { Provenance } from '../../schemas/common';
import type { Provider } from '../../schemas/provider';
import {
	checklistPath,
	entryUrl,
	errorAnchor,
	errorPermalink,
	patternAnchor,
	patternPermalink,
	providerPath,
	rateLimitAnchor,
	rateLimitPermalink,
} from '../anchors';
import type { ChecklistItem, ChecklistPhase } from '../checklist/items';
import { formatDay, verifiedOn } from '../providers/facts';
import type {
	ApiChecklistFile,
	ApiChecklistItem,
	ApiErrorsFile,
	ApiProviderFile,
	ApiProvidersFile,
	ApiRateLimitsFile,
} from './apiSchemas';
import { API_PATHS, markdownTwinPath, schemaUrl } from './paths';

/** A fact's provenance as published: `verified` filled in from the provider, days as `YYYY-MM-DD`. */
function provenance(fact: Provenance, provider: Pick<Provider, 'lastVerified'>) {
	return {
		source: fact.source,
		verified: formatDay(verifiedOn(fact, provider)),
		...(fact.unverified === undefined ? {} : { unverified: fact.unverified }),
	};
}

/** Every fact of one provider, each entry with its provenance and its URLs: `/api/v1/providers/<id>.json`. */
export function buildProviderFile(provider: Provider): ApiProviderFile {
	const { id } = provider;
	const section = (anchor: string) => ({ url: entryUrl(id, anchor) });
	return {
		$schema: schemaUrl('provider'),
		...provider,
		lastVerified: formatDay(provider.lastVerified),
		rateLimits: provider.rateLimits.map((limit) => ({
			...limit,
			...provenance(limit, provider),
			url: entryUrl(id, rateLimitAnchor(limit.id)),
			permalink: rateLimitPermalink(id, limit.id),
		})),
		errors: provider.errors.map((error) => ({
			...error,
			...provenance(error, provider),
			url: entryUrl(id, errorAnchor(error.code)),
			permalink: errorPermalink(id, error.code),
		})),
		patterns: provider.patterns.map((pattern) => ({
			...pattern,
			...provenance(pattern, provider),
			url: entryUrl(id, patternAnchor(pattern.id)),
			permalink: patternPermalink(id, pattern.id),
		})),
		access: provider.access && { ...provider.access, ...provenance(provider.access, provider), ...section('access') },
		versioning: provider.versioning && { ...provider.versioning, ...provenance(provider.versioning, provider), ...section('versioning') },
		webhooks: provider.webhooks && { ...provider.webhooks, ...provenance(provider.webhooks, provider), ...section('webhooks') },
		pagination: provider.pagination && { ...provider.pagination, ...provenance(provider.pagination, provider), ...section('pagination') },
		idempotency: { ...provider.idempotency, ...provenance(provider.idempotency, provider), ...section('idempotency') },
		url: providerPath(id),
		markdownUrl: markdownTwinPath(providerPath(id)),
		checklistUrl: checklistPath(id),
	};
}

/** Every provider in the given order (the site's: by name), with its URLs: `/api/v1/providers.json`. */
export function buildProvidersFile(providers: readonly Provider[]): ApiProvidersFile {
	return {
		$schema: schemaUrl('providers'),
		providers: providers.map((provider) => ({
			id: provider.id,
			name: provider.name,
			category: provider.category,
			summary: provider.summary,
			docsUrl: provider.docsUrl,
			lastVerified: formatDay(provider.lastVerified),
			counts: { rateLimits: provider.rateLimits.length, errors: provider.errors.length, patterns: provider.patterns.length },
			url: providerPath(provider.id),
			markdownUrl: markdownTwinPath(providerPath(provider.id)),
			jsonUrl: API_PATHS.provider(provider.id),
		})),
	};
}

/** Every error code of every provider, providers in the given order: `/api/v1/errors.json`. */
export function buildErrorsFile(providers: readonly Provider[]): ApiErrorsFile {
	return {
		$schema: schemaUrl('errors'),
		errors: providers.flatMap((provider) =>
			buildProviderFile(provider).errors.map((error) => ({ provider: provider.id, providerName: provider.name, ...error }))
		),
	};
}

/** Every rate limit of every provider: `/api/v1/rate-limits.json`. */
export function buildRateLimitsFile(providers: readonly Provider[]): ApiRateLimitsFile {
	return {
		$schema: schemaUrl('rate-limits'),
		rateLimits: providers.flatMap((provider) =>
			buildProviderFile(provider).rateLimits.map((limit) => ({ provider: provider.id, providerName: provider.name, ...limit }))
		),
	};
}

/** One checklist item as published. */
function checklistItem(item: ChecklistItem): ApiChecklistItem {
	return {
		id: item.id,
		aliases: item.aliases,
		phase: item.phase,
		kind: item.provider ? 'generated' : 'template',
		title: item.title,
		why: item.why,
		verify: item.verify,
		...(item.provider === undefined ? {} : { provider: item.provider }),
		...(item.appliesTo === undefined ? {} : { appliesTo: item.appliesTo }),
		...(item.source === undefined ? {} : { source: { url: item.source.href, label: item.source.label } }),
		url: `${checklistPath(item.provider)}#${item.id}`,
	};
}

/** The whole checklist, template and generated items: `/api/v1/checklist.json`. */
export function buildChecklistFile(phases: readonly ChecklistPhase[]): ApiChecklistFile {
	return {
		$schema: schemaUrl('checklist'),
		phases: phases.map((phase) => ({
			id: phase.id,
			title: phase.title,
			description: phase.description,
			items: phase.items.map(checklistItem),
		})),
	};
}

/** A file of the API as the endpoints serve it: indented JSON with a final newline. */
export function jsonResponse(data: unknown): Response {
	return new Response(`${JSON.stringify(data, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
