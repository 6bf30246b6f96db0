/**
 * What a reader sees, at a laptop's and a phone's size: every table readable in full without sideways
 * scrolling (a table while its columns fit, labelled cards below), the provider summary on the first
 * screen, the home page leading to every view, and bad input (a malformed fragment, a corrupt stored
 * theme) never throwing.
 */
import type { Page } from '@playwright/test';
import { collectConsoleErrors, expect, test } from './test';
import { providers, testedProviders } from './data/providers';
import { MISSING_PAGE_PATH } from './data/sitePages';

const VIEWPORTS = [
	{ name: 'laptop', width: 1280, height: 800 },
	{ name: 'phone', width: 375, height: 812 },
] as const;

/** One page of every kind that has tables or leads to them. */
const PAGES = [
	'/',
	...testedProviders.map((provider) => `/providers/${provider.id}/`),
	'/providers/',
	'/errors/',
	'/compare/rate-limits/',
	'/compare/webhooks/',
	'/compare/idempotency-pagination/',
	'/checklist/',
	'/about/',
];

/** In the page: cells of shown rows that stick out of the viewport, tables that scroll sideways, page overflow. */
function measureTables() {
	const describe = (cell: Element) => `${cell.closest('table')?.className || 'table'} › ${cell.closest('tr')?.id || cell.closest('tr')?.textContent?.trim().slice(0, 30)} › ${cell.textContent?.trim().slice(0, 30)}`;
	const outside = [...document.querySelectorAll('main table :is(th, td)')]
		.filter((cell) => cell.checkVisibility() && !cell.closest('thead'))
		.filter((cell) => {
			const box = cell.getBoundingClientRect();
			return box.left < -0.5 || box.right > window.innerWidth + 0.5;
		})
		.map(describe);
	const scrolling = [...document.querySelectorAll('main table')]
		.flatMap((table) => [table, table.parentElement!])
		.filter((element) => element.scrollWidth > element.clientWidth + 1)
		.map((element) => `${element.tagName.toLowerCase()}.${element.className}: ${element.scrollWidth} > ${element.clientWidth}`);
	return { outside, scrolling, pageOverflow: document.documentElement.scrollWidth - window.innerWidth };
}

async function open(page: Page, path: string) {
	await page.goto(path);
	await page.waitForLoadState('networkidle');
}

for (const viewport of VIEWPORTS) {
	test.describe(`at ${viewport.width}×${viewport.height} (${viewport.name})`, () => {
		test.use({ viewport: { width: viewport.width, height: viewport.height } });

		for (const path of PAGES) {
			test(`should show every table on ${path} in full, without sideways scrolling`, async ({ page }) => {
				await open(page, path);
				const { outside, scrolling, pageOverflow } = await page.evaluate(measureTables);
				expect(outside, 'table cells outside the viewport').toEqual([]);
				expect(scrolling, 'tables that scroll sideways').toEqual([]);
				expect(pageOverflow).toBeLessThanOrEqual(0);
			});
		}

		for (const provider of testedProviders) {
			test(`should show the ${provider.name} summary on the first screen, each fact linking to its entry`, async ({ page }) => {
				await open(page, `/providers/${provider.id}/`);
				const facts = page.locator('.at-a-glance [data-summary]');
				expect(await facts.count()).toBeGreaterThanOrEqual(3);
				for (const fact of await facts.all()) {
					for (const part of await fact.locator('dt, dd').all()) {
						const box = (await part.boundingBox())!;
						expect(box.y + box.height, `${await fact.getAttribute('data-summary')} ends within the first screen`).toBeLessThanOrEqual(viewport.height);
						expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
					}
					const href = await fact.locator('dt a').getAttribute('href');
					expect(await page.locator(`[id="${href!.slice(1)}"]`).count(), `${href} is on the page`).toBe(1);
				}
				await expect(page.locator('.at-a-glance [data-summary="rate-limit"]')).toHaveCount(provider.rateLimits.length > 0 ? 1 : 0);
				const webhook = page.locator('.at-a-glance [data-summary="webhooks"] dd');
				if (provider.webhooks) await expect(webhook).toContainText(provider.webhooks.signatureHeader);
				else await expect(webhook).toHaveCount(0);
			});
		}
	});
}

test.describe('cards on a phone', () => {
	test.use({ viewport: { width: 375, height: 812 } });

	test('should label each value and keep the table, its rows and headers for screen readers', async ({ page }) => {
		const provider = providers.find((candidate) => candidate.errors.length > 0)!;
		await open(page, `/providers/${provider.id}/`);
		const errors = page.getByRole('table').and(page.locator('.error-code-table'));
		await expect(errors).toHaveCount(1);
		await expect(errors.getByRole('columnheader')).toHaveText(['Code', 'Retry?', 'Meaning', 'Action']);
		await expect(errors.getByRole('row')).toHaveCount(provider.errors.length + 1);
		await expect(errors.getByRole('rowheader').first()).toContainText(provider.errors[0]!.code);
		const label = await errors.locator('tbody td[data-label="Meaning"]').first().evaluate((cell) => getComputedStyle(cell, '::before').content);
		expect(label).toContain('Meaning');
		const display = await errors.locator('tbody tr').first().evaluate((row) => getComputedStyle(row).display);
		expect(display).toBe('flex');
	});

	test('should keep the error index filters working on cards', async ({ page }) => {
		await open(page, '/errors/?retry=retry-with-backoff');
		const rows = page.locator('table[data-compare="errors"] tbody tr');
		const shown = rows.locator('visible=true');
		expect(await shown.count()).toBeGreaterThan(0);
		expect(await shown.count()).toBeLessThan(await rows.count());
		for (const row of await shown.all()) await expect(row).toHaveAttribute('data-retry', 'retry-with-backoff');
	});
});

