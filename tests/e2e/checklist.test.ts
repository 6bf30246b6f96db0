import { expect, test } from './test';
import { generateProviderItems } from '../../src/lib/checklist/items';
import { ChecklistPage } from './fixtures/ChecklistPage';
import { findBrokenAnchors } from './anchors';
import { providers } from './data/providers';

const stripe = providers.find((provider) => provider.id === 'stripe')!;
const github = providers.find((provider) => provider.id === 'github')!;

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test.describe('checklist', () => {
	test('should show the generic checklist with no provider chosen, and add provider items on choice', async ({ page, checklistPage: checklist }) => {
		await checklist.goto();
		await checklist.ready();
		const generic = await checklist.visibleItems.count();
		await expect(page.locator('[data-checklist-item][data-provider]:not([hidden])')).toHaveCount(0);
		await checklist.provider(stripe.name).check();
		await expect(checklist.item('stripe-webhook-signature')).toBeVisible();
		expect(await checklist.visibleItems.count()).toBeGreaterThan(generic);
		await expect(page.locator('[data-checklist-item][data-provider="github"]:not([hidden])')).toHaveCount(0);
	});

	test('should restore ticks and chosen providers after a reload', async ({ page, checklistPage: checklist }) => {
		await checklist.goto();
		await checklist.ready();
		await checklist.provider(stripe.name).check();
		await checklist.tick('credentials-in-env');
		await checklist.tick('stripe-backoff');
		await expect(checklist.overallProgress).toHaveText(/^2 of \d+ done$/);
		await page.reload();
		await checklist.ready();
		await expect(checklist.provider(stripe.name)).toBeChecked();
		await expect(checklist.checkbox('credentials-in-env')).toBeChecked();
		await expect(checklist.checkbox('stripe-backoff')).toBeChecked();
		await expect(checklist.checkbox('credentials-rotated')).not.toBeChecked();
		await expect(page.locator('[data-phase="security"] [data-progress-text]')).toHaveText(/^\(1 of \d+ done\)$/);
	});

	test('should share exactly the same checklist through a copied link, without overwriting the visitor’s progress', async ({
		browser,
		checklistPage: checklist,
	}) => {
		await checklist.goto();
		await checklist.ready();
		await checklist.provider(stripe.name).check();
		await checklist.provider(github.name).check();
		await checklist.tick('credentials-in-env');
		await checklist.tick('github-backoff');
		await checklist.button('Copy link').click();
		await expect(checklist.status).toHaveText('Link copied.');
		const link = await checklist.clipboard();
		expect(link).toMatch(/\/checklist\/\?p=/);
		expect(new URL(link).searchParams.get('p')!.split(',').sort()).toEqual(['github', 'stripe']);

		// A reviewer with progress of their own opens the link.
		const reviewerContext = await browser.newContext();
		const reviewer = new ChecklistPage(await reviewerContext.newPage());
		await reviewer.goto();
		await reviewer.ready();
		await reviewer.tick('sandbox-used');
		await reviewer.page.goto(link);
		await reviewer.ready();
		await expect(reviewer.sharedBanner).toBeVisible();
		await expect(reviewer.provider(stripe.name)).toBeChecked();
		await expect(reviewer.provider(github.name)).toBeChecked();
		await expect(reviewer.checkbox('credentials-in-env')).toBeChecked();
		await expect(reviewer.checkbox('github-backoff')).toBeChecked();
		await expect(reviewer.checkbox('sandbox-used')).not.toBeChecked();
		// Ticking in the shared view changes the address, not the reviewer's saved progress.
		await reviewer.tick('monitoring-alerting');
		await expect(reviewer.page).toHaveURL(/monitoring-alerting/);
		await reviewer.button('Show my saved checklist').click();
		await expect(reviewer.sharedBanner).toBeHidden();
		await expect(reviewer.checkbox('sandbox-used')).toBeChecked();
		await expect(reviewer.checkbox('credentials-in-env')).not.toBeChecked();
		await expect(reviewer.checkbox('monitoring-alerting')).not.toBeChecked();
		await reviewerContext.close();
	});

	test('should adopt a shared checklist only when asked', async ({ page, checklistPage: checklist }) => {
		await checklist.goto('/checklist/?p=stripe&t=stripe-backoff');
		await checklist.ready();
		await checklist.button('Keep this as my checklist').click();
		await expect(checklist.sharedBanner).toBeHidden();
		await expect(page).toHaveURL(/\/checklist\/$/);
		await page.reload();
		await checklist.ready();
		await expect(checklist.checkbox('stripe-backoff')).toBeChecked();
	});

	test('should copy a Markdown task list for a pull request', async ({ checklistPage: checklist }) => {
		await checklist.goto(`/checklist/${stripe.id}/`);
		await checklist.ready();
		await checklist.tick('credentials-in-env');
		await checklist.button('Copy Markdown').click();
		await expect(checklist.status).toHaveText('Markdown task list copied.');
		const markdown = await checklist.clipboard();
		const title = await checklist.item('credentials-in-env').getAttribute('data-title');
		expect(markdown).toContain(`## Integration checklist: ${stripe.name}`);
		expect(markdown).toContain('### Security');
		expect(markdown).toMatch(new RegExp(`^- \\[x\\] ${escapeRegExp(title!)} \\(http://[^)]+/checklist/stripe/#credentials-in-env\\)$`, 'm'));
		expect(markdown).toMatch(/^- \[ \] .+\(http:\/\/[^)]+\/providers\/stripe\/#webhooks\)$/m);
		const taskLines = markdown.split('\n').filter((line) => line.startsWith('- ['));
		expect(taskLines).toHaveLength(await checklist.visibleItems.count());
	});

	test('should print only the checklist, with ticks, ids and link targets', async ({ page, checklistPage: checklist }) => {
		await checklist.goto(`/checklist/${stripe.id}/`);
		await checklist.ready();
		await checklist.tick('stripe-backoff');
		await page.emulateMedia({ media: 'print' });
		await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
		await expect(page.locator('header.header')).toBeHidden();
		await expect(page.locator('#starlight__sidebar')).toBeHidden();
		await expect(checklist.button('Copy link')).toBeHidden();
		await expect(page.locator('.print-meta')).toBeVisible();
		await expect(page.locator('[data-print-date]')).toHaveText(/^\d{4}-\d{2}-\d{2}$/);
		await expect(checklist.checkbox('stripe-backoff')).toBeVisible();
		await expect(checklist.checkbox('stripe-backoff')).toBeChecked();
		await expect(checklist.item('stripe-backoff').locator('.item-id')).toBeVisible();
		const linkTarget = await checklist.item('stripe-backoff').locator('a[data-print-href]').last().evaluate(
			(link) => getComputedStyle(link, '::after').content
		);
		expect(linkTarget).toMatch(/\/providers\/stripe\/#rate-limits/);
		expect(await checklist.item('stripe-backoff').evaluate((item) => getComputedStyle(item).breakInside)).toBe('avoid');
		const pdf = await page.pdf({ format: 'A4' });
		expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
		expect(pdf.length).toBeGreaterThan(10_000);
	});

	test('should give every item an anchor with a visible link to it', async ({ page, checklistPage: checklist }) => {
		await checklist.goto(`/checklist/${github.id}/`);
		const ids = await checklist.items.evaluateAll((items) => items.map((item) => item.id));
		expect(ids.length).toBeGreaterThan(20);
		expect(await findBrokenAnchors(page, ids)).toEqual([]);
		await page.goto(`/checklist/${github.id}/#${ids.at(-1)}`);
		await expect(checklist.item(ids.at(-1)!)).toBeInViewport();
	});
});

test.describe('checklist without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('should show a complete plain list on a provider page and the generic list on /checklist/', async ({ page, checklistPage: checklist }) => {
		await checklist.goto(`/checklist/${stripe.id}/`);
		await expect(checklist.item('stripe-webhook-signature')).toBeVisible();
		await expect(checklist.item('credentials-in-env')).toBeVisible();
		await expect(checklist.button('Copy link')).toBeHidden();
		expect(await checklist.visibleItems.count()).toBe(await checklist.items.count());

		await checklist.goto('/checklist/');
		await expect(page.locator('[data-checklist-item]:not([data-provider]):not([hidden])')).toHaveCount(22);
		await expect(page.locator('[data-checklist-item][data-provider]:not([hidden])')).toHaveCount(0);
		await expect(page.getByRole('link', { name: stripe.name, exact: true }).first()).toBeVisible();
	});
});

