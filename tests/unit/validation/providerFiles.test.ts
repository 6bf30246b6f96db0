import { describe, expect, it } from 'vitest';
import { checkProviderFolder, markdownHeadingSlugs } from '../../../src/lib/validation/providerFiles';

const FIXTURES = 'tests/fixtures/providers';

describe('provider schema and content check', () => {
	it('should accept the complete valid fixture and apply defaults', async () => {
		const { valid, problems } = await checkProviderFolder(`${FIXTURES}/valid`);
		expect(problems).toEqual([]);
		expect(valid).toHaveLength(1);
		const [example] = valid;
		expect(example!.data.errors.map((error) => error.code)).toEqual(['card_declined', '21610']);
		expect(example!.data.rateLimits[0]!.interval).toBe(1);
		expect(example!.data.rateLimits[0]!.throttle!.status).toEqual([403, 429]);
		expect(example!.data.errors[0]!.aliases).toEqual(['CardError']);
		expect(example!.data.errors[1]!.aliases).toEqual([]);
		expect(example!.data.rateLimits[1]!.interval).toBe(10);
		expect(example!.data.auth.scopes).toEqual([]);
		expect(example!.data.lastVerified).toEqual(new Date('2026-11-27'));
		expect(example!.body).toContain('## Code examples');
	});

	// Each fixture folder differs from the valid one by exactly one mistake.
	const cases: [folder: string, file: string, field: string, expected: string][] = [
		['missing-field', 'example.md', 'summary', 'missing; expected string'],
		['wrong-type', 'example.md', 'rateLimits[0].limit', 'expected number, received string'],
		['unknown-enum', 'example.md', 'errors[0].retry', 'expected one of "do-not-retry"|"fix-the-request"|"retry-with-backoff"'],
		['malformed-url', 'example.md', 'docsUrl', 'expected an https URL'],
		['malformed-date', 'example.md', 'lastVerified', 'expected a date written as YYYY-MM-DD'],
		['duplicate-entry-id', 'example.md', 'rateLimits[1].id', 'expected a unique id, but "requests" is already used by rateLimits[0]'],
		['undefined-related-error', 'example.md', 'patterns[0].relatedErrors[1]', `expected a code defined in this provider's \`errors\`, got "expired_card"`],
		['same-task-without-fact', 'example.md', 'patterns[0].sameTaskAs', 'expected "pagination" to be an item this provider\'s facts generate, which needs `pagination`'],
		['duplicate-provider-id', 'more/example.md', 'id', 'expected a unique provider id, but "example" is already used by'],
		['id-not-file-name', 'example.md', 'id', 'expected "example" (the file name), got "sample"'],
		['body-heading-collision', 'example.md', '(body)', 'but "#verify-webhooks" is taken'],
		// Limits by tier, window and interval, and each kind of webhook verification.
		['bad-tier-limit', 'example.md', 'rateLimits[1].tiers[1].limit', 'expected number to be >0'],
		['bad-interval', 'example.md', 'rateLimits[1].interval', 'expected int'],
		['unknown-version-selector', 'example.md', 'versioning.selector', 'expected one of "header"|"path"|"query"|"settings"|"none"'],
		['unknown-window', 'example.md', 'rateLimits[0].per', 'expected one of "second"|"minute"|"hour"|"day"|"month"|"concurrent"'],
		['bad-throttle-status', 'example.md', 'rateLimits[0].throttle.status[1]', 'expected number to be <=599'],
		['limit-without-number', 'example.md', 'rateLimits[0].limit', 'expected a `limit`, `tiers`, or `notes`'],
		['unknown-signature-algorithm', 'example.md', 'webhooks.verification.algorithm', 'expected one of "ed25519"|"ecdsa-p256-sha256"|"rsa-sha256"'],
		['api-verification-without-endpoint', 'example.md', 'webhooks.verification.endpoint', 'missing; expected string'],
		['unknown-verification-method', 'example.md', 'webhooks.verification.method', "Expected 'hmac' | 'public-key' | 'api'"],
	];

	it.each(cases)('should reject %s with a message naming file, field and expectation', async (folder, file, field, expected) => {
		const { problems } = await checkProviderFolder(`${FIXTURES}/invalid/${folder}`);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toContain(`${FIXTURES}/invalid/${folder}/${file}: ${field}: `);
		expect(problems[0]).toContain(expected);
	});
});

describe('markdownHeadingSlugs', () => {
	it('should slug headings like Astro, skipping code fences and repeating slugs', () => {
		const body = ['## Code examples', '### Verify `X-Hub-Signature-256`', '```sh', '# not a heading', '```', '### Code examples'].join('\n');
		expect(markdownHeadingSlugs(body)).toEqual(['code-examples', 'verify-x-hub-signature-256', 'code-examples-1']);
	});
});
