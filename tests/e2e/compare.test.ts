import { expect, test } from './test';
import type { Page } from '@playwright/test';
import { entryUrl, errorAnchor, rateLimitAnchor } from '../../src/lib/anchors';
import { providersByName as providers } from './data/providers';

/** The comparison pages' URLs, written out: linked from elsewhere, so they must not move. */
const COMPARE_PATHS = {
	errors: '/errors/',
	rateLimits: '/compare/rate-limits/',
	webhooks: '/compare/webhooks/',
	idempotencyPagination: '/compare/idempotency-pagination/',
} as const;

/** The rows of a comparison table and the link in each. */
function table(page: Page, name: string) {
	const rows = page.locator(`table[data-compare="${name}"] > tbody > tr`);
	return { rows, visibleRows: rows.filter({ visible: true }), links: rows.locator('a[href*="#"]') };
}

/** Asserts each row links to the expected entry, in order. */
async function expectRowLinks(page: Page, name: string, urls: string[]) {
	const { rows, links } = table(page, name);
	await expect(rows).toHaveCount(urls.length);
	expect(await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')))).toEqual(urls);
}

test.describe('comparison pages', () => {
	test('should list every error code of every provider, each linking to its entry', async ({ page }) => {
		await page.goto(COMPARE_PATHS.errors);
		await expectRowLinks(page, 'errors', providers.flatMap((p) => p.errors.map((e) => entryUrl(p.id, errorAnchor(e.code)))));
	});

	test('should list every rate limit of every provider', async ({ page }) => {
		await page.goto(COMPARE_PATHS.rateLimits);
		await expectRowLinks(page, 'rate-limits', providers.flatMap((p) => p.rateLimits.map((l) => entryUrl(p.id, rateLimitAnchor(l.id)))));
	});

	test('should compare the webhooks of every provider that sends them', async ({ page }) => {
		await page.goto(COMPARE_PATHS.webhooks);
		const withWebhooks = providers.filter((p) => p.webhooks);
		await expectRowLinks(page, 'webhooks', withWebhooks.map((p) => entryUrl(p.id, 'webhooks')));
		const { rows } = table(page, 'webhooks');
		for (const [index, provider] of withWebhooks.entries()) {
			const cells = rows.nth(index).locator('td');
			await expect(cells.nth(0)).toHaveText(provider.webhooks!.signatureHeader);
			await expect(cells.nth(3)).toHaveText(provider.webhooks!.rawBodyRequired ? 'Yes' : 'No');
		}
		await expect(page.locator('table[data-compare="webhooks"] thead th')).toHaveText([
			'Provider',
			'Signature header',
			'Algorithm',
			'What is signed',
			'Raw body needed',
			'Replay tolerance',
		]);
	});

	test('should compare idempotency of every provider and pagination of those with lists', async ({ page }) => {
		await page.goto(COMPARE_PATHS.idempotencyPagination);
		await expectRowLinks(page, 'idempotency', providers.map((p) => entryUrl(p.id, 'idempotency')));
		await expectRowLinks(page, 'pagination', providers.filter((p) => p.pagination).map((p) => entryUrl(p.id, 'pagination')));
	});

	test('should be in the sidebar under Compare', async ({ page }) => {
		await page.goto('/about/');
		const group = page.locator('#starlight__sidebar details').filter({ has: page.locator('summary', { hasText: 'Compare' }) });
		for (const path of Object.values(COMPARE_PATHS)) await expect(group.locator(`a[href="${path}"]`)).toHaveCount(1);
	});

	test('should follow a row to its entry on the provider page', async ({ page }) => {
		await page.goto(COMPARE_PATHS.rateLimits);
		const link = table(page, 'rate-limits').links.last();
		const href = (await link.getAttribute('href'))!;
		await link.click();
		await expect(page.locator(`[id="${href.split('#')[1]}"]`)).toBeInViewport();
	});
});

test.describe('error index filters', () => {
	const errors = providers.flatMap((provider) => provider.errors.map((error) => ({ provider, error })));

	test('should filter by provider, HTTP status and retry class, and keep the filters in the URL', async ({ page, consoleErrors }) => {
		await page.goto(COMPARE_PATHS.errors);
		const { visibleRows } = table(page, 'errors');
		const provider = providers.find((p) => p.errors.length > 1)!;

		await page.getByRole('main').getByLabel('Provider').selectOption(provider.id);
		await expect(visibleRows).toHaveCount(provider.errors.length);
		await expect(page.locator('.compare-count')).toHaveText(`${provider.errors.length} of ${errors.length} error codes`);
		await expect(page).toHaveURL(new RegExp(`\\?provider=${provider.id}$`));

		await page.getByRole('main').getByLabel('Provider').selectOption('');
		await page.getByRole('main').getByLabel('HTTP status').selectOption('429');
		await expect(visibleRows).toHaveCount(errors.filter(({ error }) => error.httpStatus === 429).length);

		await page.getByRole('main').getByLabel('Retry').selectOption('retry-with-backoff');
		const both = errors.filter(({ error }) => error.httpStatus === 429 && error.retry === 'retry-with-backoff');
		await expect(visibleRows).toHaveCount(both.length);

		// A shared link opens with the same filters.
		await page.reload();
		await expect(page.getByRole('main').getByLabel('HTTP status')).toHaveValue('429');
		await expect(visibleRows).toHaveCount(both.length);
		expect(consoleErrors).toEqual([]);
	});

	test('should show every row and no filter controls without JavaScript', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(COMPARE_PATHS.errors);
		await expect(table(page, 'errors').visibleRows).toHaveCount(errors.length);
		await expect(page.locator('.compare-filters')).toBeHidden();
		await context.close();
	});
});
