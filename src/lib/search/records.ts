/**
 * Turns the entries of a built HTML page into their own Pagefind documents.
 *
 * Why separate documents (and not only `data-pagefind-filter` on the page): Pagefind's filters and
 * results are per document, and its deep links exist only for headings. A table row (an error code, a
 * rate limit) or a checklist item would otherwise be found only as "somewhere on this page", and a
 * `kind` filter could not tell a gotcha from an error code on the same page. So every element marked
 * as an entry — `data-entry="<kind>"` (see `ENTRY_KIND_LABELS`) or `data-checklist-item` — becomes a
 * document whose URL is the page URL plus the entry's anchor (its `id`, or the first `id` inside it,
 * as on a pattern's heading), with `kind` and `provider` as Pagefind filters and metadata.
 *
 * The same entry may be rendered on several pages (a checklist item on the full checklist and on a
 * provider's checklist): it is indexed once, where it is shown (not `hidden`), at the shortest URL
 * (`CanonicalEntries`).
 *
 * Pages themselves are indexed by Pagefind as usual, minus their entries (`ENTRY_EXCLUDE_SELECTORS`),
 * so a search finds the entry rather than the page around it; every page carries `kind: Page` in its
 * head (astro.config.mjs), and a provider's pages carry `provider` (`providerSearchHead`), which their
 * entries inherit unless an entry names its own with `data-entry-provider="<name>"`.
 */
import { ELEMENT_NODE, TEXT_NODE, parse, renderSync, type ElementNode, type Node } from 'ultrahtml';
import { ENTRY_KIND_LABELS, entryKindLabel } from './query';

/** Elements Pagefind leaves out of page documents: they are indexed as entries. */
export const ENTRY_EXCLUDE_SELECTORS = [
	...Object.keys(ENTRY_KIND_LABELS).map((kind) => `[data-entry="${kind}"]`),
	'[data-checklist-item]',
];

/** An entry's document, to hand to Pagefind's `addHTMLFile`. */
export interface EntryDocument {
	/** The result URL: `/providers/stripe/#error-card-declined`. */
	url: string;
	/** The HTML Pagefind indexes. */
	html: string;
	/** Title shown in results (HTML-escaped text, as in the page source). */
	title: string;
	/** The `kind` filter value: "Error code". */
	kind: string;
	/** The `provider` filter value, when the page has one. */
	provider?: string;
	/** Whether the entry is rendered `hidden` on its page (shown there only after a choice in the browser). */
	hidden: boolean;
	/** Same key, same entry: its kind, anchor and text. */
	key: string;
}

