/**
 * Checklist generation: the generic template (content/checklist.yaml) plus items derived from each
 * provider's facts. Pure functions; pages render the result and the browser filters it.
 */
import type { ChecklistCondition, ChecklistPhaseId, ChecklistTemplate } from '../../schemas/checklist';
import type { FactItem, Pattern } from '../../schemas/pattern';
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
	/** How to do it (inline Markdown): set when a `must` pattern was merged into a fact item. */
	how?: string;
	/** For generated items, the fact on the provider page it comes from. */
	source?: { href: string; label: string };
	/** For a fact item with a `must` pattern merged into it, that pattern's entry. */
	related?: { href: string; label: string };
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

/** Text ending with a full stop, unless it already ends with one (or another final mark). */
const endSentence = (text: string) => (/[.!?]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);

/** An item generated from one fact, before a `must` pattern with the same task is merged into it. */
interface FactItemDraft extends Omit<ChecklistItem, 'id' | 'aliases' | 'provider' | 'why'> {
	/** Which fact item it is: the second half of its id. */
	what: FactItem;
	/** What goes wrong without it, in general terms; a merged pattern's `problem` replaces it. */
	risk?: string;
	/** What the provider's facts add (kept when a pattern is merged in). */
	facts?: string;
}

/** The items a provider's facts generate, before merging: webhook signature, idempotency key, backoff, pagination. */
function factItemDrafts(provider: Provider): FactItemDraft[] {
	const page = providerPath(provider.id);
	const drafts: FactItemDraft[] = [];
	const { webhooks, idempotency, pagination } = provider;
	if (webhooks) {
		drafts.push({
			what: 'webhook-signature',
			phase: 'security',
			title: `Verify ${provider.name}'s \`${webhooks.signatureHeader}\` signature${webhooks.rawBodyRequired ? ' over the raw body' : ''}`,
			risk: `Unverified ${provider.name} webhooks can be forged.`,
			facts: `Signed: ${endSentence(webhooks.signedContent)}`,
			verify: `A delivery with a missing or altered \`${webhooks.signatureHeader}\` is rejected${webhooks.replayToleranceSeconds ? `, and one older than ${webhooks.replayToleranceSeconds} s is refused` : ''}.`,
			source: { href: `${page}#webhooks`, label: `${provider.name} webhooks` },
		});
	}
	if (idempotency.supported && idempotency.header) {
		drafts.push({
			what: 'idempotency-key',
			phase: 'implementation',
			title: `Send ${asCode(idempotency.header)} on every ${provider.name} mutation`,
			risk: 'A retried mutation without a key can run twice.',
			...(idempotency.keyLifetime ? { facts: `Keys are kept for ${idempotency.keyLifetime}.` } : {}),
			verify: `Each create or update call sends a key derived from the operation (not a timestamp or random value per attempt), and retries reuse it.`,
			source: { href: `${page}#idempotency`, label: `${provider.name} idempotency` },
		});
	}
	if (provider.rateLimits.length > 0) {
		const { statuses, headers } = describeThrottling(provider);
		drafts.push({
			what: 'backoff',
			phase: 'implementation',
			title: `Back off on ${provider.name}'s ${statuses} the way its docs say`,
			risk: `${provider.name} documents ${provider.rateLimits.length} rate limit${provider.rateLimits.length === 1 ? '' : 's'}; a client that keeps sending stays throttled.`,
			verify:
				headers.length > 0
					? `The client waits as ${headers.map((header) => `\`${header}\``).join(' or ')} says before retrying, and backs off exponentially otherwise.`
					: `The client backs off exponentially with jitter; ${provider.name} sends no header saying when to retry.`,
			source: { href: `${page}#rate-limits`, label: `${provider.name} rate limits` },
		});
	}
	if (pagination) {
		drafts.push({
			what: 'pagination',
			phase: 'implementation',
			title: `Read every page of ${provider.name} lists (${pagination.styles.join(', ')})`,
			facts: `Lists stop at ${pagination.defaultPageSize ?? 'a default page size'} items unless you page${pagination.maxPageSize ? ` (at most ${pagination.maxPageSize} per page)` : ''}.`,
			verify: 'List calls follow the next-page signal until it ends; a test covers more than one page.',
			source: { href: `${page}#pagination`, label: `${provider.name} pagination` },
		});
	}
	return drafts;
}

