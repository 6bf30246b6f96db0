/**
 * The checklist's state in the browser: which providers are chosen and which items are ticked, where
 * that is kept, and which items show. Modelled on withastro/docs' tutorial ProgressStore; the two
 * formats below are read and written by the pure functions of src/lib/checklist/state.ts
 * (unit-tested), which drop malformed parts, map aliases to current ids and keep every valid part.
 *
 * Saved progress: localStorage, key `api-patterns:checklist`, JSON
 *     {"v":1,"providers":["stripe","github"],"ticked":["credentials-in-env","stripe-backoff"]}
 *   One record for the whole site. Ticks are kept per item id, so an item ticked on /checklist/stripe/ is
 *   ticked on /checklist/ too; a one-provider page leaves `providers` as /checklist/ chose them. A page
 *   knows only some items (/checklist/ loads a provider's items when it is chosen, `addItems`): ids it
 *   does not know yet are kept as they are, written back with every save, and take effect once their
 *   items arrive. Where the browser refuses storage (or has none) the checklist works for the visit and
 *   saving reports `false`.
 *
 * Shared view: the query string of the page URL, compact and ids only
 *     /checklist/?p=stripe,github&t=credentials-in-env,stripe-backoff
 *   p = chosen provider ids (never on a one-provider page), t = ticked ids among the items shown; both
 *   comma-separated, either may be absent. A URL with `p` or `t` opens a shared view: its state lives in
 *   the address bar (updated with history.replaceState) and never touches the saved progress until the
 *   reader keeps it (`keepShared`) or goes back to their own (`showSaved`). Ids the page does not know
 *   once the chosen providers' items are in (`settleLink`) are left out and reported; a link with nothing
 *   valid (`?p=&t=`, `?p=<script>`) opens the reader's own checklist instead, with the query removed.
 */
import { isItemVisible } from '../../lib/checklist/items';
import {
	STORAGE_KEY,
	decodeShareQuery,
	encodeShareQuery,
	isEmptyState,
	readSavedProgress,
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

/** What became of the share link in the URL. */
export interface LinkReport {
	/** The link carried nothing valid, so the reader's own checklist shows. */
	ignored: boolean;
	/** Ids it named that this page does not know. */
	dropped: DroppedIds;
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

const union = (...lists: string[][]) => [...new Set(lists.flat())];

export class ChecklistStore {
	readonly #items: StoreItem[];
	readonly #providers: ReadonlySet<string>;
	/** Every item id and alias on the page, mapped to its current id; grows as items are added. */
	readonly #itemIds: Map<string, string>;
	readonly #fixed: string | undefined;
	readonly #storage = getStorage();
	#state: ChecklistState;
	/** Tick ids not (yet) on the page: kept as written, and resolved when their items are added. */
	#pending: string[];
	/** Saved provider ids this page does not offer (a one-provider page offers one): written back as they are. */
	#otherProviders: string[];
	#shared: boolean;
	/** The URL's share link, until `settleLink` reports on it; `undefined` when there was none. */
	#link: { ignored: boolean; dropped: DroppedIds } | undefined;
	/** The ticks the last reset cleared, until it is undone or the state changes otherwise. */
	#clearedByReset: string[] = [];

	/**
	 * @param items every item on the page
	 * @param known the provider ids a saved or shared state may name, and the item ids (and aliases) on the page
	 * @param fixedProvider on a one-provider page, that provider: always chosen
	 */
	constructor(items: readonly StoreItem[], known: KnownIds, fixedProvider: string | undefined) {
		this.#items = [...items];
		this.#providers = known.providers;
		this.#itemIds = new Map(known.items);
		this.#fixed = fixedProvider;
		const link = decodeShareQuery(location.search, this.#known());
		const ignored = link !== undefined && isEmptyState(link.state);
		this.#shared = link !== undefined && !ignored;
		this.#link = link && { ignored, dropped: link.dropped };
		if (this.#shared) {
			this.#state = link!.state;
			this.#pending = link!.dropped.items;
			this.#otherProviders = [];
		} else {
			if (ignored) history.replaceState(null, '', location.pathname + location.hash);
			({ state: this.#state, pending: this.#pending, otherProviders: this.#otherProviders } = this.#loadSaved());
		}
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

	/**
	 * Adds items that arrived on the page (with their ids and aliases); pending ticks they resolve take
	 * effect. Changes nothing that is stored.
	 */
	addItems(items: readonly StoreItem[], ids: ReadonlyMap<string, string>) {
		this.#items.push(...items);
		for (const [id, current] of ids) this.#itemIds.set(id, current);
		const resolved = this.#pending.flatMap((id) => this.#itemIds.get(id) ?? []);
		if (resolved.length === 0) return;
		this.#pending = this.#pending.filter((id) => !this.#itemIds.has(id));
		this.#state = { ...this.#state, ticked: union(this.#state.ticked, resolved) };
	}

	/**
	 * Once the chosen providers' items are on the page: what became of the URL's share link (once;
	 * `undefined` when there was none). Tick ids a shared view still cannot place are dropped.
	 */
	settleLink(): LinkReport | undefined {
		const link = this.#link;
		if (!link) return undefined;
		this.#link = undefined;
		if (link.ignored) return link;
		// A shared view's tick ids that its providers' items did not resolve name nothing on this page.
		const droppedItems = this.#shared ? this.#pending : [];
		if (this.#shared) this.#pending = [];
		return { ignored: false, dropped: { providers: link.dropped.providers, items: droppedItems } };
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
		this.#state = { ...this.#state, ticked: union(this.#state.ticked, this.#clearedByReset) };
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
		({ state: this.#state, pending: this.#pending, otherProviders: this.#otherProviders } = this.#loadSaved());
	}

	#leaveSharedView() {
		this.#shared = false;
		history.replaceState(null, '', location.pathname + location.hash);
	}

	#known(): KnownIds {
		return { providers: this.#providers, items: this.#itemIds };
	}

	/** The saved progress (or an empty one), with the ids this page does not know kept aside. */
	#loadSaved() {
		const { state, unknown } = readSavedProgress(this.#storage?.getItem(STORAGE_KEY), this.#known());
		return { state, pending: unknown.ticked, otherProviders: unknown.providers };
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
			const saved = this.#fixed ? this.#loadSaved() : undefined;
			const providers = saved ? union(saved.state.providers, saved.otherProviders) : union(this.#state.providers, this.#otherProviders);
			const ticked = union(this.#state.ticked, this.#pending);
			this.#storage.setItem(STORAGE_KEY, serializeSavedState({ providers, ticked }));
			return true;
		} catch {
			return false;
		}
	}
}
