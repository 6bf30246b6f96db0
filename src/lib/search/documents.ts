/**
 * The search documents, built from the validated collections (never re-parsed from built HTML): one
 * document per provider page and per checklist page, each entry a section of it with the entry's own
 * anchor, so Pagefind returns it as a sub-result (`/providers/stripe/#error-card-declined`).
 *
 * Why sections of one document rather than one record per entry: Pagefind's first query loads a
 * metadata list of every document (about 7 bytes gzipped each). One document per entry made that
 * 260 KB at 1,000 providers (42,000 documents); one per page keeps it to a few kilobytes. The kind of
 * each section travels in the document's `entries` metadata, and the dialog filters sub-results by it
 * (the page-level `kind` filter lists every kind the page holds, so Pagefind narrows pages first).
 *
 * Other pages (home, comparisons, the error index, About) are indexed from their built HTML, as
 * Pagefind indexes any page (src/integrations/entrySearch.ts).
 */
import type { ChecklistItem, ChecklistPhase } from '../checklist/items';
import type { Provider } from '../../schemas/provider';
import { checklistPath, errorAnchor, patternAnchor, providerPath, rateLimitAnchor } from '../anchors';
import { escapeHtml, inlineMarkdownToText } from '../inlineMarkdown';
import { CATEGORY_LABELS, formatLimit, formatThrottle, RETRY_CLASS_LABELS } from '../providers/facts';
import { ENTRY_KIND_LABELS, KIND_CODES, PAGE_KIND } from './query';

/** One section of a document: an entry or a part of the page, landing on its anchor. */
export interface SearchSection {
	/** The element id it lands on (`error-card-declined`). */
	anchor: string;
	/** Shown as the sub-result's title. */
	title: string;
	/** A `kind` filter value: "Error code", "Gotcha", "Page"… */
	kind: string;
	/** Plain text that is searched and quoted in excerpts. */
	text: string;
}

/** One Pagefind document: a page, its lead text and its sections. */
export interface SearchDocument {
	/** The page URL: `/providers/stripe/`. */
	url: string;
	title: string;
	/** The `provider` filter value, if the page belongs to one provider. */
	provider?: string;
	/** Text before the first section (the page top's excerpt). */
	lead: string;
	sections: SearchSection[];
}

/** Plain text of inline Markdown, one line. */
const plain = (markdown: string | undefined) => (markdown ? inlineMarkdownToText(markdown).replace(/\s+/g, ' ').trim() : '');

/** Keys whose values are links or dates, not words a reader searches for. */
const NOT_TEXT = new Set(['source', 'verified', 'url', 'docsUrl', 'href']);

/** Every string (and number) inside a fact, in order, as plain text: what its rendered section says. */
export function factText(value: unknown): string {
	const parts: string[] = [];
	const visit = (node: unknown) => {
		if (typeof node === 'string') parts.push(plain(node));
		else if (typeof node === 'number') parts.push(String(node));
		else if (Array.isArray(node)) node.forEach(visit);
		else if (node && typeof node === 'object' && !(node instanceof Date)) {
			for (const [key, child] of Object.entries(node)) if (!NOT_TEXT.has(key)) visit(child);
		}
	};
	visit(value);
	return parts.filter(Boolean).join(' ');
}

/** A Markdown heading of the body, as Astro's `render()` reports it. */
export interface BodyHeading {
	depth: number;
	slug: string;
	text: string;
}

