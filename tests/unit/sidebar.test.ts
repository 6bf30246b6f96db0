import { describe, expect, it } from 'vitest';
import { MAX_LISTED_PROVIDERS, buildProviderSidebar } from '../../src/lib/sidebar';
import { buildProviderHeadings } from '../../src/lib/providers/headings';

const provider = (id: string, category: 'payments' | 'cloud' = 'payments') => ({ id, name: id.toUpperCase(), category });

describe('buildProviderSidebar', () => {
	it('should list providers by category and mark the current page', () => {
		const sidebar = buildProviderSidebar([provider('stripe'), provider('aws', 'cloud')], '/providers/aws');
		expect(sidebar.map((entry) => entry.label)).toEqual([
			'Home',
			'All providers',
			'Integration checklist',
			'Compare',
			'Payments',
			'Cloud',
			'The facts as data',
			'About this reference',
		]);
		const cloud = sidebar[5]!;
		expect(cloud.type === 'group' && cloud.entries.map((e) => [e.label, e.type === 'link' && e.isCurrent])).toEqual([
			['AWS', true],
		]);
	});

	it('should not grow with the number of providers past the threshold', () => {
		const many = Array.from({ length: MAX_LISTED_PROVIDERS + 1 }, (_, i) => provider(`p${i}`));
		const sidebar = buildProviderSidebar(many, '/providers/p7/');
		const payments = sidebar[4]!;
		expect(payments.type === 'group' && payments.entries.map((e) => e.label)).toEqual(['All Payments', 'P7']);
	});
});

describe('the Compare group', () => {
	it('should link every cross-provider view and mark the current one', () => {
		const sidebar = buildProviderSidebar([provider('stripe')], '/compare/webhooks/');
		const compare = sidebar.find((entry) => entry.label === 'Compare')!;
		expect(compare.type === 'group' && compare.entries.map((e) => e.type === 'link' && [e.href, e.isCurrent])).toEqual([
			['/errors/', false],
			['/compare/rate-limits/', false],
			['/compare/webhooks/', true],
			['/compare/idempotency-pagination/', false],
		]);
	});
});

describe('buildProviderHeadings', () => {
	it('should list sections, patterns as sub-headings, body headings, and skip absent sections', () => {
		const headings = buildProviderHeadings(
			{ patterns: [{ id: 'verify', title: 'Verify' }] as never, webhooks: undefined, pagination: {} as never },
			[{ depth: 2, slug: 'code-examples', text: 'Code examples' }]
		);
		expect(headings.map((h) => `${h.depth}:${h.slug}`)).toEqual([
			'2:access',
			'2:authentication',
			'2:rate-limits',
			'2:error-codes',
			'2:patterns',
			'3:verify',
			'2:idempotency',
			'2:pagination',
			'2:versioning',
			'2:sdks',
			'2:code-examples',
			'2:sources',
		]);
	});
});
