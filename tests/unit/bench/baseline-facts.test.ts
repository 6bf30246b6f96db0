import { describe, expect, it } from 'vitest';
import { baselineFactsMarkdown, baselineSourcesMarkdown, cell } from '../../../scripts/bench/baseline-facts';
import { baselineMarkdown, syntheticProvider } from '../../../scripts/bench/generate';
import { ProviderSchema } from '../../../src/schemas/provider';

const provider = ProviderSchema.parse(syntheticProvider(2).data);
const recipe = { path: 'content/webhooks/x.ts', source: 'export const verify = () => true;\n' };
const markdown = baselineFactsMarkdown(provider, recipe);

describe('baselineFactsMarkdown', () => {
	it('should write each rate limit and error as one row of a plain Markdown table, with its source', () => {
		expect(markdown).toContain('| What is limited | Limit | When exceeded | How to retry | Source |');
		expect(markdown).toContain('| Code | HTTP | Retry? | Meaning | Action | Source |');
		const rows = markdown.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| ---'));
		// 10 rate limits, 12 errors, 3 SDKs and 2 scopes, plus the four header rows.
		expect(rows).toHaveLength(10 + 12 + 3 + 2 + 4);
		expect(markdown).toContain('| **API requests** (');
		expect(markdown).toContain('[docs.');
	});

	it('should give every pattern a heading and every section its own heading, in the order of our page', () => {
		expect(markdown.match(/^### /gm)).toHaveLength(10 + 1); // ten patterns and the recipe
		const sections = [...markdown.matchAll(/^## (.+)$/gm)].map((match) => match[1]);
		expect(sections).toEqual(['Access', 'Authentication', 'Rate limits', 'Error codes', 'Patterns and gotchas', 'Idempotency', 'Webhooks', 'Pagination', 'Versioning', 'SDKs']);
	});

	it('should show the webhook recipe as a fenced code block under the webhooks', () => {
		expect(markdown).toContain('```ts title="content/webhooks/x.ts"\nexport const verify = () => true;\n```');
		expect(markdown.indexOf('## Webhooks')).toBeLessThan(markdown.indexOf('```ts'));
		expect(baselineFactsMarkdown(provider)).not.toContain('```');
	});

	it('should keep a table cell on one line with its pipes escaped', () => {
		expect(cell('a | b\n   c')).toBe('a \\| b c');
	});

	it('should put the facts before the body and the sources after it', () => {
		const page = baselineMarkdown({ name: 'X', summary: 'S', body: 'BODY\n', facts: 'FACTS\n', sources: baselineSourcesMarkdown(provider) });
		expect(page.indexOf('FACTS')).toBeLessThan(page.indexOf('BODY'));
		expect(page.indexOf('BODY')).toBeLessThan(page.indexOf('## Sources'));
		expect(page).toContain(`- [${provider.sources[0]!.title}](${provider.sources[0]!.url})`);
	});
});