test.describe('checklist by keyboard', () => {
	test('should be operable with the keyboard alone', async ({ page, checklistPage: checklist }) => {
		test.setTimeout(120_000); // dozens of single key presses
		await checklist.goto();
		await checklist.ready();
		await checklist.provider(stripe.name).focus();
		await page.keyboard.press('Space');
		await expect(checklist.provider(stripe.name)).toBeChecked();
		// Moves focus with Tab (or Shift+Tab) until the control has it, as a keyboard user would.
		const reached = async (locator: ReturnType<ChecklistPage['button']>, key = 'Tab') => {
			for (let i = 0; i < 200; i++) {
				if (await locator.evaluate((element) => element === document.activeElement)) return;
				await page.keyboard.press(key);
			}
			throw new Error(`${locator} not reachable by ${key}`);
		};
		await reached(checklist.button('Copy link'));
		await expect(checklist.button('Copy link')).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(checklist.status).toHaveText('Link copied.');
		await reached(checklist.checkbox('auth-method-documented'));
		await page.keyboard.press('Space');
		await expect(checklist.checkbox('auth-method-documented')).toBeChecked();
		await reached(checklist.checkbox('stripe-webhook-signature'));
		await page.keyboard.press('Space');
		await expect(checklist.checkbox('stripe-webhook-signature')).toBeChecked();
		await reached(checklist.button('Reset'), 'Shift+Tab');
		await page.keyboard.press('Enter');
		await expect(checklist.checkbox('auth-method-documented')).not.toBeChecked();
		await expect(checklist.status).toHaveText('Checklist reset.');
	});
});

