import { expect, test } from './test';
import { countFacts } from '../../src/lib/providers/facts';
import { providers } from './data/providers';

test.describe('home page', () => {
	test('should show a card per provider with its category and counts', async ({ page, consoleErrors: errors }) => {
		await page.goto('/');
		const cards = page.locator('.provider-card');
		await expect(cards).toHaveCount(providers.length);
		for (const provider of providers) {
			const card = page.locator(`.provider-card[data-provider="${provider.id}"]`);
			const counts = countFacts(provider);
			await expect(card.locator('[data-count="gotchas"]')).toHaveText(String(counts.gotchas));
			await expect(card.locator('[data-count="rate-limits"]')).toHaveText(String(counts.rateLimits));
			await expect(card.locator('[data-count="errors"]')).toHaveText(String(counts.errors));
		}
		await page.locator(`.provider-card[data-provider="${providers[0]!.id}"] .provider-card-title a`).click();
		await expect(page).toHaveURL(new RegExp(`/providers/${providers[0]!.id}/$`));
		expect(errors).toEqual([]);
	});

	test('should list providers, not their entries, in the sidebar', async ({ page }) => {
		await page.goto(`/providers/${providers[0]!.id}/`);
		const sidebarLinks = page.locator('#starlight__sidebar a');
		for (const provider of providers) {
			await expect(sidebarLinks.filter({ hasText: new RegExp(`^${provider.name}$`) })).toHaveCount(1);
		}
		await expect(sidebarLinks.filter({ has: page.locator('[href*="#"]') })).toHaveCount(0);
		await expect(page.locator(`#starlight__sidebar a[aria-current="page"]`)).toHaveText(providers[0]!.name);
	});
});

test.describe('providers index', () => {
	test('should link every provider', async ({ page }) => {
		await page.goto('/providers/');
		for (const provider of providers) {
			await expect(page.locator(`main a[href="/providers/${provider.id}/"]`)).toHaveCount(1);
		}
	});
});

test.describe('themes and viewports', () => {
	test('should render a provider page in dark mode', async ({ page }) => {
		await page.emulateMedia({ colorScheme: 'dark' });
		await page.goto(`/providers/${providers[0]!.id}/`);
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
		const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
		const [r, g, b] = background.match(/\d+/g)!.map(Number);
		expect(r! + g! + b!).toBeLessThan(150);
	});

	for (const provider of providers) {
		test(`should fit the ${provider.name} page in a phone-sized viewport without horizontal page scroll`, async ({ page }) => {
			await page.setViewportSize({ width: 375, height: 740 });
			await page.goto(`/providers/${provider.id}/`);
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
			expect(overflow).toBeLessThanOrEqual(0);
		});
	}

	test('should open the navigation from the menu button on a phone', async ({ page }) => {
		await page.setViewportSize({ width: 375, height: 740 });
		await page.goto(`/providers/${providers[0]!.id}/`);
		await expect(page.locator('#starlight__sidebar')).toBeHidden();
		await page.getByRole('button', { name: 'Menu' }).click();
		await expect(page.locator('#starlight__sidebar')).toBeVisible();
	});
});
