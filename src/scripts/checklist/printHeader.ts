/** The line a printed checklist starts with: providers, print date and share link (shown only in print). */

/** Writes the chosen providers' names (unless the page has a fixed one) and the share link. */
export function renderPrintHeader(root: HTMLElement, view: { names: string[] | undefined; shareUrl: string }) {
	if (view.names) root.querySelector('[data-chosen-names]')!.textContent = view.names.join(', ') || 'none chosen (generic checklist)';
	root.querySelector('[data-share-url]')!.textContent = view.shareUrl;
}

/** Writes today's date into the header each time the page is about to print. */
export function stampPrintDateBeforePrint(root: HTMLElement) {
	window.addEventListener('beforeprint', () => {
		root.querySelector('[data-print-date]')!.textContent = new Date().toISOString().slice(0, 10);
	});
}