test.describe('checklist with bad state', () => {
	test('should keep the valid parts of a malformed share link', async ({ consoleErrors: errors, checklistPage: checklist }) => {
		await checklist.goto('/checklist/?p=stripe,%%%,removed&t=nope,,credentials-in-env,%E0%A4%A');
		await checklist.ready();
		await expect(checklist.provider(stripe.name)).toBeChecked();
		await expect(checklist.checkbox('credentials-in-env')).toBeChecked();
		expect(errors).toEqual([]);
	});

	test('should ignore corrupt saved data and keep its good parts', async ({ page, consoleErrors: errors, checklistPage: checklist }) => {
		await page.addInitScript(() => {
			if (!sessionStorage.getItem('seeded')) {
				localStorage.setItem('api-patterns:checklist', '{"providers":["stripe",42,"gone"],"ticked":"oops"}');
				sessionStorage.setItem('seeded', '1');
			}
		});
		await checklist.goto();
		await checklist.ready();
		await expect(checklist.provider(stripe.name)).toBeChecked();
		await checklist.tick('sandbox-used');
		await page.reload();
		await checklist.ready();
		await expect(checklist.checkbox('sandbox-used')).toBeChecked();

		await page.evaluate(() => localStorage.setItem('api-patterns:checklist', '{{{'));
		await page.reload();
		await checklist.ready();
		await expect(checklist.overallProgress).toHaveText(/^0 of \d+ done$/);
		expect(errors).toEqual([]);
	});

	// Starlight's own theme scripts do not guard their storage access, so the injected storage
	// errors surface from them; only other errors count. The checklist's own handling is asserted
	// through its behaviour and its status message.
	const STARLIGHT_STORAGE_ERROR = /^(full|denied|StarlightThemeProvider is not defined)\b/;
	const notFromStarlightStorage = (error: string) => !STARLIGHT_STORAGE_ERROR.test(error);
	test.use({ allowedConsoleErrors: [STARLIGHT_STORAGE_ERROR] });

	/** Chooses Stripe and ticks one item, asserting the page keeps count. */
	const chooseAndTick = async (checklist: ChecklistPage) => {
		await checklist.goto();
		await checklist.ready();
		await checklist.provider(stripe.name).check();
		await checklist.tick('stripe-backoff');
		await expect(checklist.overallProgress).toHaveText(/^1 of \d+ done$/);
		return checklist;
	};

	test('should work when browser storage refuses to save', async ({ page, consoleErrors: errors, checklistPage }) => {
		await page.addInitScript(() => {
			const setItem = Storage.prototype.setItem;
			Storage.prototype.setItem = function (key, value) {
				if (this === window.localStorage) throw new DOMException('full', 'QuotaExceededError');
				setItem.call(this, key, value);
			};
		});
		const checklist = await chooseAndTick(checklistPage);
		await expect(checklist.notices).toHaveText(/^Progress could not be saved in this browser: ticks last until you leave the page/);
		// Said once, however many changes fail to save.
		await checklist.tick('credentials-in-env');
		await checklist.provider(github.name).check();
		await expect(checklist.notices.locator('p')).toHaveCount(1);
		await expect(checklist.status).toHaveText('');
		expect(errors.filter(notFromStarlightStorage)).toEqual([]);
	});

	test('should work when browser storage cannot be reached at all', async ({ page, consoleErrors: errors, checklistPage }) => {
		await page.addInitScript(() => {
			Object.defineProperty(window, 'localStorage', {
				get() {
					throw new DOMException('denied', 'SecurityError');
				},
			});
		});
		const checklist = await chooseAndTick(checklistPage);
		await expect(checklist.notices.locator('p')).toHaveCount(1);
		await expect(checklist.notices).toContainText('Progress could not be saved in this browser');
		expect(errors.filter(notFromStarlightStorage)).toEqual([]);
	});
});

