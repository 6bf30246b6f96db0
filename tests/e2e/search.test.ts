import { expect, test } from './test';
import { providers } from './data/providers';
import { highlightsInView } from './fixtures/SearchDialog';
import { searchCases } from './data/searchQueries';

test('should have real queries to run: at least 10 on the sampled providers, 20 with E2E_PROVIDERS=all', () => {
	expect(searchCases.length).toBeGreaterThanOrEqual(process.env.E2E_PROVIDERS === 'all' ? 20 : 10);
});

test.describe('search lands on the exact entry', () => {
	for (const searchCase of searchCases) {
		test(`should put ${searchCase.path}#${searchCase.anchor} first for "${searchCase.query}" (${searchCase.why})`, async ({ page, consoleErrors: errors, searchDialog: search }) => {
			await page.goto('/about/');
			await search.open();
			await search.search(searchCase.query);

			const first = await search.firstResultUrl();
			expect(first.pathname).toBe(searchCase.path);
			expect(first.hash).toBe(`#${searchCase.anchor}`);

			await search.resultLinks.first().click();
			await expect(page).toHaveURL((url) => url.pathname === searchCase.path && url.hash === `#${searchCase.anchor}`);
			await expect(page.locator(`[id="${searchCase.anchor}"]`)).toBeInViewport();
			// The searched words are marked where the reader lands: in the entry, or in view for a section.
			const inEntry = searchCase.anchor !== 'webhooks';
			await expect.poll(() => highlightsInView(page, inEntry ? searchCase.anchor : undefined)).toContainEqual(
				expect.stringMatching(new RegExp(`^${searchCase.query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'i'))
			);
			expect(errors).toEqual([]);
		});
	}
});

/**
 * A representative subset of the relevance benchmark's `tune` queries (scripts/bench/relevance/queries.yaml):
 * codes with a provider name, problems, concepts, paraphrases and body words, each with the URL it must put first.
 */
const relevanceCases: [query: string, first: string][] = [
	['twilio 429', '/providers/twilio/#error-20429'],
	['discord 429', '/providers/discord/#error-429'],
	['salesforce 403', '/providers/salesforce/#limit-errors-are-403'],
	['s3 503', '/providers/aws/#limit-s3-writes-per-prefix'],
	['hubspot daily limit', '/providers/hubspot/#daily-limit-is-shared'],
	// "expired" matches the gotcha's title word "expire" (one stem), so it leads its error code; both answer.
	['salesforce session expired', '/providers/salesforce/#session-timeout-expiry'],
	['twilio messages per second', '/providers/twilio/#limit-account-messages-per-second'],
	['openai tpm limit', '/providers/openai/#limit-tokens-per-minute'],
	['lambda concurrency quota', '/providers/aws/#limit-lambda-concurrency'],
	['webhook signature', '/compare/webhooks/'],
	['idempotency key expire', '/compare/idempotency-pagination/'],
	['which errors can I retry', '/errors/'],
	['timingSafeEqual', '/providers/github/#verify-webhook-signature'],
	// The page loaded first is the one with the words near each other, not the one with all of them somewhere.
	['double charged customer', '/providers/stripe/#idempotency-keys'],
	// A hyphenated word is a phrase; a code matches by its parts; "timeout" stands for "within 10 seconds".
	['x-request-id', '/providers/openai/#log-request-ids'],
	['square idempotency key reused', '/providers/square/#error-idempotency-key-reused'],
	['github webhook timeout', '/providers/github/#webhook-delivery-handling'],
	// Concept groups: disabled → paused, suspended; blank → empty. Contractions are not searched ("don't").
	['webhook endpoint disabled', '/providers/intercom/#webhook-endpoint-health'],
	['discord bot gets blank message text', '/providers/discord/#message-content-intent'],
	['errors that should not be retried', '/errors/'],
];

test.describe('search answers what developers type', () => {
	for (const [query, expected] of relevanceCases) {
		test(`should put ${expected} first for "${query}"`, async ({ page, searchDialog: search }) => {
			await page.goto('/about/');
			await search.open();
			await search.search(query);
			const first = await search.firstResultUrl();
			expect(`${first.pathname}${first.hash}`).toBe(expected);
		});
	}

	test('should set the provider filter from a provider named in the query, say so, and let it be cleared', async ({ page, searchDialog: search }) => {
		await page.goto('/');
		await search.open();
		await search.search('stripe 429');
		await expect(search.provider).toHaveValue('Stripe');
		await expect(search.providerNote).toHaveText(/Showing Stripe only/);
		// Not the provider's page top: the query asks for more than the provider.
		expect((await search.firstResultUrl()).hash).not.toBe('');
		for (const context of await search.resultContexts()) expect(context).toMatch(/^Stripe · /);

		await search.providerNote.getByRole('button', { name: 'Search all providers' }).click();
		await expect(search.provider).toHaveValue('');
		await expect(search.providerNote).toBeHidden();
		await expect(search.status).toContainText('for “stripe 429”');
		await expect(search.input).toBeFocused();
	});

	test('should list a provider’s page first for its name alone, and never an exact match for it', async ({ page, searchDialog: search }) => {
		await page.goto('/');
		await search.open();
		await search.search('twilio');
		await expect(search.provider).toHaveValue('Twilio');
		expect((await search.firstResultUrl()).pathname).toBe('/providers/twilio/');
		expect((await search.firstResultUrl()).hash).toBe('');
		await expect(search.results.and(page.locator('[data-exact]'))).toHaveCount(0);
	});
});

test.describe('search dialog', () => {
	test('should close with one Escape when a query is typed, and show "Searching…" while the first query runs', async ({ page, searchDialog: search }) => {
		await page.goto('/');
		// Hold Pagefind's index back so the first query is still running when we look.
		let release = () => {};
		const held = new Promise<void>((resolve) => (release = resolve));
		await page.route('**/pagefind/pagefind-entry.json', async (route) => {
			await held;
			await route.continue();
		});
		await search.open();
		await search.input.fill('backoff');
		await expect(search.status).toHaveText('Searching…');
		release();
		await search.waitForResults('backoff');
		await page.keyboard.press('Escape');
		await expect(search.dialog).toBeHidden();
	});

	test('should show clean excerpts (no Markdown, no ids, words apart) and one focus stop per result', async ({ page, searchDialog: search }) => {
		await page.goto('/');
		await search.open();
		await search.search('idempotency key');
		const excerpts = await search.results.locator('.search-result-excerpt').allTextContents();
		expect(excerpts.length).toBeGreaterThan(2);
		for (const excerpt of excerpts) {
			expect(excerpt).not.toMatch(/[`*]|\]\(|\w[.:;!?][A-Z][a-z]/);
			expect(excerpt).not.toMatch(/\b(limit|error)-[a-z0-9-]+\b/);
		}
		for (const result of await search.results.all()) expect(await result.locator('a, button, [tabindex]').count()).toBe(1);
	});

	test('should load search only on intent', async ({ page, searchDialog }) => {
		const requests: string[] = [];
		page.on('request', (request) => requests.push(new URL(request.url()).pathname));
		await page.goto('/providers/stripe/');
		await page.waitForLoadState('networkidle');
		expect(requests.filter((path) => path.startsWith('/pagefind/') || path.startsWith('/search/'))).toEqual([]);

		const pagefindLoaded = page.waitForRequest((request) => request.url().endsWith('/pagefind/pagefind.js'));
		await searchDialog.button.hover();
		await pagefindLoaded;
	});

	test('should open with Ctrl+K, close with Escape, and follow the first result on Enter', async ({ page, searchDialog: search }) => {
		await page.goto('/');
		await search.open();
		await expect(search.input).toBeFocused();
		await page.keyboard.press('Escape');
		await expect(search.dialog).toBeHidden();

		await search.open();
		await search.search('ThrottlingException');
		await search.input.press('Enter');
		await expect(page).toHaveURL(/\/providers\/aws\/\?highlight=ThrottlingException#error-throttlingexception$/);
	});

	test('should mark exact matches and move through results with the arrow keys', async ({ page, searchDialog: search }) => {
		await page.goto('/');
		await search.open();
		await search.search('422');
		const withCode422 = providers.filter((provider) => provider.errors.some((error) => error.code === '422'));
		await expect(search.results.and(page.locator('[data-exact]'))).toHaveCount(withCode422.length);
		await search.input.press('ArrowDown');
		await expect(search.resultLinks.first()).toBeFocused();
		await page.keyboard.press('ArrowDown');
		await expect(search.resultLinks.nth(1)).toBeFocused();
	});
});

test.describe('search filters', () => {
	test('should offer every provider and every kind', async ({ page, searchDialog: search }) => {
		await page.goto('/');
		await search.open();
		await expect(search.provider.locator('option')).toHaveCount(providers.length + 1);
		for (const provider of providers) await expect(search.provider.locator(`option[value="${provider.name}"]`)).toHaveCount(1);
		await expect(search.kind.locator('option')).toHaveText(['All kinds', 'Gotcha', 'Pattern', 'Error code', 'Rate limit', 'Checklist item', 'Page']);
	});

	test('should put the filtered provider’s entry first for a code several providers share', async ({ page, searchDialog: search }) => {
		const withCode = providers.filter((provider) => provider.errors.some((error) => error.code === '422'));
		test.skip(withCode.length < 2, 'needs a code documented by two providers');
		const last = withCode.at(-1)!;
		await page.goto('/');
		await search.open();
		await search.provider.selectOption(last.name);
		await search.search('422');
		expect((await search.firstResultUrl()).href).toContain(`/providers/${last.id}/?highlight=422#error-422`);
		for (const context of await search.resultContexts()) expect(context).toMatch(new RegExp(`^${last.name} · `));
	});

	test('should list exactly a provider’s rate limits when filtering by provider and kind', async ({ page, searchDialog: search }) => {
		const provider = providers.find((candidate) => candidate.rateLimits.length > 1)!;
		await page.goto('/');
		await search.open();
		await search.provider.selectOption(provider.name);
		await search.kind.selectOption('Rate limit');
		await expect(search.status).toHaveText(`${provider.rateLimits.length} results in ${provider.name}`);
		// The dialog shows results in batches of 10 (RESULTS_PER_BATCH in src/scripts/searchDialog.ts).
		await expect(search.results).toHaveCount(Math.min(provider.rateLimits.length, 10));
		for (const context of await search.resultContexts()) expect(context).toBe(`${provider.name} · Rate limit`);
	});

	test('should keep only gotchas, or only pages, when filtering by kind', async ({ page, searchDialog: search }) => {
		await page.goto('/');
		await search.open();
		await search.kind.selectOption('Gotcha');
		await search.search('webhook');
		const gotchas = await search.resultContexts();
		expect(gotchas.length).toBeGreaterThan(0);
		for (const context of gotchas) expect(context).toMatch(/ · Gotcha$/);

		await search.kind.selectOption('Page');
		await expect(search.results.first().locator('.search-result-meta')).toHaveText(/Page/);
		// "Page", after the provider if any, and before the section a sub-result lands on: "Page · Getting the raw webhook body".
		for (const context of await search.resultContexts()) expect(context).toMatch(/(^|· )Page( · [^·]+)?( · exact match)?$/);
	});
});

test.describe('queries in links', () => {
	test('should open the search filled in from ?q=', async ({ page, searchDialog: search }) => {
		await page.goto('/providers/stripe/?q=card_declined');
		await expect(search.dialog).toBeVisible();
		await expect(search.input).toHaveValue('card_declined');
		await search.waitForResults('card_declined');
		expect((await search.firstResultUrl()).hash).toBe('#error-card-declined');
	});

	test('should apply ?provider= and ?kind= filters from the URL', async ({ page, searchDialog: search }) => {
		await page.goto(`/?q=webhook&kind=Gotcha&provider=${encodeURIComponent(providers[0]!.name)}`);
		await expect(search.kind).toHaveValue('Gotcha');
		await expect(search.provider).toHaveValue(providers[0]!.name);
	});

	test('should describe the site to browsers with OpenSearch', async ({ page, request, searchDialog: search }) => {
		await page.goto('/providers/stripe/');
		const link = page.locator('head link[rel="search"][type="application/opensearchdescription+xml"]');
		await expect(link).toHaveAttribute('href', '/opensearch.xml');
		// The type a static host sends depends on the host (by extension, text/xml here); the content is ours.
		const xml = await (await request.get('/opensearch.xml')).text();
		expect(xml).toContain('<ShortName>API Integration Patterns</ShortName>');
		const template = /<Url type="text\/html" method="get" template="([^"]+)"/.exec(xml)![1]!;
		expect(template).toMatch(/^https:\/\/[^/]+\/\?q=\{searchTerms\}$/);

		// The browser fills in the template: on this server, the same path opens the search.
		const filled = new URL(template.replace('{searchTerms}', '21610'));
		await page.goto(filled.pathname + filled.search);
		await search.waitForResults('21610');
		expect((await search.firstResultUrl()).hash).toBe('#error-21610');
	});
});
