import { expect, test } from './test';
import { patternAnchor } from '../../src/lib/anchors';
import { entryAnchors } from '../../src/lib/validation/contentRules';
import { extractCheckedBlocks } from '../../src/lib/codeExamples/extract';
import { findBrokenAnchors } from './anchors';
import { providerFiles, providers, testedProviders } from './data/providers';
import { hasWebhookRecipe, recipePath } from '../../src/lib/webhooks/providers';

test('should have providers to test', () => {
	expect(providers.length).toBeGreaterThanOrEqual(4);
});

for (const provider of testedProviders) {
	test.describe(`${provider.name} page`, () => {
		test('should show one row or section per frontmatter entry, each with one anchor and a visible link to it', async ({
			page,
			providerPage,
		}) => {
			await providerPage.goto(provider.id);
			await expect(page.locator('h1')).toHaveText(provider.name);
			await expect(providerPage.rateLimitRows).toHaveCount(provider.rateLimits.length);
			await expect(providerPage.errorRows).toHaveCount(provider.errors.length);
			await expect(providerPage.patternSections).toHaveCount(provider.patterns.length);
			await expect(page.locator('.sdk-table tbody tr')).toHaveCount(provider.sdks.length);
			await expect(page.locator('ul.sources > li')).toHaveCount(provider.sources.length);
			const day = provider.lastVerified.toISOString().slice(0, 10);
			await expect(page.locator(`.provider-summary time[datetime="${day}"]`)).toBeVisible();

			const anchors = entryAnchors(provider);
			expect(anchors.length).toBeGreaterThan(0);
			expect(await findBrokenAnchors(page, anchors)).toEqual([]);
		});

		test('should scroll an entry anchor into view on load', async ({ providerPage }) => {
			const pattern = provider.patterns.at(-1);
			test.skip(!pattern, 'no patterns');
			await providerPage.goto(provider.id, `#${patternAnchor(pattern!.id)}`);
			await expect(providerPage.target(patternAnchor(pattern!.id))).toBeInViewport();
		});

		test('should highlight code examples and log no console errors', async ({ page, consoleErrors: errors, providerPage }) => {
			await providerPage.goto(provider.id);
			// The first code block in view (the webhook recipe, above the examples, starts collapsed).
			const firstBlock = providerPage.codeBlocks.filter({ visible: true }).first();
			await expect(firstBlock).toBeVisible();
			// Shiki colours tokens with inline custom properties; plain text would have none.
			const colouredTokens = firstBlock.locator('span[style*="--0"]');
			expect(await colouredTokens.count()).toBeGreaterThan(3);
			await expect(page.locator('main figure.frame figcaption .title').first()).not.toBeEmpty();
			await page.waitForLoadState('networkidle');
			expect(errors).toEqual([]);
		});

		test('should say under each TypeScript and JavaScript block what it is type-checked against', async ({ page, providerPage }) => {
			const body = providerFiles.find((file) => file.data.id === provider.id)!.body;
			const blocks = extractCheckedBlocks(body).length;
			test.skip(blocks === 0, 'no TypeScript or JavaScript blocks');
			await providerPage.goto(provider.id);
			const notes = page.locator('main .expressive-code + p.type-checked');
			await expect(notes).toHaveCount(blocks);
			// "Type-checked against square@46.0.0." or "… typescript@6.0.3 with @types/node@24.19.4."
			for (const note of await notes.all()) await expect(note).toHaveText(/^Type-checked against \S+@\d+\.\d+\.\d+/);
		});
	});
}

test.describe('webhook verification recipe', () => {
	const provider = testedProviders.find((candidate) => hasWebhookRecipe(candidate.id)) ?? providers.find((candidate) => hasWebhookRecipe(candidate.id))!;

	test('should start collapsed under its heading, open from the keyboard, and be printed in full', async ({ page, providerPage }) => {
		await providerPage.goto(provider.id);
		const recipe = page.locator('.webhook-recipe');
		await expect(recipe.getByRole('heading', { name: 'Verification recipe' })).toBeVisible();
		const code = recipe.locator('.expressive-code pre');
		await expect(code).toBeHidden();

		await recipe.locator('summary').focus();
		await page.keyboard.press('Enter');
		await expect(code).toBeVisible();
		await expect(recipe.locator('figcaption .title')).toHaveText(recipePath(provider.id));

		await page.keyboard.press('Enter');
		await expect(code).toBeHidden();
		await page.emulateMedia({ media: 'print' });
		await expect(code).toBeVisible();
		await expect(recipe.locator('summary')).toBeHidden();
	});
});
