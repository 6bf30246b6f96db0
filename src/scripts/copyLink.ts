/**
 * The copy-link buttons of a page (CopyLink.astro): each copies its entry's absolute permalink. One
 * click listener serves them all and one status line, added once, tells screen readers; the button
 * itself shows "Link copied" for a moment (CSS, on `data-copied`). Without a clipboard, a prompt
 * shows the link to copy by hand.
 */
import { copyText } from './clipboard';

/** How long a button says "Link copied". */
const COPIED_MS = 2000;

/** Shows the page's copy-link buttons and makes them copy; does nothing on a page without any. */
export function setUpCopyLinks(root: Document) {
	const buttons = root.querySelectorAll<HTMLButtonElement>('button[data-copy-link]');
	if (buttons.length === 0) return;
	const status = root.createElement('span');
	status.className = 'sr-only';
	status.setAttribute('role', 'status');
	status.dataset.copyLinkStatus = '';
	root.body.append(status);
	for (const button of buttons) button.hidden = false;
	let clearStatus: ReturnType<typeof setTimeout> | undefined;
	root.addEventListener('click', async (event) => {
		const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('button[data-copy-link]') : null;
		if (!button) return;
		const url = new URL(button.dataset.copyLink!, location.origin).href;
		if (!(await copyText(url))) {
			window.prompt('Copy this link:', url);
			return;
		}
		status.textContent = 'Link copied';
		button.toggleAttribute('data-copied', true);
		clearTimeout(clearStatus);
		clearStatus = setTimeout(() => (status.textContent = ''), COPIED_MS);
		setTimeout(() => button.removeAttribute('data-copied'), COPIED_MS);
	});
}
