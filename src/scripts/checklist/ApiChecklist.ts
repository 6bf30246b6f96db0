/**
 * `<api-checklist>` (src/components/ChecklistView.astro): connects the page's checklist to its store.
 * The page is complete without it; with it, the provider chooser, ticks, progress, toolbar and shared
 * view work, and on /checklist/ each chosen provider's items are fetched from its own checklist page
 * (./providerItems.ts). The hooks it reads are `data-*` attributes of the component and of
 * ChecklistItem.astro.
 */
import { Notices } from './notices';
import { renderPrintHeader, stampPrintDateBeforePrint } from './printHeader';
import { ProviderItemLoader } from './providerItems';
import { renderProgress } from './progress';
import { connectSharedBanner } from './sharedBanner';
import { ChecklistStore, type StoreItem } from './store';
import { visibleChecklistMarkdown } from './taskList';
import { Toolbar } from './toolbar';

/** What the store needs of an item element. */
const storeItemOf = (item: HTMLElement): StoreItem => ({
	id: item.id,
	provider: item.dataset.provider,
	appliesTo: item.dataset.appliesTo?.split(' '),
});

/** Each item's id and aliases (its `.alias-anchor` ids), mapped to its id. */
const idsOf = (items: readonly HTMLElement[]) =>
	new Map(items.flatMap((item) => [item.id, ...[...item.querySelectorAll('.alias-anchor')].map((alias) => alias.id)].map((id) => [id, item.id])));

class ApiChecklist extends HTMLElement {
	#items = [...this.querySelectorAll<HTMLLIElement>('[data-checklist-item]')];
	#chooser = [...this.querySelectorAll<HTMLInputElement>('[data-provider-chooser] input')];
	#fixed = this.dataset.fixedProvider;
	#store = new ChecklistStore(
		this.#items.map(storeItemOf),
		{ providers: new Set(this.#fixed ? [this.#fixed] : this.#chooser.map((input) => input.value)), items: idsOf(this.#items) },
		this.#fixed
	);
	#loader = new ProviderItemLoader(this, this.#chooser.map((input) => input.value));
	#toolbar = new Toolbar(this.querySelector<HTMLElement>('[data-toolbar]')!, {
		shareUrl: () => this.#store.shareUrl(),
		markdown: () => this.#markdown(),
		reset: () => {
			this.#saved(this.#store.resetVisible());
			this.#render();
			this.#toolbar.announce('Checklist reset.');
		},
		undoReset: () => {
			this.#saved(this.#store.undoReset());
			this.#render();
			this.#toolbar.announce('Reset undone.');
		},
	});
	#notices = new Notices(this.querySelector<HTMLElement>('[data-notices]')!);
	#showBanner = connectSharedBanner(this.querySelector<HTMLElement>('[data-shared-banner]')!, {
		keep: () => this.#leaveSharedView(true),
		showSaved: () => this.#leaveSharedView(false),
	});

	connectedCallback() {
		this.addEventListener('change', (event) => this.#onChange(event));
		stampPrintDateBeforePrint(this);
		this.#render();
		void this.#loadChosen().then(() => this.#notices.reportLink(this.#store.settleLink()));
	}

	/** Fetches the items of the chosen providers that are not on the page yet, and shows them. */
	async #loadChosen() {
		if (this.#fixed) return;
		await Promise.all(
			this.#store.chosen.map(async (provider) => {
				try {
					const items = await this.#loader.load(provider);
					if (items.some((item) => !this.#items.includes(item))) {
						this.#items.push(...items);
						this.#store.addItems(items.map(storeItemOf), idsOf(items));
					}
				} catch {
					this.#notices.reportUnloaded(provider, this.#nameOf(provider));
				}
			})
		);
		this.#render();
	}

	/** Applies the state to the page: visibility, ticks, chooser, banner, progress, print header. */
	#render() {
		const chosen = this.#store.chosen;
		for (const item of this.#items) {
			item.hidden = !this.#store.isVisible(storeItemOf(item));
			item.querySelector<HTMLInputElement>('[data-item-checkbox]')!.checked = this.#store.isTicked(item.id);
		}
		for (const input of this.#chooser) input.checked = chosen.includes(input.value);
		this.#showBanner(this.#store.shared);
		this.#toolbar.offerUndo(this.#store.canUndoReset);
		renderProgress(this, this.#items.filter((item) => !item.hidden));
		const names = this.#chooser.filter((input) => input.checked).map((input) => this.#nameOf(input.value));
		renderPrintHeader(this, { names: this.#fixed ? undefined : names, shareUrl: this.#store.shareUrl() });
	}

	/** A chooser provider's display name. */
	#nameOf(provider: string): string {
		return this.#chooser.find((input) => input.value === provider)?.parentElement!.textContent!.trim() ?? provider;
	}

	/** Ticking an item or choosing a provider. */
	#onChange(event: Event) {
		const input = event.target as HTMLInputElement;
		if (input.matches('[data-item-checkbox]')) {
			this.#saved(this.#store.tick(input.closest<HTMLElement>('[data-checklist-item]')!.id, input.checked));
		} else if (input.name === 'provider') {
			this.#saved(this.#store.choose(this.#chooser.filter((box) => box.checked).map((box) => box.value)));
			void this.#loadChosen();
		} else return;
		this.#render();
	}

	/** Ends a shared view, either keeping it as one's own progress or returning to the saved one. */
	#leaveSharedView(keep: boolean) {
		if (keep) this.#saved(this.#store.keepShared());
		else this.#store.showSaved();
		this.#render();
		void this.#loadChosen();
		this.#toolbar.announce(keep ? 'This checklist is now your saved progress.' : 'Showing your saved checklist.');
	}

	/** Says so (once) when the progress could not be saved. */
	#saved(ok: boolean) {
		if (!ok) this.#notices.reportUnsaved();
	}

	/** The checklist that shows, as a GitHub task list. */
	#markdown(): string {
		const title = `Integration checklist${this.#store.chosen.length ? `: ${this.querySelector('[data-chosen-names]')!.textContent}` : ''}`;
		return visibleChecklistMarkdown(this, title, this.#store.shareUrl());
	}
}

customElements.define('api-checklist', ApiChecklist);
