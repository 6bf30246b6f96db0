import { describe, expect, it } from 'vitest';
import {
	CanonicalEntries,
	ENTRY_EXCLUDE_SELECTORS,
	entryDocuments,
	findEntryElements,
	pageProviderOf,
	parseBuiltHtml,
	readSearchPage,
} from '../../../src/lib/search/records';
import { DomUtils } from 'htmlparser2';

/** A built page, as Astro writes it, reduced to what matters. */
const page = ({ body = true, provider = 'Stripe' } = {}) => `<!DOCTYPE html><html lang="en" dir="ltr"><head>
<meta charset="utf-8">${provider ? `<meta data-pagefind-filter="provider[content]" content="${provider}">` : ''}
<meta data-pagefind-filter="kind[content]" content="Page"></head><body><nav>Sidebar</nav>
<main ${body ? 'data-pagefind-body' : ''}><h1>Stripe</h1><p>Prose.</p>
<table><tbody>
<tr id="error-card-declined" data-entry="error-code" data-entry-title="card_declined"><th scope="row"><a href="#error-card-declined" data-pagefind-ignore>#</a><code>card_declined</code></th><td>The card was declined &amp; cannot be charged.</td></tr>
<tr id="limit-global" data-entry="rate-limit" data-entry-title="Live requests"><th>Live requests</th><td title="a > b">100 per second</td></tr>
</tbody></table>
<section class="pattern-entry" data-entry="gotcha"><div><h3 id="webhook-order">Events arrive out of order</h3></div>
<script type="module">const s = "</section>";</script><section><p>Nested section.</p></section><p>Order by created.</p></section>
<dl data-entry="webhooks"><dt>Signature header</dt><dd>Stripe-Signature</dd></dl>
<ul><li id="verify-signatures" data-checklist-item data-title="Send key: <uuid>"><label><input type="checkbox"> Verify webhook signatures</label></li></ul>
</main></body></html>`;

describe('finding entries in a built page', () => {
	it('should find every outermost entry element, whole, and skip other data-entry values', () => {
		const elements = findEntryElements(parseBuiltHtml(page()));
		expect(elements.map((element) => element.attribs.id ?? element.attribs['data-entry'])).toEqual([
			'error-card-declined',
			'limit-global',
			'gotcha',
			'verify-signatures',
		]);
		expect(DomUtils.getOuterHTML(elements[2]!, { decodeEntities: false })).toMatch(/^<section class="pattern-entry"[\s\S]*Order by created\.<\/p><\/section>$/);
	});

	it('should read attributes, quoted or not', () => {
		const [row] = findEntryElements(parseBuiltHtml(`<table><tr id="a" data-checklist-item title='x > y' hidden data-n=3></tr></table>`));
		expect(row!.attribs).toEqual({
			id: 'a',
			'data-checklist-item': '',
			title: 'x > y',
			hidden: '',
			'data-n': '3',
		});
	});

	it('should read the provider a page declares', () => {
		expect(pageProviderOf(parseBuiltHtml(page()))).toBe('Stripe');
		expect(pageProviderOf(parseBuiltHtml(page({ provider: '' })))).toBeUndefined();
	});
});

describe('entry documents', () => {
	it('should give each entry its anchor URL, title, kind and the page provider', () => {
		const documents = entryDocuments(page(), '/providers/stripe/');
		expect(documents.map(({ url, title, kind, provider }) => ({ url, title, kind, provider }))).toEqual([
			{ url: '/providers/stripe/#error-card-declined', title: 'card_declined', kind: 'Error code', provider: 'Stripe' },
			{ url: '/providers/stripe/#limit-global', title: 'Live requests', kind: 'Rate limit', provider: 'Stripe' },
			{ url: '/providers/stripe/#webhook-order', title: 'Events arrive out of order', kind: 'Gotcha', provider: 'Stripe' },
			{ url: '/providers/stripe/#verify-signatures', title: 'Verify webhook signatures', kind: 'Checklist item', provider: 'Stripe' },
		]);
	});

	it('should index the entry alone, with filters, without ids or entry markers', () => {
		const html = entryDocuments(page(), '/providers/stripe/')[0]!.html;
		expect(html).toContain('<main data-pagefind-body><h1>card_declined</h1><p>Stripe · Error code</p>');
		expect(html).toContain('<span data-pagefind-filter="kind">Error code</span>');
		expect(html).toContain('<span data-pagefind-filter="provider">Stripe</span>');
		expect(html).toContain('declined &amp; cannot');
		expect(html).not.toMatch(/\sid=|data-entry=|<tr|<td/);
		expect(html).not.toContain('Prose.');
	});

	it('should not take a > inside an attribute value for the end of the tag', () => {
		const checklistItem = entryDocuments(page(), '/providers/stripe/').at(-1)!;
		expect(checklistItem.key).toBe(['Checklist item', 'verify-signatures', 'Stripe', 'Verify webhook signatures'].join('\n'));
		expect(checklistItem.html).toContain('data-title="Send key: <uuid>"');
	});

	it('should give nothing for pages Pagefind does not index', () => {
		expect(entryDocuments(page({ body: false }), '/e/stripe/x/')).toEqual([]);
		expect(readSearchPage(page({ body: false }), '/e/stripe/x/')).toEqual({ indexed: false, entries: [] });
		expect(readSearchPage(page(), '/providers/stripe/').indexed).toBe(true);
	});

	it('should leave every entry kind out of page documents', () => {
		expect(ENTRY_EXCLUDE_SELECTORS).toEqual(
			expect.arrayContaining(['[data-entry="error-code"]', '[data-entry="gotcha"]', '[data-entry="rate-limit"]', '[data-checklist-item]'])
		);
		expect(ENTRY_EXCLUDE_SELECTORS).not.toContain('[data-entry="webhooks"]');
	});
});

describe('entries rendered on several pages', () => {
	const item = (provider = '', hidden = false) =>
		`<html lang="en"><head>${provider ? `<meta data-pagefind-filter="provider[content]" content="${provider}">` : ''}</head>` +
		`<body><main data-pagefind-body><ul><li id="verify" data-checklist-item ${hidden ? 'hidden' : ''}><label>Verify signatures</label></li></ul></main></body></html>`;

	/** The entries the search index keeps of `documents`. */
	const pickCanonicalEntries = (documents: ReturnType<typeof entryDocuments>) => {
		const entries = new CanonicalEntries();
		entries.add(documents);
		return entries.values();
	};

	it('should index the same entry once, where it is shown, at the shortest URL', () => {
		const documents = [
			...entryDocuments(item('', true), '/checklist/'),
			...entryDocuments(item(), '/checklist/all/'),
			...entryDocuments(item(), '/checklist/a/'),
		];
		expect(pickCanonicalEntries(documents).map((document) => document.url)).toEqual(['/checklist/a/#verify']);
		expect(pickCanonicalEntries(documents.slice(0, 1)).map((document) => document.url)).toEqual(['/checklist/#verify']);
	});

	it('should keep entries of different providers apart, and let an entry name its provider', () => {
		const documents = [...entryDocuments(item('Stripe'), '/p/stripe/'), ...entryDocuments(item('Twilio'), '/p/twilio/')];
		expect(pickCanonicalEntries(documents)).toHaveLength(2);
		const own = entryDocuments(item('Stripe').replace('data-checklist-item', 'data-checklist-item data-entry-provider="Twilio"'), '/p/');
		expect(own[0]!.provider).toBe('Twilio');
	});
});
