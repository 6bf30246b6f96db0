import { beforeAll, describe, expect, it } from 'vitest';
import { bodySections, checklistDocuments, documentHtml, factText, markdownToText, providerDocument , headerCellsApart } from '../../../src/lib/search/documents';
import { checkProviderFolder } from '../../../src/lib/validation/providerFiles';
import type { ChecklistPhase } from '../../../src/lib/checklist/items';
import type { Provider } from '../../../src/schemas/provider';

let example: Provider;
beforeAll(async () => {
	const { valid } = await checkProviderFolder('tests/fixtures/providers/valid');
	example = valid[0]!.data;
});

describe('search documents from the data', () => {
	it('makes one document per provider page, each entry a section on its own anchor and kind', () => {
		const document = providerDocument(example);
		expect(document).toMatchObject({ url: '/providers/example/', title: 'Example API', provider: 'Example API' });
		const byAnchor = Object.fromEntries(document.sections.map((section) => [section.anchor, section]));
		expect(byAnchor['error-card-declined']).toMatchObject({ title: 'card_declined', kind: 'Error code' });
		expect(byAnchor['error-21610']).toMatchObject({ title: '21610', kind: 'Error code' });
		expect(byAnchor['limit-requests']).toMatchObject({ title: 'API requests', kind: 'Rate limit' });
		expect(byAnchor['verify-webhooks']).toMatchObject({ title: 'Verify webhook signatures', kind: 'Pattern' });
		expect(byAnchor['webhooks']!.kind).toBe('Page');
		// What the page says about the entry, as words: meaning, action, the aliases, the retry advice.
		expect(byAnchor['error-card-declined']!.text).toContain('The card was declined.');
		expect(byAnchor['error-card-declined']!.text).toContain('CardError');
		expect(byAnchor['idempotency']!.text).toContain('24 hours');
	});

	it('leaves out links and dates, and writes inline Markdown as text', () => {
		const text = factText({ notes: 'Pass the last id as `starting_after`.', source: 'https://docs.example.com/x', verified: new Date('2026-01-01') });
		expect(text).toBe('Pass the last id as starting_after.');
	});

	it('cuts the body into its heading sections, with code kept as words and fences dropped', () => {
		const body = 'Intro **text**.\n\n## Code examples\n\n### Verify a webhook\n\n```ts\n// ## not a heading\nconst ok = timingSafeEqual(a, b);\n```\n';
		const { intro, sections } = bodySections(body, [
			{ depth: 2, slug: 'code-examples', text: 'Code examples' },
			{ depth: 3, slug: 'verify-a-webhook', text: 'Verify a webhook' },
		]);
		expect(intro).toBe('Intro text.');
		expect(sections.map((section) => section.anchor)).toEqual(['code-examples', 'verify-a-webhook']);
		expect(sections[1]!.text).toBe('// ## not a heading const ok = timingSafeEqual(a, b);');
		expect(markdownToText('- item with [a link](https://x.example)\n| a | b |\n| --- | --- |')).toBe('item with a link a b');
	});

	it('gives checklist items to the provider they come from, and general items to /checklist/', () => {
		const phases: ChecklistPhase[] = [
			{
				id: 'research',
				title: 'Design',
				description: 'Before code.',
				items: [
					{ id: 'secrets-in-env', aliases: [], phase: 'research', title: 'Secrets in `env`', why: 'Why.', verify: 'Check.' },
					{ id: 'example-verify', aliases: [], phase: 'research', title: 'Verify Example', why: 'W.', verify: 'V.', provider: 'example' },
				],
			},
		];
		const [general, own] = checklistDocuments(phases, [example]);
		expect(general).toMatchObject({ url: '/checklist/', sections: [{ anchor: 'secrets-in-env', title: 'Secrets in env', kind: 'Checklist item' }] });
		expect(own).toMatchObject({ url: '/checklist/example/', provider: 'Example API', sections: [{ anchor: 'example-verify' }] });
	});

	it('writes the document as HTML with headings for sub-results, kinds and provider as filters, kinds per anchor as metadata', () => {
		const html = documentHtml({
			url: '/providers/example/',
			title: 'Example <API>',
			provider: 'Example API',
			lead: 'Lead.',
			sections: [
				{ anchor: 'error-21610', title: '21610', kind: 'Error code', text: 'Recipient unsubscribed.' },
				{ anchor: 'webhooks', title: 'Webhooks', kind: 'Page', text: 'Signed.' },
			],
		});
		expect(html).toContain('<h1>Example &lt;API&gt;</h1>');
		expect(html).toContain('<h2 id="error-21610">21610</h2><p>Recipient unsubscribed.</p>');
		expect(html).toContain('<span data-pagefind-meta="entries">error-21610=e</span>');
		expect(html).toContain('<span data-pagefind-filter="kind">Page</span><span data-pagefind-filter="kind">Error code</span>');
		expect(html).toContain('<span data-pagefind-filter="provider">Example API</span>');
	});
});

describe('pages indexed from their HTML', () => {
	it('keep table header cells apart, so column names are words of their own', () => {
		expect(headerCellsApart('<tr><th scope="col">Raw body needed</th><th scope="col">Replay tolerance</th></tr><tr><th scope="row">Adyen</th>')).toBe(
			'<tr><th scope="col">Raw body needed </th><th scope="col">Replay tolerance </th></tr><tr><th scope="row">Adyen </th>'
		);
	});
});
