/**
 * The checklist's state in the browser: which providers are chosen and which items are ticked, where
 * that is kept, and which items show. Modelled on withastro/docs' tutorial ProgressStore; the two
 * formats below are read and written by the pure functions of src/lib/checklist/state.ts
 * (unit-tested), which drop unknown, removed or malformed parts, map aliases to current ids and keep
 * every valid part.
 *
 * Saved progress: localStorage, key `api-patterns:checklist`, JSON
 *     {"v":1,"providers":["stripe","github"],"ticked":["credentials-in-env","stripe-backoff"]}
 *   One record for the whole site. Ticks are kept per item id, so an item ticked on /checklist/stripe/ is
 *   ticked on /checklist/ too; a one-provider page leaves `providers` as /checklist/ chose them. Where
 *   the browser refuses storage (or has none) the checklist works for the visit and saving reports `false`.
 *
 * Shared view: the query string of the page URL, compact and ids only
 *     /checklist/?p=stripe,github&t=credentials-in-env,stripe-backoff
 *   p = chosen provider ids (never on a one-provider page), t = ticked ids among the items shown; both
 *   comma-separated, either may be absent. A URL with `p` or `t` opens a shared view: its state lives in
 *   the address bar (updated with history.replaceState) and never touches the saved progress until the
 *   reader keeps it (`keepShared`) or goes back to their own (`showSaved`). Ids the page does not know
 *   are left out and listed in `link.dropped`; a link with nothing valid left (`?p=&t=`, `?p=<script>`)
 *   opens the reader's own checklist instead, with `link.ignored` set and the query removed.
 */
import { isItemVisible } from '../../lib/checklist/items';
import {
	STORAGE_KEY,
	decodeShareQuery,
	encodeShareQuery,
	isEmptyState,
	parseSavedState,
	serializeSavedState,
	type ChecklistState,
	type DroppedIds,
	type KnownIds,
} from '../../lib/checklist/state';

/** What the store knows of an item: its id, and the provider or providers it belongs to. */
export interface StoreItem {
	id: string;
	/** Set on an item generated from one provider's facts. */
	provider?: string | undefined;
	/** Set on a template item that applies only to providers with certain facts. */
	appliesTo?: string[] | undefined;
}

/** localStorage, or undefined where the browser refuses it (private modes, sandboxed frames). */
function getStorage(): Storage | undefined {
	try {
		const storage = window.localStorage;
		storage.getItem(STORAGE_KEY);
		return storage;
	} catch {
		return undefined;
	}
}

/** What became of the share link in the URL, when there was one. */
export interface LinkReport {
	/** The link carried nothing valid, so the reader's own checklist shows. */
	ignored: boolean;
	/** Ids it named that this page does not know. */
	dropped: DroppedIds;
}

export class ChecklistStore {
	readonly #items: readonly StoreItem[];
	readonly #known: KnownIds;
	readonly #fixed: string | undefined;
	readonly #storage = getStorage();
	#state: ChecklistState;
	#shared: boolean;
	/** The ticks the last reset cleared, until it is undone or the state changes otherwise. */
	#clearedByReset: string[] = [];
	/** What became of the URL's share link; `undefined` when the URL had none. */
	readonly link: LinkReport | undefined;

	/**
	 * @param items every item on the page
	 * @param known the provider ids and item ids (and aliases) a saved or shared state may name
	 * @param fixedProvider on a one-provider page, that provider: always chosen
	 */
	constructor(items: readonly StoreItem[], known: KnownIds, fixedProvider: string | undefined) {
		this.#items = items;
		this.#known = known;
		this.#fixed = fixedProvider;
		const link = decodeShareQuery(location.search, known);
		const ignored = link !== undefined && isEmptyState(link.state);
		this.link = link && { ignored, dropped: link.dropped };
		this.#shared = link !== undefined && !ignored;
		this.#state = this.#shared ? link!.state : this.#loadSaved();
		if (ignored) history.replaceState(null, '', location.pathname + location.hash);
	}

