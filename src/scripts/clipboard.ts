/**
 * The site's one way to copy text: the asynchronous Clipboard API, which needs a secure context
 * (https or localhost) and, in some browsers, the reader's permission. It resolves to `false` when
 * the text could not be copied, and the caller shows the text to copy by hand in a way that fits its
 * place: a prompt for a short link (copyLink.ts), the checklist's status line for a link or Markdown.
 */
export async function copyText(text: string): Promise<boolean> {
	try {
		await navigator.clipboard.writeText(text);
		return true;
	} catch {
		return false;
	}
}
