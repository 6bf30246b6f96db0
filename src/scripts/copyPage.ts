/**
 * "Copy page": a button (shown once this runs) that copies the page's Markdown twin to the clipboard.
 * The Markdown is fetched on click and handed to the clipboard as a pending item, so browsers that allow
 * a write only during the click (Safari) accept it; elsewhere it falls back to `writeText`.
 */
class CopyPage extends HTMLElement {
	connectedCallback() {
		const button = this.querySelector('button')!;
		const status = this.querySelector('[role="status"]')!;
		button.hidden = false;
		button.addEventListener('click', () => void this.copy(status));
	}

	/** Fetches the Markdown, copies it and says so for a moment; on failure, points to the Markdown link. */
	async copy(status: Element) {
		const markdown = fetch(this.dataset.href!).then((response) => {
			if (!response.ok) throw new Error(`HTTP ${response.status}`);
			return response.text();
		});
		try {
			if (typeof ClipboardItem !== 'undefined' && navigator.clipboard?.write) {
				const blob = markdown.then((text) => new Blob([text], { type: 'text/plain' }));
				await navigator.clipboard.write([new ClipboardItem({ 'text/plain': blob })]);
			} else {
				await navigator.clipboard.writeText(await markdown);
			}
			status.textContent = 'Copied';
		} catch {
			status.textContent = 'Could not copy: open the Markdown link';
		}
		setTimeout(() => (status.textContent = ''), 3000);
	}
}

customElements.define('copy-page', CopyPage);