test('should never break a retry badge inside a word, nor set it in a code font', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await open(page, '/errors/');
	const badges = await page.locator('table .sl-badge').evaluateAll((elements) =>
		elements.slice(0, 40).map((badge) => {
			const style = getComputedStyle(badge);
			const lines = badge.getClientRects().length;
			return { text: badge.textContent, font: style.fontFamily, wrap: style.overflowWrap, height: badge.getBoundingClientRect().height, lineHeight: parseFloat(style.lineHeight) || 20, lines };
		})
	);
	expect(badges.length).toBeGreaterThan(0);
	for (const badge of badges) {
		expect(badge.font, badge.text!).not.toMatch(/mono/i);
		expect(badge.wrap).not.toBe('anywhere');
		expect(badge.height, `${badge.text} on one line`).toBeLessThan(badge.lineHeight * 2);
	}
});

test.describe('home page', () => {
	for (const viewport of VIEWPORTS) {
		test(`should lead to every view and every provider at ${viewport.name} size`, async ({ page }) => {
			await page.setViewportSize(viewport);
			await open(page, '/');
			await expect(page).toHaveTitle('API Integration Patterns');
			for (const href of ['/checklist/', '/errors/', '/compare/rate-limits/', '/compare/webhooks/', '/compare/idempotency-pagination/', '/about/']) {
				await expect(page.locator(`main a[href="${href}"]`)).toHaveCount(1);
			}
			for (const provider of providers) await expect(page.locator(`main a[href="/providers/${provider.id}/"]`)).toHaveCount(1);
			// No card repeats the category it is listed under, and no summary is cut off.
			await expect(page.locator('.provider-card .category')).toHaveCount(0);
			const clipped = await page.locator('.provider-card .summary').evaluateAll((elements) => elements.filter((element) => element.scrollHeight > element.clientHeight + 1).length);
			expect(clipped).toBe(0);
			if (viewport.name === 'phone') {
				await page.getByRole('button', { name: 'Menu' }).click();
				await expect(page.locator('#starlight__sidebar')).toBeVisible();
			}
		});
	}

	test('should use the width of a laptop screen, with several categories side by side', async ({ page }) => {
		await page.setViewportSize({ width: 1280, height: 800 });
		await open(page, '/');
		const lefts = await page.locator('.category-group').evaluateAll((groups) => groups.map((group) => Math.round(group.getBoundingClientRect().left)));
		expect(new Set(lefts).size).toBeGreaterThanOrEqual(3);
	});
});

test.describe('bad input', () => {
	test('should land on a search result whose fragment is malformed without an uncaught error', async ({ page }) => {
		const errors = collectConsoleErrors(page);
		const provider = providers[0]!;
		await page.goto(`/providers/${provider.id}/?highlight=limit#%E0%A4%A`);
		await page.waitForLoadState('networkidle');
		await expect(page.locator('h1')).toHaveText(provider.name);
		expect(errors.filter((error) => !/Failed to load resource/.test(error))).toEqual([]);
	});

	for (const stored of ['1nvalid', 'light dark', '#', 'AUTO']) {
		test(`should apply a theme and keep the theme select working when the stored theme is ${JSON.stringify(stored)}`, async ({ page }) => {
			const errors = collectConsoleErrors(page);
			await page.addInitScript((value) => {
				if (!sessionStorage.getItem('seeded')) {
					localStorage.setItem('starlight-theme', value);
					sessionStorage.setItem('seeded', '1');
				}
			}, stored);
			await page.emulateMedia({ colorScheme: 'dark' });
			await open(page, '/about/');
			await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
			const select = page.locator('starlight-theme-select select').first();
			await expect(select).toHaveValue('auto');
			await select.selectOption('light');
			await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
			expect(errors).toEqual([]);
		});
	}
});

test('should have a helpful 404 page: search, providers, checklist, home', async ({ page }) => {
	await page.goto(MISSING_PAGE_PATH);
	await expect(page.locator('h1')).toHaveText('Page not found');
	for (const href of ['/providers/', '/checklist/', '/errors/', '/']) await expect(page.locator(`main a[href="${href}"]`)).toHaveCount(1);
	await page.locator('main input[name="q"]').fill('21610');
	await page.locator('main form[role="search"] button').click();
	await expect(page).toHaveURL(/\/\?q=21610$/);
});

test('should serve robots.txt pointing at the sitemap on the site URL', async ({ request }) => {
	const body = await (await request.get('/robots.txt')).text();
	expect(body).toContain('User-agent: *');
	expect(body).toMatch(/^Sitemap: https?:\/\/[^/]+\/sitemap-index\.xml$/m);
});