	/** Whether the page shows a shared view rather than the reader's saved progress. */
	get shared(): boolean {
		return this.#shared;
	}

	/** Providers whose items show: the fixed one, or the chosen ones. */
	get chosen(): string[] {
		return this.#fixed ? [this.#fixed] : this.#state.providers;
	}

	/** Whether an item is ticked. */
	isTicked(id: string): boolean {
		return this.#state.ticked.includes(id);
	}

	/** Whether an item shows for the chosen providers. */
	isVisible(item: StoreItem): boolean {
		return isItemVisible(item, this.chosen);
	}

	/** The ids of the items that show. */
	visibleIds(): Set<string> {
		return new Set(this.#items.filter((item) => this.isVisible(item)).map((item) => item.id));
	}

	/** The URL that reproduces this view: chosen providers and the ticks of the items that show. */
	shareUrl(): string {
		const visible = this.visibleIds();
		const query = encodeShareQuery({
			providers: this.#fixed ? [] : this.#state.providers,
			ticked: this.#state.ticked.filter((id) => visible.has(id)),
		});
		return `${location.origin}${location.pathname}${query ? `?${query}` : ''}`;
	}

	/** Ticks or unticks an item. Returns false when the progress could not be saved. */
	tick(id: string, ticked: boolean): boolean {
		this.#clearedByReset = [];
		const ids = new Set(this.#state.ticked);
		if (ticked) ids.add(id);
		else ids.delete(id);
		this.#state = { ...this.#state, ticked: [...ids] };
		return this.#persist();
	}

	/** Sets the chosen providers. Returns false when the progress could not be saved. */
	choose(providers: string[]): boolean {
		this.#clearedByReset = [];
		this.#state = { ...this.#state, providers };
		return this.#persist();
	}

	/** Clears the ticks of the items that show. Returns false when the progress could not be saved. */
	resetVisible(): boolean {
		const visible = this.visibleIds();
		this.#clearedByReset = this.#state.ticked.filter((id) => visible.has(id));
		this.#state = { ...this.#state, ticked: this.#state.ticked.filter((id) => !visible.has(id)) };
		return this.#persist();
	}

	/** Whether the last change was a reset that cleared ticks, which `undoReset` can bring back. */
	get canUndoReset(): boolean {
		return this.#clearedByReset.length > 0;
	}

	/** Ticks again what the last reset cleared. Returns false when the progress could not be saved. */
	undoReset(): boolean {
		this.#state = { ...this.#state, ticked: [...new Set([...this.#state.ticked, ...this.#clearedByReset])] };
		this.#clearedByReset = [];
		return this.#persist();
	}

	/** Ends a shared view by saving it as the reader's own progress. Returns false when it could not be saved. */
	keepShared(): boolean {
		this.#clearedByReset = [];
		this.#leaveSharedView();
		return this.#persist();
	}

	/** Ends a shared view by going back to the reader's saved progress. */
	showSaved(): void {
		this.#clearedByReset = [];
		this.#leaveSharedView();
		this.#state = this.#loadSaved();
	}

	#leaveSharedView() {
		this.#shared = false;
		history.replaceState(null, '', location.pathname + location.hash);
	}

	/** The saved progress, or an empty state. */
	#loadSaved(): ChecklistState {
		return parseSavedState(this.#storage?.getItem(STORAGE_KEY), this.#known);
	}

	/** Keeps the state: in storage for one's own progress, in the address bar for a shared view. */
	#persist(): boolean {
		if (this.#shared) {
			history.replaceState(null, '', this.shareUrl().slice(location.origin.length) + location.hash);
			return true;
		}
		if (!this.#storage) return false;
		try {
			// A one-provider page keeps the providers chosen on /checklist/.
			const providers = this.#fixed ? this.#loadSaved().providers : this.#state.providers;
			this.#storage.setItem(STORAGE_KEY, serializeSavedState({ providers, ticked: this.#state.ticked }));
			return true;
		} catch {
			return false;
		}
	}
}