/** Attributes of a start tag's source: `<tr id="a" hidden>` → `{ id: 'a', hidden: '' }`. */
export function parseAttributes(tag: string): Record<string, string> {
	const attributes: Record<string, string> = {};
	const body = tag.replace(/^<[^\s/>]+/, '').replace(/\/?>$/, '');
	for (const match of body.matchAll(/([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
		attributes[match[1]!.toLowerCase()] = match[2] ?? match[3] ?? match[4] ?? '';
	}
	return attributes;
}

/** The `kind` label of an element's attributes when they mark a search entry. */
export function entryKindOf(attributes: Record<string, string>): string | undefined {
	if (attributes['data-entry'] !== undefined) return entryKindLabel(attributes['data-entry']);
	return 'data-checklist-item' in attributes ? ENTRY_KIND_LABELS['checklist-item'] : undefined;
}

/** A start or end tag; attribute values may contain `>` (Astro does not escape it). */
const TAG = /<(\/?)([a-zA-Z][\w-]*)(?:\s(?:[^"'>]|"[^"]*"|'[^']*')*)?>/;

/** Escapes `<` and `>` inside attribute values, which the HTML parser used here would take for tag ends. */
export function escapeAttributeBrackets(html: string): string {
	return html.replace(new RegExp(TAG.source, 'g'), (tag) =>
		tag.replace(/"[^"]*"|'[^']*'/g, (value) => value.replace(/</g, '&lt;').replace(/>/g, '&gt;'))
	);
}

/**
 * The outer HTML of every outermost entry element in a page, found by scanning tags rather than
 * parsing the whole page (pages are large; entries are a small part of them). Relies on the
 * well-formed markup Astro writes: the entry's end is where tags of its name balance again.
 */
export function findEntryElements(html: string): { outerHtml: string; attributes: Record<string, string> }[] {
	// Blank out scripts, styles and comments (same length, so offsets still match `html`).
	const masked = html.replace(/<script\b[\s\S]*?<\/script\s*>|<style\b[\s\S]*?<\/style\s*>|<!--[\s\S]*?-->/gi, (text) => ' '.repeat(text.length));
	const tags = new RegExp(TAG.source, 'g');
	const found: { outerHtml: string; attributes: Record<string, string> }[] = [];
	let open: { name: string; start: number; depth: number; attributes: Record<string, string> } | undefined;
	for (const match of masked.matchAll(tags)) {
		const [source, slash, rawName] = match;
		const name = rawName!.toLowerCase();
		if (open) {
			if (name !== open.name || source.endsWith('/>')) continue;
			open.depth += slash ? -1 : 1;
			if (open.depth === 0) {
				found.push({ outerHtml: html.slice(open.start, match.index + source.length), attributes: open.attributes });
				open = undefined;
			}
			continue;
		}
		if (slash || !/\sdata-(entry|checklist-item)\b/.test(source)) continue;
		const attributes = parseAttributes(source);
		if (entryKindOf(attributes)) open = { name, start: match.index, depth: 1, attributes };
	}
	return found;
}

/** The provider a page declares with `<meta data-pagefind-filter="provider[content]" content="…">`. */
export function pageProviderOf(html: string): string | undefined {
	for (const match of html.matchAll(/<meta\s[^>]*>/gi)) {
		const attributes = parseAttributes(match[0]);
		if (attributes['data-pagefind-filter'] === 'provider[content]') return attributes.content;
	}
	return undefined;
}

const isElement = (node: Node | undefined): node is ElementNode => node?.type === ELEMENT_NODE;

/** Text of a node (HTML-escaped, as in the source), skipping `data-pagefind-ignore` parts. */
export function textOf(node: Node): string {
	if (node.type === TEXT_NODE) return node.value;
	if (!('children' in node)) return '';
	if (isElement(node) && ('data-pagefind-ignore' in node.attributes || node.name === 'script' || node.name === 'style')) return '';
	return (node.children as Node[]).map(textOf).join(' ').replace(/\s+/g, ' ').trim();
}

/** Elements of a tree in document order. */
function elementsOf(node: Node): ElementNode[] {
	const children = 'children' in node ? (node.children as Node[]) : [];
	return [...(isElement(node) ? [node] : []), ...children.flatMap(elementsOf)];
}

/** Cuts text at a word boundary to about `max` characters. */
function truncate(text: string, max: number): string {
	if (text.length <= max) return text;
	const cut = text.lastIndexOf(' ', max - 1);
	return `${text.slice(0, cut > 0 ? cut : max)}…`;
}

/** Pagefind's filter and metadata markup for a document, hidden and not indexed as text. */
function filterMarkup(pairs: [string, string | undefined][]): string {
	const spans = pairs
		.filter((pair): pair is [string, string] => Boolean(pair[1]))
		.map(([name, value]) => `<span data-pagefind-filter="${name}">${value}</span><span data-pagefind-meta="${name}">${value}</span>`);
	return `<div data-pagefind-ignore hidden>${spans.join('')}</div>`;
}

/** The standalone document of one entry: its title as the `h1`, provider and kind as words and filters. */
export function entryDocumentHtml(entry: { title: string; kind: string; provider?: string; content: string; lang?: string }): string {
	const context = entry.provider ? `${entry.provider} · ${entry.kind}` : entry.kind;
	return (
		`<!doctype html><html lang="${entry.lang ?? 'en'}"><head><meta charset="utf-8"><title>${entry.title}</title></head>` +
		`<body><main data-pagefind-body><h1>${entry.title}</h1><p>${context}</p>` +
		`${filterMarkup([['kind', entry.kind], ['provider', entry.provider]])}${entry.content}</main></body></html>`
	);
}

/** The documents of a page's entries (none when the page has no entries or is not indexed). */
export function entryDocuments(html: string, pageUrl: string): EntryDocument[] {
	if (!/\sdata-pagefind-body\b/.test(html)) return [];
	const elements = findEntryElements(html);
	if (elements.length === 0) return [];
	const pageProvider = pageProviderOf(html);
	const lang = /<html\s[^>]*\blang="([^"]+)"/i.exec(html)?.[1] ?? 'en';
	return elements.map(({ outerHtml, attributes }) => {
		const provider = attributes['data-entry-provider'] || pageProvider;
		const root = parse(escapeAttributeBrackets(outerHtml)).children.find(isElement) as ElementNode;
		const elements = elementsOf(root);
		const anchor = elements.find((element) => element.attributes.id)?.attributes.id;
		const heading = elements.find((element) => /^(h[1-6]|label)$/.test(element.name));
		const title = attributes['data-entry-title'] || truncate(textOf(heading ?? root), 90);
		const kind = entryKindOf(attributes)!;
		// No ids (Pagefind would make deep links inside the entry), no entry markers (excluded from
		// documents, see ENTRY_EXCLUDE_SELECTORS), and table parts as plain blocks.
		for (const element of elements) {
			for (const name of ['id', 'data-entry', 'data-checklist-item']) delete element.attributes[name];
			if (/^(table|thead|tbody|tr|th|td)$/.test(element.name)) element.name = 'div';
		}
		return {
			url: anchor ? `${pageUrl}#${anchor}` : pageUrl,
			title,
			kind,
			provider,
			hidden: 'hidden' in attributes,
			key: [kind, anchor, provider, textOf(root)].join('\n'),
			html: entryDocumentHtml({ title, kind, provider, content: renderSync(root), lang }),
		};
	});
}

/** Of two entries with the same key, whether `a` is the one to index: shown rather than hidden, then the shorter URL. */
function isBetterEntry(a: EntryDocument, b: EntryDocument): boolean {
	if (a.hidden !== b.hidden) return !a.hidden;
	if (a.url.length !== b.url.length) return a.url.length < b.url.length;
	return a.url.localeCompare(b.url) < 0;
}

/**
 * Collects entries page by page and keeps, of entries with the same key, only the one to index, so
 * duplicates (the same checklist item on many pages) do not pile up in memory on a large site.
 */
export class CanonicalEntries {
	#chosen = new Map<string, EntryDocument>();

	add(documents: Iterable<EntryDocument>) {
		for (const document of documents) {
			const current = this.#chosen.get(document.key);
			// A copy: the document's strings are slices of its whole page's HTML, which they would keep in memory.
			if (!current || isBetterEntry(document, current)) this.#chosen.set(document.key, structuredClone(document));
		}
	}

	values(): EntryDocument[] {
		return [...this.#chosen.values()];
	}
}
