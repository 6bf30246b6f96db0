import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './test';
import type { Page } from '@playwright/test';
import { pageOfEachKind, sitePages } from './data/sitePages';

/**
 * How pages are checked: every page in the light theme on a desktop; one page of each kind (the
 * largest) also in the dark theme, at a phone-sized viewport, and by keyboard. Pages of one kind are
 * made by the same components, so this covers every component in every mode at a third of the cost.
 */
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 375, height: 812 };
const MODES = [
	{ name: 'light', colorScheme: 'light', viewport: DESKTOP, pages: sitePages },
	{ name: 'dark', colorScheme: 'dark', viewport: DESKTOP, pages: pageOfEachKind },
	{ name: 'phone', colorScheme: 'light', viewport: PHONE, pages: pageOfEachKind },
] as const;

/**
 * Axe's violations in a form that reads well in a failed assertion: rule, impact and the first few elements.
 * The tokens inside code blocks are left out: Expressive Code already raises every token's colour to a
 * contrast of 5.5:1 (its `minSyntaxHighlightingColorContrast`), and checking thousands of token spans
 * would double the time axe takes. The code block itself (its frame, title, copy button) is checked.
 */
async function axeViolations(page: Page) {
	const { violations } = await new AxeBuilder({ page }).exclude('.expressive-code pre > code').analyze();
	return violations.map((violation) => ({
		rule: violation.id,
		impact: violation.impact,
		help: violation.help,
		elements: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')),
		count: violation.nodes.length,
	}));
}

/**
 * Waits until the page is as readers get it: network idle and Starlight's scripts run, which enable the
 * search button and show its shortcut hint (at `load` they have not, and axe would miss what they change).
 */
async function settled(page: Page) {
	await page.waitForLoadState('networkidle');
	await expect(page.locator('button[data-open-modal]').first()).toBeEnabled();
}

// Axe on a provider page takes a few seconds on an idle machine; leave room for a busy one.
test.describe.configure({ timeout: 120_000 });

test('should find the built pages to check, and one of each kind', () => {
	expect(sitePages.map((page) => page.file)).toEqual(expect.arrayContaining(['/index.html', '/404.html', '/providers/index.html']));
	expect(pageOfEachKind.map((page) => page.kind)).toEqual(expect.arrayContaining(['/', '404', '/providers/', '/providers/*/']));
	expect(new Set(pageOfEachKind.map((page) => page.kind)).size).toBe(pageOfEachKind.length);
});

for (const mode of MODES) {
	for (const sitePage of mode.pages) {
		test(`should have no axe violations on ${sitePage.path} in ${mode.name} mode`, async ({ page }) => {
			await page.emulateMedia({ colorScheme: mode.colorScheme });
			await page.setViewportSize(mode.viewport);
			await page.goto(sitePage.path);
			await settled(page);
			await expect(page.locator('html')).toHaveAttribute('data-theme', mode.colorScheme);
			expect(await axeViolations(page)).toEqual([]);
		});
	}
}

for (const sitePage of pageOfEachKind) {
	test(`should reach every control on ${sitePage.path} with Tab and show where focus is`, async ({ page, sitePage: site }) => {
		await page.setViewportSize(DESKTOP);
		await site.goto(sitePage.path);
		const { stops, unreached } = await site.tabThroughPage();
		expect(stops.length).toBeGreaterThan(0);
		const extra = stops.filter((stop) => !stop.expected).map((stop) => stop.name);
		expect(unreached, `controls Tab never reached (other elements that took focus: ${extra.join(', ') || 'none'})`).toEqual([]);
		expect(stops.filter((stop) => !stop.visibleFocus).map((stop) => stop.name), 'focused without a visible outline').toEqual([]);
	});
}
