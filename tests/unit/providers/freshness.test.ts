import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { readFile } from 'node:fs/promises';
import { parseFrontmatter } from 'astro/markdown';
import { describe, expect, it } from 'vitest';
import FactSource from '../../../src/components/FactSource.astro';
import { buildDate, findStaleFacts, formatStaleFacts, isStale, monthsBefore } from '../../../src/lib/providers/freshness';
import { checkProviderFolder } from '../../../src/lib/validation/providerFiles';
import { ProviderSchema } from '../../../src/schemas/provider';

const day = (text: string) => new Date(`${text}T00:00:00Z`);
const validFolder = new URL('../../fixtures/providers/valid', import.meta.url).pathname;

async function exampleProvider() {
	const text = await readFile(`${validFolder}/example.md`, 'utf8');
	return ProviderSchema.parse(parseFrontmatter(text).frontmatter);
}

describe('judging freshness', () => {
	it('should count calendar months back from now', () => {
		expect(monthsBefore(day('2026-11-27'), 12)).toEqual(day('2025-11-27'));
		expect(monthsBefore(day('2026-03-31'), 1)).toEqual(day('2026-03-03'));
	});

	it('should call a fact stale only when verified more than 12 months before now', () => {
		const now = day('2026-11-27');
		expect(isStale(day('2025-11-26'), now)).toBe(true);
		expect(isStale(day('2025-11-27'), now)).toBe(false);
		expect(isStale(day('2026-11-27'), now)).toBe(false);
		expect(isStale(day('2026-05-01'), now, 6)).toBe(true);
	});

	it('should take now from BUILD_DATE when set, else today, and reject a malformed date', () => {
		const today = day('2030-01-01');
		expect(buildDate({}, today)).toBe(today);
		expect(buildDate({ BUILD_DATE: '2027-02-03' }, today)).toEqual(day('2027-02-03'));
		expect(() => buildDate({ BUILD_DATE: '3 Feb 2027' }, today)).toThrow(/BUILD_DATE: expected a date written as YYYY-MM-DD/);
	});
});

describe('listing stale facts', () => {
	it('should use a fact’s own verified date, else the provider’s lastVerified', async () => {
		const provider = await exampleProvider();
		provider.lastVerified = day('2026-01-01');
		provider.rateLimits[0]!.verified = day('2024-06-30');
		provider.errors[1]!.verified = day('2027-01-01');
		const now = day('2027-06-01');
		const stale = findStaleFacts(provider, now);
		expect(stale.map((fact) => fact.field)).toEqual([
			'rateLimits[0]',
			'rateLimits[1]',
			'errors[0]',
			...provider.patterns.map((_, index) => `patterns[${index}]`),
			'webhooks',
			'pagination',
			'idempotency',
		]);
		expect(formatStaleFacts('content/providers/example.md', stale.slice(0, 1), now)).toEqual([
			'content/providers/example.md: rateLimits[0] (#limit-requests): verified 2024-06-30, more than 12 months before 2027-06-01; re-check https://docs.example.com/rate-limits',
		]);
		expect(findStaleFacts(provider, day('2026-06-01')).map((fact) => fact.field)).toEqual(['rateLimits[0]']);
	});

	it('should list stale facts as warnings of the content check, not as problems', async () => {
		const fresh = await checkProviderFolder(validFolder, day('2026-11-28'));
		expect(fresh.warnings).toEqual([]);
		const later = await checkProviderFolder(validFolder, day('2028-01-01'));
		expect(later.problems).toEqual([]);
		expect(later.warnings.length).toBeGreaterThan(3);
		expect(later.warnings[0]).toMatch(/example\.md: rateLimits\[0\] \(#limit-requests\): verified 2026-11-27, more than 12 months before 2028-01-01/);
	});
});

describe('the fact source on a page', () => {
	const fact = { source: 'https://docs.example.com/errors' };

	it('should mark a fact verified more than 12 months ago as possibly out of date', async () => {
		const container = await AstroContainer.create();
		const html = await container.renderToString(FactSource, {
			props: { fact, lastVerified: day('2025-01-31'), now: day('2026-02-01') },
		});
		expect(html).toMatch(/class="fact-source[^"]*" data-stale/);
		expect(html).toContain('Possibly out of date');
		expect(html).toContain('<time datetime="2025-01-31"');
	});

	it('should not mark a recent fact, and prefer the fact’s own date', async () => {
		const container = await AstroContainer.create();
		const html = await container.renderToString(FactSource, {
			props: { fact: { ...fact, verified: day('2025-12-01') }, lastVerified: day('2020-01-01'), now: day('2026-02-01') },
		});
		expect(html).not.toContain('data-stale');
		expect(html).not.toContain('Possibly out of date');
		expect(html).toContain('<time datetime="2025-12-01"');
	});
});