/**
 * The items a provider's facts imply, in phase order: one per fact (webhook signature, idempotency
 * key, backoff, pagination) and one per `must` pattern. A pattern whose `sameTaskAs` names a fact
 * item is merged into it rather than listed twice: the item keeps the fact item's id, phase, title,
 * check and source, takes the pattern's problem (plus the facts) as its reason and the pattern's
 * solution as how to do it, links the pattern too, and lists the pattern's own id as an alias.
 */
export function generateProviderItems(provider: Provider): ChecklistItem[] {
	const page = providerPath(provider.id);
	const must = provider.patterns.filter((pattern) => pattern.severity === 'must');
	const patternItemId = (pattern: Pattern) => providerItemId(provider.id, `gotcha-${pattern.id}`);
	const patternLink = (pattern: Pattern) => ({ href: `${page}#${patternAnchor(pattern.id)}`, label: `${provider.name}: ${pattern.title}` });
	const drafts = factItemDrafts(provider);
	const merged = new Set<Pattern>();
	const items: ChecklistItem[] = drafts.map(({ what, risk, facts, ...fields }) => {
		const item: ChecklistItem = { id: providerItemId(provider.id, what), aliases: [], provider: provider.id, ...fields, why: [risk, facts].filter(Boolean).join(' ') };
		const pattern = must.find((candidate) => candidate.sameTaskAs === what);
		if (!pattern) return item;
		merged.add(pattern);
		return { ...item, aliases: [patternItemId(pattern)], why: [pattern.problem, facts].filter(Boolean).join(' '), how: pattern.solution, related: patternLink(pattern) };
	});
	for (const pattern of must.filter((pattern) => !merged.has(pattern))) {
		items.push({
			id: patternItemId(pattern),
			aliases: [],
			phase: pattern.checklistPhase,
			provider: provider.id,
			title: `${provider.name}: ${pattern.title}`,
			why: pattern.problem,
			verify: pattern.solution,
			source: patternLink(pattern),
		});
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

/**
 * One provider's checklist (its page `/checklist/<id>/`): what applies to it, with each conditional item's
 * `appliesTo` narrowed to that provider. The page's provider is fixed, so the other ids would never be read;
 * listing them would make every one-provider page grow with the number of providers.
 */
export function providerChecklist(phases: readonly ChecklistPhase[], providerId: string): ChecklistPhase[] {
	return byProviderIndex(phases).map(({ phase, shared, byProvider }) => ({
		...phase,
		items: [
			...shared.filter((item) => isItemVisible(item, [providerId])).map((item) => (item.appliesTo ? { ...item, appliesTo: [providerId] } : item)),
			...(byProvider.get(providerId) ?? []),
		],
	}));
}

/** Each phase's items split into those of no provider and each provider's own, built once per checklist. */
interface PhaseIndex {
	phase: ChecklistPhase;
	shared: ChecklistItem[];
	byProvider: Map<string, ChecklistItem[]>;
}

const phaseIndexes = new WeakMap<readonly ChecklistPhase[], PhaseIndex[]>();

/**
 * The index `providerChecklist` reads, so that each one-provider page takes its items without going through
 * every provider's. `buildChecklist` puts a phase's generated items after its template items, so the template
 * items followed by one provider's keep the phase's order.
 */
function byProviderIndex(phases: readonly ChecklistPhase[]): PhaseIndex[] {
	let index = phaseIndexes.get(phases);
	if (!index) {
		index = phases.map((phase) => {
			const byProvider = new Map<string, ChecklistItem[]>();
			const shared: ChecklistItem[] = [];
			for (const item of phase.items) {
				if (!item.provider) shared.push(item);
				else if (byProvider.has(item.provider)) byProvider.get(item.provider)!.push(item);
				else byProvider.set(item.provider, [item]);
			}
			return { phase, shared, byProvider };
		});
		phaseIndexes.set(phases, index);
	}
	return index;
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
