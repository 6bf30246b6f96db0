import { describe, expect, it } from 'vitest';
import { baselinePageMarkdown } from '../../../scripts/bench/baseline-facts';
import { baselineMarkdown, syntheticProvider } from '../../../scripts/bench/generate';
import { ProviderSchema } from '../../../src/schemas/provider';

const synthetic = syntheticProvider(2);
const provider = ProviderSchema.parse(synthetic.data);
const recipe = { path: 'content/webhooks/x.ts', source: 'export const verify = () => true;\n' };
const markdown = baselinePageMarkdown(provider, 'BODY TEXT\n', recipe);

describe('baselinePageMarkdown', () => {
	it('should write each rate limit and error as one row of a plain Markdown table, with its source', () => {
		expect(markdown).toContain('| What is limited | Scope | Limit | When exceeded | How to retry | Source |');
		expect(markdown).toContain('| Code | Retry? | HTTP | Meaning | Action | Source |');
		const rows = markdown.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| ---'));
		// 10 rate limits, 12 errors and 3 SDKs, plus the three header rows.
		expect(rows).toHaveLength(10 + 12 + 3 + 3);
		expect(markdown).toContain('[docs.');
	});

	it('should give every pattern a heading and every section its own heading, in the order of our page, without a title line', () => {
		expect(markdown.match(/^### /gm)).toHaveLength(10 + 1); // ten patterns and the recipe
		expect(markdown).not.toMatch(/^# /m);
		const sections = [...markdown.matchAll(/^## (.+)$/gm)].map((match) => match[1]);
		expect(sections.slice(0, 2)).toEqual(['Access', 'SDKs']);
		expect(sections).toContain('Patterns and gotchas');
		expect(sections.at(-1)).toBe('Sources');
	});

	it('should show the webhook recipe as a fenced code block at the end of the webhooks section', () => {
		expect(markdown).toContain('```ts title="content/webhooks/x.ts"\nexport const verify = () => true;\n```');
		expect(markdown.indexOf('## Webhooks')).toBeLessThan(markdown.indexOf('```ts'));
		expect(markdown.indexOf('```ts')).toBeLessThan(markdown.indexOf('## Pagination'));
		expect(baselinePageMarkdown(provider, 'BODY TEXT\n')).not.toContain('```ts title=');
	});

	it('should put the facts before the body and the sources after it, and make the whole page of it', () => {
		expect(markdown.indexOf('## Idempotency')).toBeLessThan(markdown.indexOf('BODY TEXT'));
		expect(markdown.indexOf('BODY TEXT')).toBeLessThan(markdown.indexOf('## Sources'));
		expect(markdown).toContain(`- [${provider.sources[0]!.title}](${provider.sources[0]!.url})`);
		const page = baselineMarkdown({ name: 'X', summary: 'S', body: 'ONLY THE BODY', withFacts: markdown });
		expect(page).toContain('BODY TEXT');
		expect(page).not.toContain('ONLY THE BODY');
	});
});
