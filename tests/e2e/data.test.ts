/**
 * The facts as data, on the real build: the JSON API validates against the schemas it names and keeps
 * the v1 fields, every URL in it resolves, the JSON, the Markdown twin and the HTML page agree on what a
 * provider documents, llms.txt links resolve, and "Copy page" puts the twin on the clipboard.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from './test';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import ts from 'typescript';
import { fileUrlPath } from '../../src/lib/builtPaths';
import { loadBuiltSite } from '../../scripts/lib/site-checks/builtSite';
import { API_V1_FIELDS, findMissingFields, findUndeclaredFields } from '../../src/lib/data/contract';
import type { ApiFileKind } from '../../src/lib/data/paths';
import { checkLinks } from '../../scripts/lib/site-checks/linkCheck';
import { SITE_URL } from '../../src/siteUrl';
import { collectCspViolations } from './cspViolations';
import { providersByName } from './data/providers';

const DIST = 'dist';
const read = (path: string) => readFileSync(join(DIST, path), 'utf8');
const readJson = (path: string) => JSON.parse(read(path)) as Record<string, unknown>;

/** Every file below a folder of dist/, as URL paths. */
const filesBelow = (folder: string) =>
	readdirSync(join(DIST, folder), { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => fileUrlPath(relative(DIST, join(entry.parentPath, entry.name))))
		.sort();

/** The data files of the JSON API; webhook test vectors have their own format and tests (tests/unit/webhookVectors.test.ts). */
const apiFiles = filesBelow('api/v1').filter((file) => !file.startsWith('/api/v1/schemas/') && !file.startsWith('/api/v1/webhook-vectors/'));
const markdownTwins = filesBelow('.').filter((file) => file.endsWith('.md'));

/** The kind of a file, from the schema its `$schema` names: `…/schemas/provider.json` → "provider". */
const kindOf = (data: Record<string, unknown>) => /\/schemas\/([a-z-]+)\.json$/.exec(String(data.$schema))![1] as ApiFileKind;
/** The schema file its `$schema` URL is served from. */
const schemaOf = (data: Record<string, unknown>) => readJson(new URL(String(data.$schema)).pathname);

/** The part of a Markdown twin under `## <heading>`, up to the next `## ` heading. */
function section(markdown: string, heading: string): string {
	const start = markdown.indexOf(`\n## ${heading}\n`);
	if (start < 0) return '';
	const end = markdown.indexOf('\n## ', start + 1);
	return markdown.slice(start, end < 0 ? undefined : end);
}
/** How many times `pattern` occurs in `text`. */
const count = (text: string, pattern: RegExp) => text.match(new RegExp(pattern.source, `${pattern.flags}g`))?.length ?? 0;

test.describe('the JSON API in dist/', () => {
	test('should publish the cross-provider files and one file per provider', () => {
		expect(apiFiles).toEqual(
			[
				'/api/v1/checklist.json',
				'/api/v1/errors.json',
				...providersByName.map((provider) => `/api/v1/providers/${provider.id}.json`),
				'/api/v1/providers.json',
				'/api/v1/rate-limits.json',
			].sort()
		);
	});

	test('should validate every file against the JSON Schema it names, with Ajv', () => {
		const ajv = new Ajv2020({ allErrors: true, strict: true });
		addFormats(ajv);
		for (const file of apiFiles) {
			const data = readJson(file);
			const schema = schemaOf(data);
			const validate = ajv.getSchema(String(schema.$id)) ?? ajv.compile(schema);
			expect(validate(data) ? [] : validate.errors, file).toEqual([]);
		}
	});

	test('should keep every field of the v1 promise, in the files and in their schemas', () => {
		for (const file of apiFiles) {
			const data = readJson(file);
			const kind = kindOf(data);
			expect(findMissingFields(data, API_V1_FIELDS[kind]), file).toEqual([]);
			expect(findUndeclaredFields(schemaOf(data), API_V1_FIELDS[kind]), file).toEqual([]);
		}
	});

	test('should point every URL in the data, the twins and llms.txt at a page and anchor that exist', async () => {
		const built = await loadBuiltSite(DIST, new URL(SITE_URL));
		const documents = [...built.documents!.keys()];
		expect(documents).toEqual(expect.arrayContaining([...apiFiles, ...markdownTwins, '/llms.txt', '/llms-full.txt']));
		const stripe = built.documents!.get('/api/v1/providers/stripe.json') ?? [];
		expect(stripe.map((link) => link.url)).toContain('/providers/stripe/#error-card-declined');
		const problems = checkLinks(built).filter((line) => documents.some((file) => line.startsWith(`${file}:`)));
		expect(problems).toEqual([]);
	});
});

test.describe('JSON, Markdown twin and HTML page', () => {
	const summaries = readJson('/api/v1/providers.json').providers as { id: string; counts: Record<string, number> }[];

	for (const provider of providersByName) {
		test(`should agree on ${provider.name}'s rate limits, errors and patterns`, () => {
			const json = readJson(`/api/v1/providers/${provider.id}.json`) as Record<'rateLimits' | 'errors' | 'patterns', unknown[]>;
			const markdown = read(`/providers/${provider.id}.md`);
			const html = read(`/providers/${provider.id}/index.html`);
			const counts = {
				rateLimits: [json.rateLimits.length, count(section(markdown, 'Rate limits'), /^\| \[.*#limit-/m), count(html, /data-entry="rate-limit"/)],
				errors: [json.errors.length, count(section(markdown, 'Error codes'), /^\| \[.*#error-/m), count(html, /data-entry="error-code"/)],
				patterns: [json.patterns.length, count(section(markdown, 'Patterns and gotchas'), /^### /m), count(html, /data-entry="(?:pattern|gotcha)"/)],
			};
			const expected = { rateLimits: provider.rateLimits.length, errors: provider.errors.length, patterns: provider.patterns.length };
			expect(counts).toEqual(Object.fromEntries(Object.entries(expected).map(([kind, n]) => [kind, [n, n, n]])));
			expect(summaries.find((summary) => summary.id === provider.id)?.counts).toEqual(expected);
			expect(markdown.startsWith(`# ${provider.name}\n`)).toBe(true);
		});
	}

	test('should agree on the cross-provider tables', () => {
		const errors = (readJson('/api/v1/errors.json').errors as unknown[]).length;
		const limits = (readJson('/api/v1/rate-limits.json').rateLimits as unknown[]).length;
		expect(errors).toBe(providersByName.reduce((sum, provider) => sum + provider.errors.length, 0));
		expect(limits).toBe(providersByName.reduce((sum, provider) => sum + provider.rateLimits.length, 0));
		expect([count(read('/errors.md'), /^\| [^|]+ \| \[`/m), count(read('/errors/index.html'), /<tr data-provider=/)]).toEqual([errors, errors]);
		expect([count(read('/compare/rate-limits.md'), /^\| [^|]+ \| \[/m), count(read('/compare/rate-limits/index.html'), /<tr data-provider=/)]).toEqual([
			limits,
			limits,
		]);
	});
});

test.describe('Markdown twins', () => {
	test('should exist for every page that links one, each starting with the page title', () => {
		const linked: string[] = [];
		for (const file of filesBelow('.').filter((path) => path.endsWith('.html'))) {
			const html = read(file);
			const href = /<link rel="alternate" type="text\/markdown" href="([^"]+)"/.exec(html)?.[1];
			if (!href) continue;
			linked.push(href);
			const title = /<h1 id="_top"[^>]*>([^<]*)<\/h1>/.exec(html)![1]!.replaceAll('&#39;', "'").replaceAll('&amp;', '&');
			expect(read(href).split('\n')[0], href).toBe(`# ${title}`);
		}
		expect(linked.sort()).toEqual(markdownTwins);
		expect(markdownTwins).toEqual(
			expect.arrayContaining(['/checklist.md', '/errors.md', '/compare/rate-limits.md', ...providersByName.flatMap((p) => [`/providers/${p.id}.md`, `/checklist/${p.id}.md`])])
		);
	});

	test('should be copied by "Copy page", without breaking the Content Security Policy', async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		const violations = await collectCspViolations(page);
		for (const path of [`/providers/${providersByName[0]!.id}/`, '/errors/']) {
			await page.goto(path);
			const markdown = await (await page.request.get(`${path.replace(/\/$/, '')}.md`)).text();
			await page.getByRole('button', { name: 'Copy page' }).click();
			await expect(page.locator('copy-page [role="status"]')).toHaveText('Copied');
			expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(markdown);
		}
		expect(violations).toEqual([]);
	});

	test('should offer the Markdown link without JavaScript, and no button that cannot work', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto('/checklist/');
		await expect(page.getByRole('button', { name: 'Copy page' })).toBeHidden();
		await expect(page.locator('copy-page a')).toHaveAttribute('href', '/checklist.md');
		await context.close();
	});
});

test.describe('llms.txt', () => {
	test('should follow the llmstxt.org layout and list every provider twin', () => {
		const lines = read('/llms.txt').split('\n');
		expect(lines[0]).toBe('# API Integration Patterns');
		expect(lines[2]).toMatch(/^> \S/);
		const sections = lines.filter((line) => line.startsWith('## '));
		expect(sections).toEqual(['## Providers', '## Comparisons', '## Checklists', '## Data', '## Optional']);
		const items = lines.filter((line) => line.startsWith('- '));
		for (const item of items) expect(item).toMatch(/^- \[[^\]]+\]\(https:\/\/api-patterns\.example\.org\/\S+\): \S/);
		for (const provider of providersByName) expect(items.join('\n')).toContain(`(${SITE_URL}/providers/${provider.id}.md)`);
	});

	test('should hold every provider twin in llms-full.txt', () => {
		const full = read('/llms-full.txt');
		for (const provider of providersByName) expect(full).toContain(read(`/providers/${provider.id}.md`).trim());
	});
});

test('should classify errors with the TypeScript example of /data/, against the built errors.json', async () => {
	const source = /```ts title="classifyError.ts"\n([\s\S]*?)\n```/.exec(read('/data.md'))![1]!;
	const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText;
	const errorsJson = read('/api/v1/errors.json');
	const realFetch = globalThis.fetch;
	globalThis.fetch = (async (url: string) => {
		expect(url).toBe(`${SITE_URL}/api/v1/errors.json`);
		return new Response(errorsJson);
	}) as typeof fetch;
	try {
		const example = await import(`data:text/javascript;base64,${Buffer.from(js).toString('base64')}`);
		const table = await example.loadErrorTable();
		const first = (JSON.parse(errorsJson).errors as { provider: string; code: string; retry: string; url: string }[])[0]!;
		expect(example.classifyError(table, first.provider, first.code)).toMatchObject({ retry: first.retry, docs: `${SITE_URL}${first.url}` });
		expect(example.classifyError(table, 'stripe', 'card_declined').retry).toBe('do-not-retry');
		expect(example.classifyError(table, 'stripe', 'no_such_code')).toEqual({ retry: 'unknown' });
	} finally {
		globalThis.fetch = realFetch;
	}
});
