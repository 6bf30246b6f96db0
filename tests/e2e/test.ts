/**
 * `test` and `expect` for every end-to-end test: Playwright's own, plus
 * - the page objects as fixtures (`checklistPage`, `providerPage`, `searchDialog`, `sitePage`), so a test
 *   asks for the one it needs instead of building it;
 * - a console check on every test's `page`: the test fails when the page logs a console error or throws,
 *   unless the error matches `allowedConsoleErrors` (set with `test.use`). `consoleErrors` gives a test
 *   the errors collected so far, to assert on them itself.
 * Test data (providers, search cases, the built pages) lives in tests/e2e/data/.
 */
import { test as base, type Page } from '@playwright/test';
import { MISSING_PAGE_PATH } from './data/sitePages';
import { ChecklistPage } from './fixtures/ChecklistPage';
import { ProviderPage } from './fixtures/ProviderPage';
import { SearchDialog } from './fixtures/SearchDialog';
import { SitePage } from './fixtures/SitePage';

export { expect } from '@playwright/test';

/** The 404 the host answers for the page that deliberately does not exist (the 404 page's own tests). */
const MISSING_PAGE_ERROR = new RegExp(`status of 404 .*\\(https?://[^/]+${MISSING_PAGE_PATH}\\)$`);

/** Collects console errors (with the URL they come from) and uncaught exceptions of a page. */
export function collectConsoleErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('console', (message) => {
		if (message.type() !== 'error') return;
		const { url } = message.location();
		errors.push(url ? `${message.text()} (${url})` : message.text());
	});
	page.on('pageerror', (error) => errors.push(`${error.message}\n${error.stack}`));
	return errors;
}

interface Options {
	/** Console errors a test expects and tolerates, besides the 404 of the missing page. */
	allowedConsoleErrors: RegExp[];
}

interface Fixtures {
	/** Console errors and uncaught exceptions of `page` so far; checked to be none (but allowed ones) after the test. */
	consoleErrors: string[];
	checklistPage: ChecklistPage;
	providerPage: ProviderPage;
	searchDialog: SearchDialog;
	sitePage: SitePage;
}

export const test = base.extend<Options & Fixtures>({
	allowedConsoleErrors: [[], { option: true }],
	consoleErrors: [
		async ({ page, allowedConsoleErrors }, use, testInfo) => {
			const errors = collectConsoleErrors(page);
			await use(errors);
			// A test that already failed keeps its own message.
			if (testInfo.status !== testInfo.expectedStatus) return;
			const allowed = [MISSING_PAGE_ERROR, ...allowedConsoleErrors];
			base.expect(errors.filter((error) => !allowed.some((pattern) => pattern.test(error))), 'console errors of the page').toEqual([]);
		},
		{ auto: true },
	],
	checklistPage: async ({ page }, use) => use(new ChecklistPage(page)),
	providerPage: async ({ page }, use) => use(new ProviderPage(page)),
	searchDialog: async ({ page }, use) => use(new SearchDialog(page)),
	sitePage: async ({ page }, use) => use(new SitePage(page)),
});
