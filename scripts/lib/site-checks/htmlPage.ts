/**
 * What the site checks need to know about one built HTML page, read in a single streaming pass:
 * its head metadata, every element id, and every URL it links to or loads.
 */
import { Parser } from 'htmlparser2';

/** A URL found in a page. */
export interface PageLink {
	/** The element that carries it: "a", "link", "script", "img", "meta"… */
	tag: string;
	/** The attribute: "href", "src", "content". */
	attribute: string;
	/** The URL exactly as written (entities decoded). */
	url: string;
	/** The `target` attribute, when present. */
	target?: string;
	/** The `rel` attribute, when present. */
	rel?: string;
}

/** The parsed facts of one page. */
export interface ParsedPage {
	/** `<html lang>`. */
	lang?: string;
	/** Text of the document's `<title>` (not an SVG title). */
	title?: string;
	/** `<meta name="description">`'s content. */
	description?: string;
	/** `<link rel="canonical">`'s href. */
	canonical?: string;
	/** `<meta http-equiv="content-security-policy">`'s content. */
	csp?: string;
	/** Every `id` (and `<a name>`), in document order, duplicates kept. */
	ids: string[];
	/** Every URL the page links to or loads. */
	links: PageLink[];
	/** The text of every inline script the browser would run (no `src`, a JavaScript or module type). */
	inlineScripts: string[];
	/** The text of every `<style>` element. */
	inlineStyles: string[];
}

/** Attributes that hold a URL, per element. */
const URL_ATTRIBUTES: Record<string, readonly string[]> = {
	a: ['href'],
	area: ['href'],
	link: ['href'],
	script: ['src'],
	img: ['src'],
	source: ['src'],
	iframe: ['src'],
	video: ['src', 'poster'],
	audio: ['src'],
	form: ['action'],
};

/** `<script type>` values the browser runs; other types (JSON, templates) are data. */
const SCRIPT_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/** Open Graph properties whose content is a URL. */
const URL_META_PROPERTIES = new Set(['og:url', 'og:image', 'twitter:image']);

/** Reads the ids, links and head metadata of an HTML document. */
export function parsePage(html: string): ParsedPage {
	const page: ParsedPage = { ids: [], links: [], inlineScripts: [], inlineStyles: [] };
	let svgDepth = 0;
	let titleText: string | undefined;
	let rawText: { list: string[]; text: string } | undefined;
	const parser = new Parser({
		onopentag(name, attributes) {
			if (name === 'svg') svgDepth++;
			if (attributes.id !== undefined) page.ids.push(attributes.id);
			if (name === 'a' && attributes.name !== undefined && attributes.name !== attributes.id) page.ids.push(attributes.name);
			if (name === 'html') page.lang = attributes.lang;
			if (name === 'title' && svgDepth === 0 && page.title === undefined) titleText = '';
			if (name === 'meta') readMeta(page, attributes);
			if (name === 'link' && relTokens(attributes.rel).includes('canonical')) page.canonical = attributes.href;
			if (name === 'script' && attributes.src === undefined && SCRIPT_TYPES.has((attributes.type ?? '').toLowerCase())) {
				rawText = { list: page.inlineScripts, text: '' };
			}
			if (name === 'style' && svgDepth === 0) rawText = { list: page.inlineStyles, text: '' };
			for (const attribute of URL_ATTRIBUTES[name] ?? []) {
				const url = attributes[attribute];
				if (url === undefined) continue;
				page.links.push({ tag: name, attribute, url, target: attributes.target, rel: attributes.rel });
			}
		},
		ontext(text) {
			if (titleText !== undefined) titleText += text;
			if (rawText) rawText.text += text;
		},
		onclosetag(name) {
			if (name === 'svg') svgDepth--;
			if ((name === 'script' || name === 'style') && rawText) {
				rawText.list.push(rawText.text);
				rawText = undefined;
			}
			if (name === 'title' && titleText !== undefined) {
				page.title = titleText.trim();
				titleText = undefined;
			}
		},
	});
	parser.end(html);
	return page;
}

/** Takes what the checks need from a `<meta>` element. */
function readMeta(page: ParsedPage, attributes: Record<string, string>) {
	const { name, property, content } = attributes;
	if (name === 'description') page.description = content;
	if (attributes['http-equiv']?.toLowerCase() === 'content-security-policy') page.csp = content;
	if (property && content !== undefined && URL_META_PROPERTIES.has(property)) {
		page.links.push({ tag: 'meta', attribute: 'content', url: content });
	}
}

/** The tokens of a `rel` attribute, lowercased: "noopener noreferrer" → ["noopener", "noreferrer"]. */
export function relTokens(rel: string | undefined): string[] {
	return (rel ?? '').toLowerCase().split(/\s+/).filter(Boolean);
}

/** A Content Security Policy as directive name → sources: "script-src 'self'" → { "script-src": ["'self'"] }. */
export function parseCsp(policy: string): Map<string, string[]> {
	const directives = new Map<string, string[]>();
	for (const part of policy.split(';')) {
		const [name, ...sources] = part.trim().split(/\s+/);
		if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
	}
	return directives;
}
