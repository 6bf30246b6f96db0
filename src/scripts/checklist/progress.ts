/** The checklist's progress: the overall bar and text, and each phase's "(n of m done)". */

/** Whether an item's checkbox is ticked. */
export const isTickedOnPage = (item: HTMLElement) => item.querySelector<HTMLInputElement>('[data-item-checkbox]')!.checked;

/** Writes the progress of the items that show into `[data-progress-bar]` and every `[data-progress-text]`. */
export function renderProgress(root: HTMLElement, visible: readonly HTMLElement[]) {
	const done = (items: readonly HTMLElement[]) => items.filter(isTickedOnPage).length;
	const bar = root.querySelector<HTMLProgressElement>('[data-progress-bar="all"]')!;
	bar.max = Math.max(visible.length, 1);
	bar.value = done(visible);
	root.querySelector('[data-progress-text="all"]')!.textContent = `${done(visible)} of ${visible.length} done`;
	for (const phase of root.querySelectorAll<HTMLElement>('[data-phase]')) {
		const items = visible.filter((item) => phase.contains(item));
		phase.querySelector('[data-progress-text]')!.textContent = `(${done(items)} of ${items.length} done)`;
	}
}
