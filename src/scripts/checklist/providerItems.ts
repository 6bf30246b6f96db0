/**
 * /checklist/ ships only the generic items; a provider's items are fetched when it is chosen, from its
 * own checklist page (/checklist/<id>/, the same ChecklistItem markup), and inserted into this page's
 * phases in provider order. So the page stays the same size however many providers there are, and
 * the items keep their ids, anchors, print styles and Markdown.
 */
import { checklistPath } from '../../lib/anchors';

export class ProviderItemLoader {
	readonly #root: HTMLElement;
	/** Provider ids in the order their items appear (the chooser's order). */
	readonly #order: readonly string[];
	readonly #loads = new Map<string, Promise<HTMLLIElement[]>>();

	constructor(root: HTMLElement, order: readonly string[]) {
		this.#root = root;
		this.#order = order;
	}

	/**
	 * The provider's items, fetched and inserted on the first call (hidden, for the caller to show);
	 * later calls get the same ones. Rejects when they cannot be fetched, and tries again next time.
	 */
	load(provider: string): Promise<HTMLLIElement[]> {
		let load = this.#loads.get(provider);
		if (!load) {
			load = this.#fetchAndInsert(provider);
			load.catch(() => this.#loads.delete(provider));
			this.#loads.set(provider, load);
		}
		return load;
	}

	async #fetchAndInsert(provider: string): Promise<HTMLLIElement[]> {
		const response = await fetch(checklistPath(provider));
		if (!response.ok) throw new Error(`${checklistPath(provider)}: HTTP ${response.status}`);
		const page = new DOMParser().parseFromString(await response.text(), 'text/html');
		const inserted: HTMLLIElement[] = [];
		for (const phase of page.querySelectorAll<HTMLElement>('[data-phase]')) {
			const list = this.#root.querySelector(`[data-phase="${phase.dataset.phase}"] [data-phase-items]`);
			if (!list) continue;
			const items = [...phase.querySelectorAll<HTMLLIElement>(`[data-checklist-item][data-provider="${provider}"]`)].map(
				(item) => document.importNode(item, true)
			);
			for (const item of items) item.hidden = true;
			list.insertBefore(fragmentOf(items), this.#firstItemAfter(list, provider));
			inserted.push(...items);
		}
		return inserted;
	}

	/** The first item in `list` of a provider that comes after `provider`, or null to append. */
	#firstItemAfter(list: Element, provider: string): Element | null {
		const rank = this.#order.indexOf(provider);
		return [...list.querySelectorAll<HTMLElement>('[data-checklist-item][data-provider]')].find((item) => this.#order.indexOf(item.dataset.provider!) > rank) ?? null;
	}
}

function fragmentOf(nodes: readonly Node[]): DocumentFragment {
	const fragment = document.createDocumentFragment();
	fragment.append(...nodes);
	return fragment;
}
