import { expect, test } from './test';
import { errorPermalink, patternPermalink, rateLimitPermalink } from '../../src/lib/anchors';
import { providerPermalinks } from '../../src/lib/providers/permalinks';
import { providers } from './data/providers';

const PREFIXES = ['/l/', '/e/', '/g/'];

// A permalink page declares no icon, so Chromium may ask for /favicon.ico, which the site does not have
// (its icon is /favicon.svg). Tolerated here until the redirect pages name their icon.
test.use({ allowedConsoleErrors: [/status of 404 .*\/favicon\.ico\)$/] });
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Known permalinks and where they lead, written out so that a change to how either is built fails here. */
const KNOWN_PERMALINKS = [
	{ path: '/e/stripe/card-declined/', target: '/providers/stripe/#error-card-declined' },
	{ path: '/e/twilio/21610/', target: '/providers/twilio/#error-21610' },
	{ path: '/g/stripe/verify-webhook-signature/', target: '/providers/stripe/#verify-webhook-signature' },
	{ path: '/l/stripe/live-global/', target: '/providers/stripe/#limit-live-global' },
];

test('should serve known permalinks that lead to their entries', async ({ request }) => {
	const permalinks = providers.flatMap((provider) => providerPermalinks(provider));
	for (const known of KNOWN_PERMALINKS) {
		expect(permalinks, known.path).toContainEqual(expect.objectContaining(known));
		const html = await (await request.get(known.path)).text();
		expect(html, known.path).toContain(`<meta http-equiv="refresh" content="0; url=${known.target}">`);
	}
});

for (const provider of providers) {
	test(`should send every ${provider.name} permalink to its entry`, async ({ page, request, providerPage }) => {
		const permalinks = providerPermalinks(provider);
		expect(permalinks).toHaveLength(provider.errors.length + provider.patterns.length + provider.rateLimits.length);
		expect(new Set(permalinks.map((permalink) => permalink.path)).size).toBe(permalinks.length);

		// Every permalink, as a static host serves it: a meta refresh, a canonical link and a plain link,
		// all to an anchor that exists on the provider page.
		const providerHtml = await (await request.get(`/providers/${provider.id}/`)).text();
		for (const permalink of permalinks) {
			const response = await request.get(permalink.path);
			expect(response.status(), permalink.path).toBe(200);
			const html = await response.text();
			expect(html, permalink.path).toContain(`<meta http-equiv="refresh" content="0; url=${permalink.target}">`);
			expect(html, permalink.path).toMatch(new RegExp(`<link rel="canonical" href="https://[^"]+${escapeRegExp(permalink.target)}">`));
			expect(html, permalink.path).toContain(`<a href="${permalink.target}">`);
			expect(providerHtml, permalink.target).toContain(` id="${permalink.target.split('#')[1]}"`);
		}

		// In the browser, one permalink of each kind: the reader lands with the entry on screen.
		for (const prefix of PREFIXES) {
			const permalink = permalinks.find((candidate) => candidate.path.startsWith(prefix));
			if (!permalink) continue;
			await page.goto(permalink.path, { waitUntil: 'commit' });
			await page.waitForURL((url) => url.pathname + url.hash === permalink.target, { waitUntil: 'domcontentloaded' });
			await expect(providerPage.target(permalink.target.split('#')[1]!), permalink.path).toBeInViewport();
		}
	});
}

test.describe('copy-link buttons', () => {
	test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

	const provider = providers.find((candidate) => candidate.errors.length && candidate.patterns.length && candidate.rateLimits.length)!;
	const entries = [
		{ kind: 'error code', label: `error ${provider.errors[0]!.code}`, path: errorPermalink(provider.id, provider.errors[0]!.code) },
		{ kind: 'rate limit', label: `rate limit ${provider.rateLimits[0]!.name}`, path: rateLimitPermalink(provider.id, provider.rateLimits[0]!.id) },
		{ kind: 'pattern', label: provider.patterns[0]!.title, path: patternPermalink(provider.id, provider.patterns[0]!.id) },
	];

	for (const entry of entries) {
		test(`should copy the absolute permalink of a ${entry.kind}, which opens the entry`, async ({ page, baseURL, providerPage }) => {
			await providerPage.goto(provider.id);
			const button = page.getByRole('button', { name: `Copy link to ${entry.label}`, exact: true });
			await button.click();
			// The button says so on screen (its `data-copied` CSS note), and the page's one status line tells screen readers.
			await expect(button).toHaveAttribute('data-copied', '');
			await expect(page.getByRole('status').filter({ hasText: /^Link copied$/ })).toHaveCount(1);
			const copied = await page.evaluate(() => navigator.clipboard.readText());
			expect(copied).toBe(`${baseURL}${entry.path}`);

			await page.goto(copied);
			await expect(page).toHaveURL(new RegExp(`/providers/${provider.id}/#`));
			await expect(page.locator(`[id="${decodeURIComponent(new URL(page.url()).hash.slice(1))}"]`)).toBeInViewport();
		});
	}

	test('should give every entry a copy-link button', async ({ page, providerPage }) => {
		await providerPage.goto(provider.id);
		await expect(page.locator('main button[data-copy-link]:visible')).toHaveCount(provider.errors.length + provider.rateLimits.length + provider.patterns.length);
	});
});