/** Markdown without its syntax: fences and heading marks dropped, code kept as words, inline Markdown as text. */
export function markdownToText(markdown: string): string {
	return markdown
		.split('\n')
		.filter((line) => !/^\s*(```|~~~)/.test(line))
		.map((line) => plain(line.replace(/^\s{0,3}(#{1,6}\s+|>\s?|[-*+]\s+|\d+\.\s+)/, '').replace(/^\|?\s*:?-{3,}.*$/, '').replace(/\|/g, ' ')))
		.filter(Boolean)
		.join(' ');
}

/**
 * The body's sections, one per heading, in order (`headings` are the body's headings in order, as
 * `render()` gives them). Headings inside code fences are not headings. Text before the first heading
 * is returned as `intro`.
 */
export function bodySections(body: string, headings: readonly BodyHeading[]): { intro: string; sections: SearchSection[] } {
	const chunks: { heading?: BodyHeading; lines: string[] }[] = [{ lines: [] }];
	let fenced = false;
	let next = 0;
	for (const line of body.split('\n')) {
		if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
		if (!fenced && /^\s{0,3}#{1,6}\s/.test(line) && next < headings.length) {
			chunks.push({ heading: headings[next++], lines: [] });
			continue;
		}
		chunks.at(-1)!.lines.push(line);
	}
	return {
		intro: markdownToText(chunks[0]!.lines.join('\n')),
		sections: chunks.slice(1).map(({ heading, lines }) => ({
			anchor: heading!.slug,
			title: heading!.text,
			kind: PAGE_KIND,
			text: markdownToText(lines.join('\n')),
		})),
	};
}

/** A provider page's document: its facts as sections (entries on their own anchors), then its body's sections. */
export function providerDocument(provider: Provider, body = '', headings: readonly BodyHeading[] = []): SearchDocument {
	const page = (anchor: string, title: string, fact: unknown): SearchSection => ({ anchor, title, kind: PAGE_KIND, text: factText(fact) });
	const sections: SearchSection[] = [];
	if (provider.access) sections.push(page('access', 'Access', provider.access));
	sections.push(page('sdks', 'SDKs', provider.sdks), page('authentication', 'Authentication', provider.auth));
	if (provider.versioning) sections.push(page('versioning', 'Versioning', provider.versioning));
	for (const limit of provider.rateLimits) {
		sections.push({
			anchor: rateLimitAnchor(limit.id),
			title: limit.name,
			kind: ENTRY_KIND_LABELS['rate-limit'],
			text: [formatLimit(limit), limit.throttle ? formatThrottle(limit.throttle) : '', factText({ ...limit, id: undefined })].filter(Boolean).join(' '),
		});
	}
	for (const error of provider.errors) {
		sections.push({
			anchor: errorAnchor(error.code),
			title: error.code,
			kind: ENTRY_KIND_LABELS['error-code'],
			text: [factText({ ...error, retry: undefined }), RETRY_CLASS_LABELS[error.retry].label].join(' '),
		});
	}
	for (const pattern of provider.patterns) {
		sections.push({
			anchor: patternAnchor(pattern.id),
			title: pattern.title,
			kind: ENTRY_KIND_LABELS[pattern.kind],
			text: factText({ problem: pattern.problem, solution: pattern.solution, relatedErrors: pattern.relatedErrors }),
		});
	}
	if (provider.webhooks) sections.push(page('webhooks', 'Webhooks', provider.webhooks));
	if (provider.pagination) sections.push(page('pagination', 'Pagination', provider.pagination));
	sections.push(page('idempotency', 'Idempotency', provider.idempotency));
	const fromBody = bodySections(body, headings);
	return {
		url: providerPath(provider.id),
		title: provider.name,
		provider: provider.name,
		lead: [plain(provider.summary), CATEGORY_LABELS[provider.category], fromBody.intro].filter(Boolean).join(' '),
		sections: [...sections, ...fromBody.sections],
	};
}

/** A checklist item as a section: its title, why and how to verify. */
function itemSection(item: ChecklistItem): SearchSection {
	return { anchor: item.id, title: plain(item.title), kind: ENTRY_KIND_LABELS['checklist-item'], text: [plain(item.why), plain(item.verify)].join(' ') };
}

/**
 * The checklist documents: `/checklist/` with the template's items (those that apply to every project or
 * to some providers), and one `/checklist/<id>/` per provider with the items generated from its facts,
 * under its provider filter. Each item is indexed once.
 */
export function checklistDocuments(phases: readonly ChecklistPhase[], providers: readonly Provider[]): SearchDocument[] {
	const items = phases.flatMap((phase) => phase.items);
	const general: SearchDocument = {
		url: checklistPath(),
		title: 'Integration checklist',
		lead: phases.map((phase) => `${phase.title}. ${plain(phase.description)}`).join(' '),
		sections: items.filter((item) => !item.provider).map(itemSection),
	};
	const perProvider = providers.map((provider) => ({
		url: checklistPath(provider.id),
		title: `${provider.name} checklist`,
		provider: provider.name,
		lead: `What to check before shipping an integration with ${provider.name}.`,
		sections: items.filter((item) => item.provider === provider.id).map(itemSection),
	}));
	return [general, ...perProvider];
}

/** The kinds a document holds: its `kind` filter values. */
export const documentKinds = (document: SearchDocument) => [...new Set([PAGE_KIND, ...document.sections.map((section) => section.kind)])];

/**
 * The document as the HTML Pagefind indexes: title, lead, then each section under a heading with its anchor.
 * Per-section metadata the dialog reads from a result: anchor → kind, in one compact string
 * (`error-card-declined=e;limit-live=r;…`, kinds abbreviated by `KIND_CODES`).
 */
export function documentHtml(document: SearchDocument, lang = 'en'): string {
	const esc = escapeHtml;
	const kinds = document.sections
		.filter((section) => KIND_CODES[section.kind])
		.map((section) => `${section.anchor}=${KIND_CODES[section.kind]}`)
		.join(';');
	const meta = [
		['kind', PAGE_KIND],
		['provider', document.provider],
		['entries', kinds],
	]
		.filter((pair): pair is [string, string] => Boolean(pair[1]))
		.map(([name, value]) => `<span data-pagefind-meta="${name}">${esc(value)}</span>`)
		.join('');
	const filters = [...documentKinds(document).map((kind) => ['kind', kind]), ...(document.provider ? [['provider', document.provider]] : [])]
		.map(([name, value]) => `<span data-pagefind-filter="${name}">${esc(value!)}</span>`)
		.join('');
	const sections = document.sections
		.map((section) => `<section><h2 id="${esc(section.anchor)}">${esc(section.title)}</h2><p>${esc(section.text)}</p></section>`)
		.join('');
	return (
		`<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${esc(document.title)}</title></head>` +
		`<body><main data-pagefind-body><h1>${esc(document.title)}</h1><div data-pagefind-ignore hidden>${meta}${filters}</div>` +
		`<p>${esc(document.lead)}</p>${sections}</main></body></html>`
	);
}

/**
 * The page with a space at the end of every table header cell. Pagefind reads `<td>`s as words apart but
 * runs adjacent `<th>`s together (the built HTML has no whitespace between tags), so a comparison's column
 * names were indexed as "ProviderSignature headerAlgorithm…Replay toleranceAdyen".
 */
export function headerCellsApart(html: string): string {
	return html.replace(/<\/th>/g, ' </th>');
}

/** Where the build hands the documents to the search integration (removed from the output once indexed). */
export const SEARCH_DOCUMENTS_PATH = '/search/documents.json';
