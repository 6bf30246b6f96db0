/**
 * Checklist generation: the generic template (content/checklist.yaml) plus items derived from each
 * provider's facts. Pure functions; pages render the result and the browser filters it.
 */
import type { ChecklistCondition, ChecklistPhaseId, ChecklistTemplate } from '../../schemas/checklist';
import type { Provider } from '../../schemas/provider';
import { patternAnchor, providerItemId, providerPath } from '../anchors';
import { asCode } from '../inlineMarkdown';

/** One item as the checklist pages render it. */
export interface ChecklistItem {
	/** Stable id: anchor, share-link and storage key. */
	id: string;
	/** Earlier ids that still resolve to this item. */
	aliases: string[];
	/** The phase it belongs to. */
	phase: ChecklistPhaseId;
	/** Title; may contain inline Markdown (code spans). */
	title: string;
	/** Why it matters (inline Markdown). */
	why: string;
	/** How to verify it (inline Markdown). */
	verify: string;
	/** For generated items, the provider it was derived from. */
	provider?: string;
	/**
	 * For template items with conditions, the ids of the providers that meet one; `undefined` when the
	 * item always applies.
	 */
	appliesTo?: string[];
	/** For generated items, the fact on the provider page it comes from. */
	source?: { href: string; label: string };
}

/** A phase with the items to show in it. */
export interface ChecklistPhase {
	id: ChecklistPhaseId;
	title: string;
	description: string;
	items: ChecklistItem[];
}

/** Which template conditions a provider's facts meet. */
export function providerConditions(provider: Provider): Set<ChecklistCondition> {
	const conditions = new Set<ChecklistCondition>();
	if (provider.webhooks) conditions.add('webhooks');
	if (provider.category === 'payments') conditions.add('payments');
	if (provider.pagination) conditions.add('pagination');
	if (provider.idempotency.supported) conditions.add('idempotency');
	if (provider.rateLimits.length > 0) conditions.add('rate-limits');
	return conditions;
}

/** Throttling statuses a provider documents, e.g. "HTTP 403 or 429", and the headers that say when to retry. */
function describeThrottling(provider: Provider): { statuses: string; headers: string[] } {
	const statuses = [...new Set(provider.rateLimits.flatMap((limit) => limit.throttle?.status ?? []))].sort();
	const headers = [...new Set(provider.rateLimits.flatMap((limit) => (limit.retry.header ? [limit.retry.header] : [])))];
	return { statuses: statuses.length > 0 ? `HTTP ${statuses.join(' or ')}` : 'throttling', headers };
}