test.describe('checklist with shared links that carry too little', () => {
	/** Opens /checklist/ with Stripe chosen and one item ticked as the reader's own saved progress. */
	const withOwnProgress = async (checklist: ChecklistPage) => {
		await checklist.goto();
		await checklist.ready();
		await checklist.provider(stripe.name).check();
		await checklist.tick('sandbox-used');
		return checklist;
	};

	for (const query of ['?p=&t=', '?p=<script>', '?t=nope,%E0%A4%A']) {
		test(`should open the reader's own checklist with a notice for ${query}`, async ({ page, checklistPage }) => {
			const dialogs: string[] = [];
			page.on('dialog', (dialog) => dialogs.push(dialog.message()));
			const checklist = await withOwnProgress(checklistPage);
			await checklist.goto(`/checklist/${query}`);
			await checklist.ready();
			await expect(checklist.notices).toBeVisible();
			await expect(checklist.notices).toContainText('This link carried no checklist this page knows');
			await expect(checklist.notices).toContainText(', so this is your own checklist.');
			await expect(checklist.sharedBanner).toBeHidden();
			await expect(checklist.provider(stripe.name)).toBeChecked();
			await expect(checklist.checkbox('sandbox-used')).toBeChecked();
			await expect(page).toHaveURL(/\/checklist\/$/);
			expect(dialogs).toEqual([]);
		});
	}

	test('should name the ids it drops, as text', async ({ page }) => {
		const checklist = new ChecklistPage(page);
		await checklist.goto('/checklist/?p=<script>');
		await checklist.ready();
		await expect(checklist.notices.locator('code')).toHaveText(['<script>']);
		await expect(checklist.notices.locator('script')).toHaveCount(0);

		await checklist.goto('/checklist/?p=gone&t=nope');
		await checklist.ready();
		await expect(checklist.notices.locator('code')).toHaveText(['gone', 'nope']);

		await checklist.goto('/checklist/?p=stripe,removed&t=nope,credentials-in-env');
		await checklist.ready();
		await expect(checklist.sharedBanner).toBeVisible();
		await expect(checklist.checkbox('credentials-in-env')).toBeChecked();
		await expect(checklist.notices).toHaveText(
			'Left out of this shared link, as this checklist has no such provider or item: removed, nope.'
		);
		await expect(checklist.notices.locator('code')).toHaveText(['removed', 'nope']);
	});

	test('should show no notice for a link that is wholly valid', async ({ page }) => {
		const checklist = new ChecklistPage(page);
		await checklist.goto('/checklist/?p=stripe&t=stripe-backoff');
		await checklist.ready();
		await expect(checklist.sharedBanner).toBeVisible();
		await expect(checklist.notices).toBeHidden();
	});

	test('should find a merged item by the id of the gotcha it absorbed', async ({ page }) => {
		const checklist = new ChecklistPage(page);
		await checklist.goto('/checklist/?p=stripe&t=stripe-gotcha-verify-webhook-signature,stripe-gotcha-idempotency-keys');
		await checklist.ready();
		await expect(checklist.checkbox('stripe-webhook-signature')).toBeChecked();
		await expect(checklist.checkbox('stripe-idempotency-key')).toBeChecked();
		await expect(checklist.notices).toBeHidden();
		await expect(page.locator('[data-checklist-item]:not([hidden])', { hasText: 'Stripe-Signature' })).toHaveCount(1);
	});
});

