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
import { DomUtils, parseDocument } from 'htmlparser2';
import { ENTRY_KIND_LABELS, entryKindLabel } from './query';

/** A parsed page: htmlparser2's document, as `parseBuiltHtml` returns it. */
export type HtmlDocument = ReturnType<typeof parseDocument>;
type HtmlNode = HtmlDocument['children'][number];
type HtmlElement = ReturnType<typeof DomUtils.findAll>[number];

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

/**
 * Parses a built page. Text and attribute values stay exactly as written (entities not decoded), so
 * titles and excerpts can go into the entry documents as HTML unchanged.
 */
export function parseBuiltHtml(html: string): HtmlDocument {
	return parseDocument(html, { decodeEntities: false });
}

/** The `kind` label of an element's attributes when they mark a search entry. */
export function entryKindOf(attributes: Record<string, string>): string | undefined {
	if (attributes['data-entry'] !== undefined) return entryKindLabel(attributes['data-entry']);
	return 'data-checklist-item' in attributes ? ENTRY_KIND_LABELS['checklist-item'] : undefined;
}

const isElement = (node: HtmlNode | undefined): node is HtmlElement => node !== undefined && 'attribs' in node;

/** Every outermost entry element of a page (an entry inside an entry is part of it), in document order. */
export function findEntryElements(document: HtmlDocument): HtmlElement[] {
	const found: HtmlElement[] = [];
	const visit = (nodes: readonly HtmlNode[]) => {
		for (const node of nodes) {
			if (!isElement(node)) continue;
			if (entryKindOf(node.attribs)) found.push(node);
			else visit(node.children);
		}
	};
	visit(document.children);
	return found;
}

/** The provider a page declares with `<meta data-pagefind-filter="provider[content]" content="…">`. */
export function pageProviderOf(document: HtmlDocument): string | undefined {
	const meta = DomUtils.findOne((element) => element.name === 'meta' && element.attribs['data-pagefind-filter'] === 'provider[content]', document);
	return meta?.attribs.content;
}

/** Text of a node (HTML-escaped, as in the source), skipping `data-pagefind-ignore` parts, scripts and styles. */
export function textOf(node: HtmlNode): string {
	if (node.type === 'text') return node.data;
	if (!isElement(node)) return '';
	if ('data-pagefind-ignore' in node.attribs || node.name === 'script' || node.name === 'style') return '';
	return node.children.map(textOf).join(' ').replace(/\s+/g, ' ').trim();
}

/** Elements of a tree in document order. */
function elementsOf(node: HtmlNode): HtmlElement[] {
	return isElement(node) ? [node, ...node.children.flatMap(elementsOf)] : [];
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

/** What the search index takes from a built page. */
export interface SearchPage {
	/** Whether Pagefind indexes the page: it has a `data-pagefind-body` element (the 404 page has none). */
	indexed: boolean;
	/** The documents of its entries (none when the page is not indexed). */
	entries: EntryDocument[];
}

/** Reads a built page once for the search index: whether it is indexed, and its entries' documents. */
export function readSearchPage(html: string, pageUrl: string): SearchPage {
	const document = parseBuiltHtml(html);
	const indexed = DomUtils.existsOne((element) => 'data-pagefind-body' in element.attribs, document);
	return { indexed, entries: indexed ? entriesOf(document, pageUrl) : [] };
}

/** The documents of a page's entries (none when the page has no entries or is not indexed). */
export function entryDocuments(html: string, pageUrl: string): EntryDocument[] {
	return readSearchPage(html, pageUrl).entries;
}

function entriesOf(document: HtmlDocument, pageUrl: string): EntryDocument[] {
	const roots = findEntryElements(document);
	if (roots.length === 0) return [];
	const pageProvider = pageProviderOf(document);
	const lang = DomUtils.findOne((element) => element.name === 'html', document)?.attribs.lang || 'en';
	return roots.map((root) => {
		const attributes = { ...root.attribs };
		const provider = attributes['data-entry-provider'] || pageProvider;
		const elements = elementsOf(root);
		const anchor = elements.find((element) => element.attribs.id)?.attribs.id;
		const heading = elements.find((element) => /^(h[1-6]|label)$/.test(element.name));
		const title = attributes['data-entry-title'] || truncate(textOf(heading ?? root), 90);
		const kind = entryKindOf(attributes)!;
		// No ids (Pagefind would make deep links inside the entry), no entry markers (excluded from
		// documents, see ENTRY_EXCLUDE_SELECTORS), and table parts as plain blocks.
		for (const element of elements) {
			for (const name of ['id', 'data-entry', 'data-checklist-item']) delete element.attribs[name];
			if (/^(table|thead|tbody|tr|th|td)$/.test(element.name)) element.name = 'div';
		}
		return {
			url: anchor ? `${pageUrl}#${anchor}` : pageUrl,
			title,
			kind,
			provider,
			hidden: 'hidden' in attributes,
			key: [kind, anchor, provider, textOf(root)].join('\n'),
			html: entryDocumentHtml({ title, kind, provider, content: DomUtils.getOuterHTML(root, { decodeEntities: false }), lang }),
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
			// A copy: the document's strings may be slices of its whole page's HTML, which they would keep in memory.
			if (!current || isBetterEntry(document, current)) this.#chosen.set(document.key, structuredClone(document));
		}
	}

	values(): EntryDocument[] {
		return [...this.#chosen.values()];
	}
}