/** The items a provider's facts imply, in phase order. */
export function generateProviderItems(provider: Provider): ChecklistItem[] {
	const page = providerPath(provider.id);
	const item = (what: string, phase: ChecklistPhaseId, fields: Omit<ChecklistItem, 'id' | 'aliases' | 'phase' | 'provider'>) => ({
		id: providerItemId(provider.id, what),
		aliases: [],
		phase,
		provider: provider.id,
		...fields,
	});
	const items: ChecklistItem[] = [];
	const { webhooks, idempotency, pagination } = provider;
	if (webhooks) {
		items.push(
			item('webhook-signature', 'security', {
				title: `Verify ${provider.name}'s \`${webhooks.signatureHeader}\` signature${webhooks.rawBodyRequired ? ' over the raw body' : ''}`,
				why: `Unverified ${provider.name} webhooks can be forged. Signed: ${webhooks.signedContent}.`,
				verify: `A delivery with a missing or altered \`${webhooks.signatureHeader}\` is rejected${webhooks.replayToleranceSeconds ? `, and one older than ${webhooks.replayToleranceSeconds} s is refused` : ''}.`,
				source: { href: `${page}#webhooks`, label: `${provider.name} webhooks` },
			})
		);
	}
	if (idempotency.supported && idempotency.header) {
		items.push(
			item('idempotency-key', 'implementation', {
				title: `Send ${asCode(idempotency.header)} on every ${provider.name} mutation`,
				why: `A retried mutation without a key can run twice.${idempotency.keyLifetime ? ` Keys are kept for ${idempotency.keyLifetime}.` : ''}`,
				verify: `Each create or update call sends a key derived from the operation (not a timestamp or random value per attempt), and retries reuse it.`,
				source: { href: `${page}#idempotency`, label: `${provider.name} idempotency` },
			})
		);
	}
	if (provider.rateLimits.length > 0) {
		const { statuses, headers } = describeThrottling(provider);
		items.push(
			item('backoff', 'implementation', {
				title: `Back off on ${provider.name}'s ${statuses} the way its docs say`,
				why: `${provider.name} documents ${provider.rateLimits.length} rate limit${provider.rateLimits.length === 1 ? '' : 's'}; a client that keeps sending stays throttled.`,
				verify:
					headers.length > 0
						? `The client waits as ${headers.map((header) => `\`${header}\``).join(' or ')} says before retrying, and backs off exponentially otherwise.`
						: `The client backs off exponentially with jitter; ${provider.name} sends no header saying when to retry.`,
				source: { href: `${page}#rate-limits`, label: `${provider.name} rate limits` },
			})
		);
	}
	if (pagination) {
		items.push(
			item('pagination', 'implementation', {
				title: `Read every page of ${provider.name} lists (${pagination.styles.join(', ')})`,
				why: `Lists stop at ${pagination.defaultPageSize ?? 'a default page size'} items unless you page${pagination.maxPageSize ? ` (at most ${pagination.maxPageSize} per page)` : ''}.`,
				verify: 'List calls follow the next-page signal until it ends; a test covers more than one page.',
				source: { href: `${page}#pagination`, label: `${provider.name} pagination` },
			})
		);
	}
	for (const pattern of provider.patterns.filter((pattern) => pattern.severity === 'must')) {
		items.push(
			item(`gotcha-${pattern.id}`, pattern.checklistPhase, {
				title: `${provider.name}: ${pattern.title}`,
				why: pattern.problem,
				verify: pattern.solution,
				source: { href: `${page}#${patternAnchor(pattern.id)}`, label: `${provider.name}: ${pattern.title}` },
			})
		);
	}
	return items;
}

/** The whole checklist: each phase's template items, then the items of every provider, in provider order. */
export function buildChecklist(template: ChecklistTemplate, providers: readonly Provider[]): ChecklistPhase[] {
	const conditionsOf = new Map(providers.map((provider) => [provider.id, providerConditions(provider)]));
	const generated = providers.flatMap(generateProviderItems);
	return template.map((phase) => ({
		id: phase.id,
		title: phase.title,
		description: phase.description,
		items: [
			...phase.items.map((templateItem) => ({
				id: templateItem.id,
				aliases: templateItem.aliases,
				phase: phase.id,
				title: templateItem.title,
				why: templateItem.why,
				verify: templateItem.verify,
				appliesTo:
					templateItem.appliesWhen.length === 0
						? undefined
						: providers
								.filter((provider) => templateItem.appliesWhen.some((condition) => conditionsOf.get(provider.id)!.has(condition)))
								.map((provider) => provider.id),
			})),
			...generated.filter((item) => item.phase === phase.id),
		],
	}));
}

/** Whether an item shows when `chosen` providers are selected (none chosen: the generic list). */
export function isItemVisible(item: Pick<ChecklistItem, 'provider' | 'appliesTo'>, chosen: readonly string[]): boolean {
	if (item.provider) return chosen.includes(item.provider);
	if (chosen.length === 0 || !item.appliesTo) return true;
	return item.appliesTo.some((id) => chosen.includes(id));
}

/** The checklist restricted to what applies to `chosen`. */
export function filterChecklist(phases: readonly ChecklistPhase[], chosen: readonly string[]): ChecklistPhase[] {
	return phases.map((phase) => ({ ...phase, items: phase.items.filter((item) => isItemVisible(item, chosen)) }));
}

/** Every id and alias mapped to its current item id; throws when two items claim the same id. */
export function buildIdIndex(phases: readonly ChecklistPhase[]): Map<string, string> {
	const index = new Map<string, string>();
	for (const item of phases.flatMap((phase) => phase.items)) {
		for (const id of [item.id, ...item.aliases]) {
			const other = index.get(id);
			if (other !== undefined) throw new Error(`Checklist item id "${id}" is used by both "${other}" and "${item.id}"`);
			index.set(id, item.id);
		}
	}
	return index;
}
