/**
 * The checklist's state and its two encodings: share links (`?p=…&t=…`) and saved progress (JSON in
 * localStorage), both described in the header of src/scripts/checklist/store.ts, which uses these
 * functions in the browser. Decoding never throws: malformed parts are dropped, aliases map to current
 * ids, and every valid part is kept. A page knows only some ids (a one-provider page knows one
 * provider; /checklist/ knows a provider's items once it has loaded them), so saved progress keeps the
 * ids a page does not know aside (`unknown`) for the store to write back untouched.
 */

/** What a checklist shows: the chosen providers and the ticked items. */
export interface ChecklistState {
	providers: string[];
	ticked: string[];
}

/** The ids a decoder accepts: known providers, and item ids or aliases (mapped to current ids). */
export interface KnownIds {
	providers: ReadonlySet<string>;
	items: ReadonlyMap<string, string>;
}

/** localStorage key of the saved progress. */
export const STORAGE_KEY = 'api-patterns:checklist';
const STORAGE_VERSION = 1;

/** Known, current, de-duplicated ids from an untrusted list; anything else is dropped. */
function cleanIds(values: unknown, resolve: (id: string) => string | undefined): string[] {
	if (!Array.isArray(values)) return [];
	const ids = values.flatMap((value) => (typeof value === 'string' ? [resolve(value.trim())] : [])).filter((id) => id !== undefined);
	return [...new Set(ids)];
}

/** Keeps only known providers and known items, mapping aliases to current ids. */
export function sanitizeState(raw: { providers?: unknown; ticked?: unknown }, known: KnownIds): ChecklistState {
	return {
		providers: cleanIds(raw.providers, (id) => (known.providers.has(id) ? id : undefined)),
		ticked: cleanIds(raw.ticked, (id) => known.items.get(id)),
	};
}

/** The query string of a share link (without `?`); empty parts are left out. */
export function encodeShareQuery(state: ChecklistState): string {
	const params: string[] = [];
	if (state.providers.length > 0) params.push(`p=${state.providers.join(',')}`);
	if (state.ticked.length > 0) params.push(`t=${state.ticked.join(',')}`);
	return params.join('&');
}

/** The ids a share link named that this checklist does not know, as written (trimmed, de-duplicated). */
export interface DroppedIds {
	providers: string[];
	items: string[];
}

/** What a share link carries: the valid state, and what was left out of it. */
export interface SharedLink {
	state: ChecklistState;
	dropped: DroppedIds;
}

/** Whether a state holds nothing: no provider chosen, nothing ticked. */
export const isEmptyState = (state: ChecklistState) => state.providers.length === 0 && state.ticked.length === 0;

/**
 * What a share link carries, or `undefined` when the URL carries no share link (no `p` and no `t`).
 * A link whose state comes out empty (`?p=&t=`, only unknown ids) carries nothing to show.
 */
export function decodeShareQuery(search: string, known: KnownIds): SharedLink | undefined {
	let params: URLSearchParams;
	try {
		params = new URLSearchParams(search);
	} catch {
		return undefined;
	}
	if (!params.has('p') && !params.has('t')) return undefined;
	const list = (name: string) => [...new Set((params.get(name) ?? '').split(',').map((id) => id.trim()).filter(Boolean))];
	const providers = list('p');
	const items = list('t');
	return {
		state: sanitizeState({ providers, ticked: items }, known),
		dropped: {
			providers: providers.filter((id) => !known.providers.has(id)),
			items: items.filter((id) => !known.items.has(id)),
		},
	};
}

/** Saved progress as stored. */
export function serializeSavedState(state: ChecklistState): string {
	return JSON.stringify({ v: STORAGE_VERSION, providers: state.providers, ticked: state.ticked });
}

/** Saved progress read by a page: what it knows, and the ids it does not know, as written. */
export interface SavedProgress {
	state: ChecklistState;
	unknown: ChecklistState;
}

/** De-duplicated, trimmed, non-empty strings of an untrusted list. */
function stringsOf(values: unknown): string[] {
	if (!Array.isArray(values)) return [];
	return [...new Set(values.flatMap((value) => (typeof value === 'string' && value.trim() ? [value.trim()] : [])))];
}

/**
 * Saved progress from storage: known ids (aliases mapped) in `state`, other strings in `unknown`;
 * corrupt or foreign data yields what can be salvaged, else nothing.
 */
export function readSavedProgress(stored: string | null | undefined, known: KnownIds): SavedProgress {
	const nothing = { state: { providers: [], ticked: [] }, unknown: { providers: [], ticked: [] } };
	if (!stored) return nothing;
	let data: unknown;
	try {
		data = JSON.parse(stored);
	} catch {
		return nothing;
	}
	if (typeof data !== 'object' || data === null) return nothing;
	const raw = data as { providers?: unknown; ticked?: unknown };
	return {
		state: sanitizeState(raw, known),
		unknown: {
			providers: stringsOf(raw.providers).filter((id) => !known.providers.has(id)),
			ticked: stringsOf(raw.ticked).filter((id) => !known.items.has(id)),
		},
	};
}

/** Saved progress from storage, the known part only. */
export function parseSavedState(stored: string | null | undefined, known: KnownIds): ChecklistState {
	return readSavedProgress(stored, known).state;
}
