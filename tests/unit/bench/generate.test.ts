import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFrontmatter } from 'astro/markdown';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	MAX_SYNTHETIC_PROVIDERS,
	baselineMarkdown,
	searchQueries,
	syntheticName,
	syntheticProvider,
	toYaml,
	writeSyntheticProviders,
} from '../../../scripts/bench/generate';
import { checkProviderFolder } from '../../../src/lib/validation/providerFiles';

describe('synthetic providers', () => {
	let folder: string;
	beforeAll(async () => {
		folder = await mkdtemp(join(tmpdir(), 'bench-generate-'));
	});
	afterAll(async () => {
		await rm(folder, { recursive: true, force: true });
	});

	it('should write files that pass the real schema and content checks', async () => {
		await writeSyntheticProviders(folder, 12);
		const { valid, problems } = await checkProviderFolder(folder);
		expect(problems).toEqual([]);
		expect(valid).toHaveLength(12);
	}, 60_000); // file I/O and validation: slow on a busy machine

	it('should have realistic sizes, like content/providers', () => {
		const { data, body } = syntheticProvider(3);
		expect(data.rateLimits).toHaveLength(10);
		expect(data.errors).toHaveLength(12);
		expect(data.patterns).toHaveLength(10);
		expect(data.webhooks).toBeDefined();
		expect(data.pagination).toBeDefined();
		expect(body.match(/^```\w+/gm)).toHaveLength(3);
		expect(body).toContain('## Code examples');
	});

	it('should make the same provider for the same index, whatever the count', async () => {
		expect(syntheticProvider(0)).toEqual(syntheticProvider(0));
		const first = await readFile(join(folder, `${syntheticProvider(0).id}.md`), 'utf8');
		const other = await mkdtemp(join(tmpdir(), 'bench-generate-'));
		try {
			await writeSyntheticProviders(other, 3);
			expect(await readFile(join(other, `${syntheticProvider(0).id}.md`), 'utf8')).toBe(first);
		} finally {
			await rm(other, { recursive: true, force: true });
		}
	}, 60_000);

	it('should give every index its own name and id', () => {
		const names = Array.from({ length: MAX_SYNTHETIC_PROVIDERS }, (_, i) => syntheticName(i));
		expect(new Set(names).size).toBe(MAX_SYNTHETIC_PROVIDERS);
		expect(names.every((name) => /^[A-Z][a-z]+$/.test(name))).toBe(true);
		expect(() => syntheticName(MAX_SYNTHETIC_PROVIDERS)).toThrow(RangeError);
	}, 30_000);

	it('should write YAML that parses back to the same data', () => {
		const data = { id: 'x', text: 'a "quoted": value\nnext line', n: 3, ok: false, list: [1, 'two'], empty: [], nested: [{ a: 1, b: { c: 'd' } }] };
		const parsed = parseFrontmatter(`---\n${toYaml(data)}---\n`).frontmatter;
		expect(parsed).toEqual(data);
	});

	it('should make a baseline page with the same body and the provider as its title', () => {
		const provider = syntheticProvider(1);
		const page = parseFrontmatter(baselineMarkdown({ name: provider.data.name, summary: provider.data.summary, body: provider.body }));
		expect(page.frontmatter).toEqual({ title: provider.data.name, description: provider.data.summary });
		expect(page.content.trim()).toBe(provider.body.trim());
	});
});

describe('searchQueries', () => {
	const sources = [
		{ name: 'Stripe', errorCodes: ['card_declined', 'not_in_body'], body: '## Code examples\n### Handle webhooks\ncard_declined' },
		{ name: 'Twilio', errorCodes: ['21610'], body: '### Send messages\nerror 21610' },
	];

	it('should take error codes the body mentions, names and heading words, mixed and spread over providers', () => {
		expect(searchQueries(sources, 6)).toEqual(['card_declined', 'Twilio', 'Stripe', 'messages', 'examples', '21610']);
	});

	it('should skip duplicates and stop when the content runs out', () => {
		expect(searchQueries([...sources, sources[0]!], 100)).toEqual(['card_declined', 'Twilio', 'examples', 'Stripe', 'messages', '21610', 'webhooks']);
	});

	it('should prefer the error codes fewest providers have', () => {
		const shared = { name: 'A', errorCodes: ['rate_limited', 'a_only'], body: 'rate_limited a_only' };
		const other = { name: 'B', errorCodes: ['rate_limited'], body: 'rate_limited' };
		expect(searchQueries([shared, other], 1)).toEqual(['a_only']);
	});

	it('should find at least 20 queries in synthetic content', () => {
		const synthetic = Array.from({ length: 10 }, (_, i) => syntheticProvider(i)).map((p) => ({
			name: p.data.name,
			errorCodes: (p.data.errors ?? []).map((e) => String(e.code)),
			body: p.body,
		}));
		const queries = searchQueries(synthetic, 24);
		expect(queries).toHaveLength(24);
		expect(queries.filter((q) => /^\d+$/.test(q)).length).toBeLessThanOrEqual(12);
		for (const query of queries) expect(synthetic.some((s) => s.body.includes(query))).toBe(true);
	}, 30_000);
});