test.describe('checklist reset', () => {
	test('should undo a reset, bringing back the ticks it cleared and saving them', async ({ page }) => {
		const checklist = new ChecklistPage(page);
		await checklist.goto(`/checklist/${stripe.id}/`);
		await checklist.ready();
		await expect(checklist.button('Undo reset')).toBeHidden();
		await checklist.tick('credentials-in-env');
		await checklist.tick('stripe-backoff');
		await checklist.button('Reset').click();
		await expect(checklist.status).toHaveText('Checklist reset.');
		await expect(checklist.checkbox('stripe-backoff')).not.toBeChecked();
		await expect(checklist.overallProgress).toHaveText(/^0 of \d+ done$/);
		await checklist.button('Undo reset').click();
		await expect(checklist.status).toHaveText('Reset undone.');
		await expect(checklist.checkbox('credentials-in-env')).toBeChecked();
		await expect(checklist.checkbox('stripe-backoff')).toBeChecked();
		await expect(checklist.button('Undo reset')).toBeHidden();
		await expect(checklist.button('Reset')).toBeFocused();
		await page.reload();
		await checklist.ready();
		await expect(checklist.checkbox('stripe-backoff')).toBeChecked();
	});

	test('should offer undo only until the next change', async ({ page }) => {
		const checklist = new ChecklistPage(page);
		await checklist.goto(`/checklist/${stripe.id}/`);
		await checklist.ready();
		await checklist.button('Reset').click();
		await expect(checklist.button('Undo reset')).toBeHidden(); // nothing was ticked: nothing to undo
		await checklist.tick('stripe-backoff');
		await checklist.button('Reset').click();
		await expect(checklist.button('Undo reset')).toBeVisible();
		await checklist.tick('credentials-in-env');
		await expect(checklist.button('Undo reset')).toBeHidden();
		await expect(checklist.checkbox('stripe-backoff')).not.toBeChecked();
	});
});

