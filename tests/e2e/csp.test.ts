import { expect, test } from './test';
import { collectCspViolations } from './cspViolations';
import { providers } from './data/providers';
import { SitePage } from './fixtures/SitePage';
import { sitePages } from './data/sitePages';

/** The Content Security Policy a page declares in its <meta> tag. */
async function pagePolicy(site: SitePage) {
	return site.page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
}

test.describe('Content Security Policy', () => {
	test('should declare a policy that allows no inline or eval’d script', async ({ sitePage: site }) => {
		await site.goto('/');
		const policy = await pagePolicy(site);
		const scriptSources = policy?.match(/script-src ([^;]*)/)?.[1]?.split(/\s+/) ?? [];
		expect(scriptSources).toContain("'self'");
		expect(scriptSources).not.toContain("'unsafe-inline'");
		expect(scriptSources).not.toContain("'unsafe-eval'");
		expect(scriptSources.some((source) => source.startsWith("'sha256-"))).toBe(true);
	});

	for (const sitePage of sitePages) {
		test(`should report no violation on ${sitePage.path}`, async ({ page }) => {
			const violations = await collectCspViolations(page);
			await page.goto(sitePage.path);
			await page.waitForLoadState('networkidle');
			expect(violations).toEqual([]);
		});
	}

	test.describe('with an injected inline script', () => {
		// The browser reports the blocked script on the console: that report is what this test wants.
		test.use({ allowedConsoleErrors: [/^Executing inline script violates the following Content Security Policy directive 'script-src /] });

		test('should block an injected inline script, so the policy is in force', async ({ page }) => {
			const violations = await collectCspViolations(page);
			await page.goto('/');
			await page.evaluate(() => {
				const script = document.createElement('script');
				script.textContent = 'document.documentElement.dataset.injected = "ran"';
				document.head.append(script);
			});
			await expect.poll(() => violations.length).toBeGreaterThan(0);
			await expect(page.locator('html')).not.toHaveAttribute('data-injected', 'ran');
		});
	});

	test('should keep search working', async ({ page, consoleErrors: errors, searchDialog: search }) => {
		const violations = await collectCspViolations(page);
		const provider = providers.find((candidate) => candidate.errors.length > 0)!;
		await page.goto('/');
		await search.open();
		await search.search(provider.name);
		await expect(search.resultLinks.first()).toHaveAttribute('href', /\/providers\//);
		expect(violations).toEqual([]);
		expect(errors).toEqual([]);
	});

	test('should keep theme switching working, across a reload', async ({ page, sitePage: site }) => {
		const violations = await collectCspViolations(page);
		await page.emulateMedia({ colorScheme: 'light' });
		await site.goto('/');
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
		await site.themeSelect.selectOption('dark');
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
		await page.reload();
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
		await site.themeSelect.selectOption('light');
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
		expect(violations).toEqual([]);
	});

	test('should keep copy buttons working', async ({ page, context, sitePage: site }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		const violations = await collectCspViolations(page);
		await site.goto(`/providers/${providers[0]!.id}/`);
		const button = site.copyButtons.first();
		const code = (await button.getAttribute('data-code'))!.replace(/\u007f/g, '\n');
		await button.click();
		await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(code);
		expect(violations).toEqual([]);
	});

	test('should keep the mobile menu working', async ({ page }) => {
		const violations = await collectCspViolations(page);
		await page.setViewportSize({ width: 375, height: 740 });
		await page.goto(`/providers/${providers[0]!.id}/`);
		await page.getByRole('button', { name: 'Menu' }).click();
		await expect(page.locator('#starlight__sidebar')).toBeVisible();
		expect(violations).toEqual([]);
	});

	test('should keep the checklist working', async ({ page, consoleErrors: errors }) => {
		const checklist = sitePages.find((sitePage) => sitePage.path.startsWith('/checklist/'));
		test.skip(!checklist, 'no checklist pages in this build');
		const violations = await collectCspViolations(page);
		await page.goto(checklist!.path);
		const item = page.locator('main input[type="checkbox"]').first();
		await item.check();
		await expect(item).toBeChecked();
		await page.waitForLoadState('networkidle');
		expect(violations).toEqual([]);
		expect(errors).toEqual([]);
	});
});
