/**
 * The links inside the site's non-HTML documents, so the link check (src/lib/linkCheck.ts) covers them
 * too: Markdown twins and llms.txt (`[text](url)`, `<url>` and bare https URLs, outside code), and the
 * JSON API (every string under a key that holds a URL: `url`, `permalink`, `$schema`, `source`, `…Url`).
 */
import type { PageLink } from './htmlPage';

/** Markdown without fenced code blocks and code spans, where link-like text is code, not a link. */
function withoutCode(markdown: string): string {
	return markdown.replace(/^(\s*)(```|~~~)[^\n]*\n[\s\S]*?^\1\2[^\n]*$/gm, '').replace(/`+[^`\n]*`+/g, '');
}

/** Every link of a Markdown or plain-text document, in order: inline links, autolinks, bare https URLs. */
export function markdownLinks(markdown: string): PageLink[] {
	const text = withoutCode(markdown);
	const links: PageLink[] = [];
	const inline = /\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g;
	for (const match of text.matchAll(inline)) links.push({ tag: 'markdown', attribute: 'link', url: match[1]! });
	const rest = text.replace(inline, ']');
	for (const match of rest.matchAll(/<(https:\/\/[^>\s]+)>|(?<![\w(<"'=])(https:\/\/[^\s<>()"'`]+)/g)) {
		const url = (match[1] ?? match[2]!).replace(/[.,;:!?*_]+$/, '');
		links.push({ tag: 'markdown', attribute: 'url', url });
	}
	return links;
}

/** Keys of the JSON API whose string values are URLs. */
const URL_KEY = /^(?:url|permalink|source|\$schema|[a-z]+Url)$/;

/** Every URL in a JSON document, under a key that holds one (`errors[3].url` and the like). */
export function jsonLinks(data: unknown): PageLink[] {
	const links: PageLink[] = [];
	const walk = (value: unknown, key: string) => {
		if (typeof value === 'string') {
			if (URL_KEY.test(key)) links.push({ tag: 'json', attribute: key, url: value });
		} else if (Array.isArray(value)) value.forEach((item) => walk(item, key));
		else if (value && typeof value === 'object') for (const [name, child] of Object.entries(value)) walk(child, name);
	};
	walk(data, '');
	return links;
}

/** The links of a built file that is a document with links (by its extension), or undefined for other files. */
export function documentLinks(file: string, text: string): PageLink[] | undefined {
	if (file.endsWith('.md') || file.endsWith('.txt')) return markdownLinks(text);
	// Webhook test vectors hold the URL a provider called (`request.url`, e.g. Twilio's own http example): data, not links.
	if (file.startsWith('/api/v1/webhook-vectors/')) return undefined;
	if (file.endsWith('.json') && file.startsWith('/api/')) return jsonLinks(JSON.parse(text));
	return undefined;
}