function escapeRegExp(text: string) {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

test.describe('checklist page per provider', () => {
	for (const provider of providers) {
		test(`should list every item ${provider.name}'s facts imply, each linking to its fact`, async ({ page, checklistPage: checklist }) => {
			await checklist.goto(`/checklist/${provider.id}/`);
			const expected = generateProviderItems(provider);
			await expect(page.locator('[data-checklist-item][data-provider]')).toHaveCount(expected.length);
			for (const item of expected) {
				await expect(checklist.item(item.id)).toBeVisible();
				await expect(checklist.item(item.id).locator(`a[href="${item.source!.href}"]`)).toHaveCount(1);
			}
		});
	}
});

test.describe('checklist items on demand', () => {
	test('should ship only the generic items, and fetch a chosen provider’s from its own checklist page, in provider order', async ({ page, request }) => {
		const html = await (await request.get('/checklist/')).text();
		expect(html).not.toMatch(/<li[^>]* data-provider=/);
		const checklist = new ChecklistPage(page);
		await checklist.goto();
		await checklist.ready();
		const fetched: string[] = [];
		page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
		await checklist.provider(stripe.name).check();
		await checklist.provider(github.name).check();
		const expected = [...generateProviderItems(github), ...generateProviderItems(stripe)];
		for (const item of expected) await expect(checklist.item(item.id)).toBeVisible();
		expect(fetched.filter((path) => path.startsWith('/checklist/'))).toEqual(['/checklist/stripe/', '/checklist/github/']);
		// Within each phase, GitHub's items come before Stripe's, as on a page that rendered them all.
		const security = await page.locator('[data-phase="security"] [data-checklist-item][data-provider]').evaluateAll((items) => items.map((item) => item.id));
		expect(security).toEqual(expected.filter((item) => item.phase === 'security').map((item) => item.id));
		// Unchoosing and choosing again fetches nothing more.
		await checklist.provider(stripe.name).uncheck();
		await checklist.provider(stripe.name).check();
		expect(fetched.filter((path) => path.startsWith('/checklist/'))).toHaveLength(2);
	});

	test('should keep ticks of providers this page has not loaded, and choices made on /checklist/', async ({ page }) => {
		const checklist = new ChecklistPage(page);
		await checklist.goto(`/checklist/${stripe.id}/`);
		await checklist.ready();
		await checklist.tick('stripe-backoff');
		await checklist.goto('/checklist/');
		await checklist.ready();
		await checklist.provider(github.name).check();
		await checklist.tick('github-backoff');
		await checklist.goto(`/checklist/${stripe.id}/`);
		await checklist.ready();
		await expect(checklist.checkbox('stripe-backoff')).toBeChecked();
		await checklist.tick('credentials-in-env');
		await checklist.goto('/checklist/');
		await checklist.ready();
		await expect(checklist.provider(github.name)).toBeChecked();
		await expect(checklist.checkbox('github-backoff')).toBeChecked();
		await checklist.provider(stripe.name).check();
		await expect(checklist.checkbox('stripe-backoff')).toBeChecked();
	});

	test('should map an old id in saved progress once its provider’s items arrive', async ({ page }) => {
		await page.addInitScript(() => {
			if (!sessionStorage.getItem('seeded')) {
				localStorage.setItem('api-patterns:checklist', '{"v":1,"providers":["stripe"],"ticked":["stripe-gotcha-verify-webhook-signature"]}');
				sessionStorage.setItem('seeded', '1');
			}
		});
		const checklist = new ChecklistPage(page);
		await checklist.goto();
		await checklist.ready();
		await expect(checklist.checkbox('stripe-webhook-signature')).toBeChecked();
		await expect(checklist.overallProgress).toHaveText(/^1 of \d+ done$/);
	});

	test.describe('when the fetch fails', () => {
		test.use({ allowedConsoleErrors: [/^Failed to load resource: net::ERR_FAILED \(http:\/\/[^/]+\/checklist\/stripe\/\)$/] });

		test('should say when a provider’s items cannot be fetched, and link to its checklist', async ({ page }) => {
			await page.route('**/checklist/stripe/', (route) => route.abort());
			const checklist = new ChecklistPage(page);
			await checklist.goto();
			await checklist.ready();
			await checklist.provider(stripe.name).check();
			await expect(checklist.notices).toContainText("Stripe's items could not be loaded");
			await expect(checklist.notices.getByRole('link', { name: "Stripe's checklist" })).toHaveAttribute('href', '/checklist/stripe/');
			await page.unroute('**/checklist/stripe/');
			await checklist.provider(stripe.name).uncheck();
			await checklist.provider(stripe.name).check();
			await expect(checklist.item('stripe-backoff')).toBeVisible();
		});
	});
});
