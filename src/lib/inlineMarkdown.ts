/**
 * Renders the small inline Markdown allowed in frontmatter text fields (`code`, [links](https://…),
 * **strong**, *emphasis*) to HTML, escaping everything else. Block syntax is not supported on purpose:
 * long prose belongs in the Markdown body.
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for use in HTML content or a double-quoted attribute. */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (char) => ESCAPES[char]!);
}

/** Renders everything outside code spans: links, strong, emphasis. Input must already be escaped. */
function renderSpans(escaped: string): string {
	return escaped
		.replace(/\[([^\]]+)\]\(((?:https:\/\/|\/|#)[^\s)]+)\)/g, '<a href="$2">$1</a>')
		.replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
		.replace(/(^|[^*\w])\*([^*\s][^*]*)\*(?!\w)/g, '$1<em>$2</em>');
}

/** Converts inline Markdown to HTML; code spans are taken literally. */
export function renderInlineMarkdown(markdown: string): string {
	return markdown
		.split(/(`[^`]+`)/)
		.map((part) =>
			part.startsWith('`') && part.endsWith('`') && part.length > 1
				? `<code>${escapeHtml(part.slice(1, -1))}</code>`
				: renderSpans(escapeHtml(part))
		)
		.join('');
}

/**
 * Inline Markdown for a name shown as code (a header, a parameter): the name in a code span, or as written
 * when it already has code spans of its own ("`@idempotent(key:)` directive (GraphQL)").
 */
export function asCode(name: string): string {
	return name.includes('`') ? name : `\`${name}\``;
}

/** Plain text of inline Markdown, for titles and search metadata. */
export function inlineMarkdownToText(markdown: string): string {
	return markdown
		.replace(/\[([^\]]+)\]\([^)]+\)/g, '$1')
		.replace(/[`*]/g, '');
}
