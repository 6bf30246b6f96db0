/** The checklist's toolbar: Copy link, Copy Markdown, Print, Reset (and its Undo), and the status line that answers them. */
import { copyText } from '../clipboard';

export interface ToolbarActions {
	/** The URL that reproduces the view. */
	shareUrl(): string;
	/** The view as a GitHub task list. */
	markdown(): string;
	/** Clears the ticks of the items that show. */
	reset(): void;
	/** Brings back the ticks the last reset cleared. */
	undoReset(): void;
}

export class Toolbar {
	readonly #status: HTMLElement;
	readonly #reset: HTMLButtonElement;
	readonly #undo: HTMLButtonElement;

	constructor(toolbar: HTMLElement, actions: ToolbarActions) {
		this.#status = toolbar.querySelector<HTMLElement>('[data-status]')!;
		this.#reset = toolbar.querySelector<HTMLButtonElement>('[data-action="reset"]')!;
		this.#undo = toolbar.querySelector<HTMLButtonElement>('[data-action="undo-reset"]')!;
		toolbar.addEventListener('click', async (event) => {
			const action = (event.target as HTMLElement).closest<HTMLElement>('[data-action]')?.dataset.action;
			if (action === 'copy-link') await this.#copy(actions.shareUrl(), 'Link copied.');
			if (action === 'copy-markdown') await this.#copy(actions.markdown(), 'Markdown task list copied.');
			if (action === 'print') window.print();
			if (action === 'reset') actions.reset();
			if (action === 'undo-reset') actions.undoReset();
		});
	}

	/** Shows or hides "Undo reset"; when it goes while focused, focus returns to Reset. */
	offerUndo(offered: boolean) {
		if (!offered && document.activeElement === this.#undo) this.#reset.focus();
		this.#undo.hidden = !offered;
	}

	/** Puts a message in the live region. */
	announce(message: string) {
		this.#status.textContent = message;
	}

	/** Copies text and says so; shows the text to copy by hand when the clipboard is unavailable. */
	async #copy(text: string, done: string) {
		this.announce((await copyText(text)) ? done : `Copy failed; here it is to copy by hand: ${text}`);
	}
}
