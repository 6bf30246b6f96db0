import { beforeAll, describe, expect, it } from 'vitest';
import { COMPARE_PATHS, entryUrl, errorPermalink, patternPermalink, rateLimitPermalink, searchUrl } from '../../../src/lib/anchors';
import { findPermalinkCollisions, isPermalinkPath, permalinkPageHtml, providerPermalinks } from '../../../src/lib/providers/permalinks';
import { checkProviderFolder } from '../../../src/lib/validation/providerFiles';
import type { Provider } from '../../../src/schemas/provider';

let example: Provider;
beforeAll(async () => {
	const { valid } = await checkProviderFolder('tests/fixtures/providers/valid');
	example = valid[0]!.data;
});

describe('permalink builders', () => {
	it('should build short paths from ids only', () => {
		expect(errorPermalink('stripe', 'card_declined')).toBe('/e/stripe/card-declined/');
		expect(errorPermalink('aws', 'ThrottlingException')).toBe('/e/aws/throttlingexception/');
		expect(patternPermalink('stripe', 'verify-webhook-signature')).toBe('/g/stripe/verify-webhook-signature/');
		expect(rateLimitPermalink('github', 'rest-authenticated')).toBe('/l/github/rest-authenticated/');
		expect(entryUrl('twilio', 'error-21610')).toBe('/providers/twilio/#error-21610');
	});

	it('should build the search and comparison URLs', () => {
		expect(searchUrl('card_declined & more')).toBe('/?q=card_declined%20%26%20more');
		expect(Object.values(COMPARE_PATHS)).toEqual(['/errors/', '/compare/rate-limits/', '/compare/webhooks/', '/compare/idempotency-pagination/']);
	});
});

describe('providerPermalinks', () => {
	it('should list one permalink per rate limit, error code and pattern, each with its anchor', () => {
		const permalinks = providerPermalinks(example);
		expect(permalinks.map(({ path, target }) => [path, target])).toEqual([
			['/l/example/requests/', '/providers/example/#limit-requests'],
			['/l/example/burst/', '/providers/example/#limit-burst'],
			['/e/example/card-declined/', '/providers/example/#error-card-declined'],
			['/e/example/21610/', '/providers/example/#error-21610'],
			['/g/example/verify-webhooks/', '/providers/example/#verify-webhooks'],
		]);
		expect(permalinks[2]).toMatchObject({ title: 'card_declined', provider: 'Example API' });
	});

	it('should stay the same when wording changes', () => {
		const reworded = {
			...example,
			name: 'Renamed',
			patterns: example.patterns.map((pattern) => ({ ...pattern, title: 'A new title', problem: 'New words' })),
		};
		expect(providerPermalinks(reworded).map((p) => p.path)).toEqual(providerPermalinks(example).map((p) => p.path));
	});

	it('should report two codes whose slugs take the same permalink', () => {
		const errors = [example.errors[0]!, { ...example.errors[0]!, code: 'card-declined' }];
		expect(findPermalinkCollisions(providerPermalinks({ ...example, errors }))).toEqual([
			'/e/example/card-declined/: expected one entry per permalink, but "card_declined" and "card-declined" share it',
		]);
		expect(findPermalinkCollisions(providerPermalinks(example))).toEqual([]);
	});
});

describe('isPermalinkPath', () => {
	it('should recognise permalink pages and nothing else', () => {
		for (const permalink of providerPermalinks(example)) expect(isPermalinkPath(permalink.path)).toBe(true);
		expect(isPermalinkPath('/providers/example/')).toBe(false);
		expect(isPermalinkPath('/errors/')).toBe(false);
		expect(isPermalinkPath('/e/example/')).toBe(false);
	});
});

describe('permalinkPageHtml', () => {
	it('should write a page with a meta refresh, a canonical link on the site and a plain link, and no script', () => {
		const html = permalinkPageHtml(
			{ path: '/e/example/card-declined/', target: '/providers/example/#error-card-declined', title: 'card_declined', provider: 'Example API' },
			'https://docs.example.org'
		);
		expect(html).toBe(
			[
				'<!DOCTYPE html>',
				'<html lang="en"><head><meta charset="utf-8">',
				'<title>card_declined (Example API)</title>',
				'<meta name="viewport" content="width=device-width, initial-scale=1">',
				'<meta name="description" content="Short link to card_declined (Example API) in the API Integration Patterns reference.">',
				'<meta name="robots" content="noindex">',
				`<meta http-equiv="content-security-policy" content="default-src 'none'; script-src 'none'; base-uri 'none'; form-action 'none'">`,
				'<link rel="canonical" href="https://docs.example.org/providers/example/#error-card-declined">',
				'<meta http-equiv="refresh" content="0; url=/providers/example/#error-card-declined">',
				'</head><body><p>This short link points to <a href="/providers/example/#error-card-declined">card_declined (Example API)</a>.</p></body></html>',
				'',
			].join('\n')
		);
	});

	it('should escape titles and names', () => {
		const html = permalinkPageHtml({ path: '/g/x/y/', target: '/providers/x/#y', title: 'Don\'t <script> "quote" & co', provider: 'X' }, 'https://a.example');
		expect(html).toContain('<title>Don&#39;t &lt;script&gt; &quot;quote&quot; &amp; co (X)</title>');
		expect(html).not.toContain('<script');
	});
});
