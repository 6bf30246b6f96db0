import { expect, test } from './test';
import { findStaleFacts } from '../../src/lib/providers/freshness';
import { testedProviders as providers } from './data/providers';

// The site was built moments ago (Playwright's webServer), so "now" for the page is today.
for (const provider of providers) {
	test(`should mark exactly the facts on ${provider.name}'s page that are more than 12 months old`, async ({ page }) => {
		await page.goto(`/providers/${provider.id}/`);
		const stale = findStaleFacts(provider, new Date());
		await expect(page.locator('main .fact-source time[datetime]').first()).toBeVisible();
		await expect(page.locator('main .fact-source[data-stale]')).toHaveCount(stale.length);
		for (const fact of stale.filter((candidate) => candidate.anchor)) {
			// A table row carries the anchor as its id; a pattern's section is labelled by its heading's id.
			const entry = page.locator(`:is([id="${fact.anchor}"], [aria-labelledby="${fact.anchor}"])`);
			await expect(entry.locator('.fact-source[data-stale]'), fact.field).toContainText('Possibly out of date');
		}
	});
}
