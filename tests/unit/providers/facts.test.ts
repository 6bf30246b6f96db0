import { describe, expect, it } from 'vitest';
import {
	countFacts,
	countLabel,
	firstSentence,
	describeVerification,
	formatDay,
	formatLimit,
	singularUnit,
	formatSeconds,
	formatThrottle,
	formatWindow,
	groupByCategory,
	relatedErrorsOf,
	verifiedOn,
} from '../../../src/lib/providers/facts';
import { errorAnchor, patternAnchor, rateLimitAnchor, slugify } from '../../../src/lib/anchors';
import type { ErrorCode } from '../../../src/schemas/errorCode';

describe('formatting rate limits', () => {
	it('should describe windows, including multi-unit and concurrent ones', () => {
		expect(formatWindow('second')).toBe('per second');
		expect(formatWindow('second', 10)).toBe('per 10 seconds');
		expect(formatWindow('concurrent', 1)).toBe('concurrent');
		expect(formatWindow(undefined)).toBe('(window not documented)');
	});

	it('should format a fixed limit, a concurrent limit and a tiered limit', () => {
		expect(formatLimit({ limit: 5000, unit: 'requests', per: 'hour', interval: 1, tiers: [] })).toBe('5,000 requests per hour');
		expect(formatLimit({ limit: 1000, unit: 'executions', per: 'concurrent', interval: 1, tiers: [] })).toBe(
			'1,000 concurrent executions'
		);
		expect(formatLimit({ unit: 'requests', per: 'second', interval: 10, tiers: [{ tier: 'Pro', limit: 1 }] })).toBe(
			'Varies by tier (requests per 10 seconds)'
		);
		expect(formatLimit({ unit: 'requests', per: 'second', interval: 1, tiers: [] })).toBe(
			'No fixed number (requests per second)'
		);
		expect(formatLimit({ limit: 5, unit: 'requests', per: undefined, interval: 1, tiers: [] })).toBe(
			'5 requests (window not documented)'
		);
	});

	it('should say a limit of one in the singular', () => {
		expect(formatLimit({ limit: 1, unit: 'messages', per: 'second', interval: 1, tiers: [] })).toBe('1 message per second');
		expect(formatLimit({ limit: 1, unit: 'requests', per: 'concurrent', interval: 1, tiers: [] })).toBe('1 concurrent request');
		expect(singularUnit('message segments')).toBe('message segment');
		expect(singularUnit('emails (each recipient counts)')).toBe('email (each recipient counts)');
		expect(singularUnit('seconds of CPU time')).toBe('second of CPU time');
		expect(singularUnit('batches')).toBe('batch');
		expect(singularUnit('USD')).toBe('USD');
		expect(singularUnit('MB')).toBe('MB');
		expect(singularUnit('access')).toBe('access');
	});

	it('should format the throttle response', () => {
		expect(formatThrottle({ status: [503], error: 'SlowDown' })).toBe('HTTP 503 · SlowDown');
		expect(formatThrottle({ status: [403, 429] })).toBe('HTTP 403 or 429');
		expect(formatThrottle(undefined)).toBe('Queued, not refused');
	});
});

describe('webhook helpers', () => {
	it('should describe each verification method', () => {
		expect(describeVerification({ method: 'hmac', algorithm: 'hmac-sha256', encoding: 'hex', secret: 's' })).toBe(
			'HMAC-SHA256 (hex)'
		);
		expect(describeVerification({ method: 'public-key', algorithm: 'ed25519', encoding: 'hex', publicKey: 'k' })).toBe(
			'Ed25519 public key (hex)'
		);
		expect(describeVerification({ method: 'api', endpoint: 'POST /verify' })).toBe('Verification API call: POST /verify');
	});

	it('should format tolerances', () => {
		expect(formatSeconds(300)).toBe('300 s (5 min)');
		expect(formatSeconds(45)).toBe('45 s');
		expect(formatSeconds(undefined)).toBe('None documented');
	});
});

describe('provider helpers', () => {
	const error = (code: string): ErrorCode => ({ code, aliases: [], meaning: 'm', action: 'a', retry: 'do-not-retry', source: 'https://x.dev' });

	it('should count the facts a card shows', () => {
		expect(countFacts({ patterns: [{}, {}] as never, rateLimits: [{}] as never, errors: [] })).toEqual({
			gotchas: 2,
			rateLimits: 1,
			errors: 0,
		});
	});

	it('should pick singular or plural labels', () => {
		expect(countLabel(1, 'rate limit')).toBe('rate limit');
		expect(countLabel(0, 'rate limit')).toBe('rate limits');
		expect(countLabel(2, 'pattern or gotcha', 'patterns & gotchas')).toBe('patterns & gotchas');
	});

	it('should group by category in label order and drop empty categories', () => {
		const groups = groupByCategory([
			{ id: 'gh', category: 'source-control' as const },
			{ id: 'stripe', category: 'payments' as const },
			{ id: 'paypal', category: 'payments' as const },
		]);
		expect(groups.map((group) => [group.category, group.items.map((item) => item.id)])).toEqual([
			['payments', ['stripe', 'paypal']],
			['source-control', ['gh']],
		]);
	});

	it('should resolve related errors in the listed order', () => {
		expect(relatedErrorsOf(['b', 'a'], [error('a'), error('b')]).map((e) => e.code)).toEqual(['b', 'a']);
	});

	it('should fall back to the provider date when a fact has none', () => {
		const lastVerified = new Date('2026-11-27');
		expect(verifiedOn({}, { lastVerified })).toBe(lastVerified);
		expect(formatDay(verifiedOn({ verified: new Date('2025-01-02') }, { lastVerified }))).toBe('2025-01-02');
	});
});

describe('anchors', () => {
	it('should derive stable anchors from ids and codes', () => {
		expect(patternAnchor('verify-webhooks')).toBe('verify-webhooks');
		expect(rateLimitAnchor('search')).toBe('limit-search');
		expect(errorAnchor('card_declined')).toBe('error-card-declined');
		expect(errorAnchor('ThrottlingException')).toBe('error-throttlingexception');
		expect(errorAnchor('21610')).toBe('error-21610');
		expect(slugify('  Hello, World!  ')).toBe('hello-world');
	});
});

describe('firstSentence', () => {
	it('should end at the first full stop that starts a new sentence', () => {
		expect(firstSentence("Stripe's REST API for payments. An integration creates PaymentIntents.")).toBe("Stripe's REST API for payments.");
		expect(firstSentence('Orders v2, e.g. captures. Then refunds.')).toBe('Orders v2, e.g. captures.');
	});

	it('should not end inside a code span, and keep a one-sentence summary whole', () => {
		expect(firstSentence('Call `client.Send. Now` first. Then wait.')).toBe('Call `client.Send. Now` first.');
		expect(firstSentence('One sentence without an end')).toBe('One sentence without an end');
	});
});
