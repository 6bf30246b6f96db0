import { beforeAll, describe, expect, it } from 'vitest';
import { buildChecklist, filterChecklist } from '../../../src/lib/checklist/items';
import { checkChecklistFile } from '../../../src/lib/checklist/template';
import { errorIndexRows } from '../../../src/lib/providers/compare';
import { hasMarkdownTwin } from '../../../src/lib/data/paths';
import { llmsFullTxt, llmsTxt } from '../../../src/lib/data/llmsTxt';
import { checklistPageMarkdown, errorIndexMarkdown, markdownTable, providerMarkdown } from '../../../src/lib/data/markdown';
import { checkProviderFolder, type ValidProviderFile } from '../../../src/lib/validation/providerFiles';

const SITE = 'https://api-patterns.example.org';
let example: ValidProviderFile;

beforeAll(async () => {
	example = (await checkProviderFolder('tests/fixtures/providers/valid')).valid[0]!;
});

describe('Markdown twins', () => {
	it('should escape pipes and line breaks in table cells', () => {
		expect(markdownTable(['a', 'b'], [['x | y', 'one\ntwo']])).toBe('| a | b |\n| --- | --- |\n| x \\| y | one two |');
	});

	it('should give a provider its facts in page order, each entry linked to its anchor, then its body', () => {
		const markdown = providerMarkdown(example.data, example.body, new Date('2026-12-01'));
		expect(markdown.split('\n').slice(0, 7)).toEqual([
			'# Example API',
			'',
			'> A fictional provider used by the tests; every field of the schema is filled in.',
			'',
			`- Page: ${SITE}/providers/example/`,
			`- JSON: ${SITE}/api/v1/providers/example.json`,
			`- Checklist: ${SITE}/checklist/example.md`,
		]);
		const headings = markdown.split('\n').filter((line) => line.startsWith('## '));
		expect(headings).toEqual([
			'## Access',
			'## SDKs',
			'## Authentication',
			'## Versioning',
			'## Rate limits',
			'## Error codes',
			'## Patterns and gotchas',
			'## Webhooks',
			'## Pagination',
			'## Idempotency',
			'## Code examples',
			'## Sources',
		]);
		expect(markdown).toContain(`| [API requests](${SITE}/providers/example/#limit-requests) | per account | 100 requests per second | HTTP 403 or 429 · rate_limited | \`Retry-After\`: Wait the number of seconds the header gives. |`);
		expect(markdown).toContain(`| [\`21610\`](${SITE}/providers/example/#error-21610) | Do not retry | — | Recipient unsubscribed. | Stop sending. |`);
		expect(markdown).toContain('**unverified**: Only stated in a blog post.');
		expect(markdown).toContain('- **Plan or programme**: The Events API needs the Growth plan.');
		expect(markdown).toContain('- **Version chosen by**: Request header `Example-Version`');
		expect(markdown).toContain(`- **Related errors**: [\`card_declined\`](${SITE}/providers/example/#error-card-declined)`);
		expect(markdown).toContain('const ok = verify(rawBody, header, secret);');
		expect(markdown).not.toContain('possibly out of date');
	});

	it('should mark facts verified more than 12 months before the build as possibly out of date', () => {
		expect(providerMarkdown(example.data, example.body, new Date('2028-01-15'))).toContain('**possibly out of date**: confirm at the source');
	});

	it('should list a checklist as tasks with their ids, under each phase', async () => {
		const { template } = await checkChecklistFile();
		const phases = filterChecklist(buildChecklist(template!, [example.data]), ['example']);
		const markdown = checklistPageMarkdown({ title: 'Example API integration checklist', description: 'Every check.', path: '/checklist/example/', phases });
		expect(markdown.split('\n').filter((line) => line.startsWith('## '))).toEqual(['## Research', '## Security', '## Implementation', '## Production']);
		expect(markdown).toContain("- [ ] **Verify Example API's `Example-Signature` signature over the raw body** (`example-webhook-signature`)");
		expect(markdown).toContain(`  - From: [Example API webhooks](${SITE}/providers/example/#webhooks)`);
		expect(markdown).not.toContain('Applies to');
	});

	it('should list every error of the index with its provider, linked to its entry', () => {
		const markdown = errorIndexMarkdown('Error codes of every provider', 'All 2 error codes.', errorIndexRows([example.data]));
		expect(markdown).toContain(`| Example API | [\`card_declined\`](${SITE}/providers/example/#error-card-declined) | 402 | Do not retry | The card was declined. |`);
	});

	it('should twin the content pages and no other', () => {
		for (const path of ['/providers/', '/providers/stripe/', '/checklist/', '/checklist/stripe/', '/errors/', '/compare/rate-limits/', '/about/']) {
			expect(hasMarkdownTwin(path, new Set(['/about/'])), path).toBe(true);
		}
		for (const path of ['/', '/e/stripe/card-declined/', '/providers/stripe/extra/', '/404/']) expect(hasMarkdownTwin(path), path).toBe(false);
	});
});

describe('llms.txt', () => {
	it('should start with the title and summary, then link each twin with a line', () => {
		const text = llmsTxt({
			providers: [example.data],
			comparisons: [{ title: 'Error codes', path: '/errors/', description: 'Every error code.' }],
			prose: [{ title: 'About', path: '/about/', description: 'How facts are sourced.' }],
		});
		const lines = text.split('\n');
		expect(lines.slice(0, 3)).toEqual(['# API Integration Patterns', '', '> Rate limits, error codes with retry advice, gotchas and checklists for integrating third-party APIs.']);
		expect(lines).toContain(`- [Example API](${SITE}/providers/example.md): A fictional provider used by the tests; every field of the schema is filled in.`);
		expect(lines).toContain(`- [Error codes](${SITE}/errors.md): Every error code.`);
		expect(lines).toContain(`- [Example API integration checklist](${SITE}/checklist/example.md): The checklist plus the items Example API’s facts imply.`);
		expect(lines).toContain(`- [About](${SITE}/about.md): How facts are sourced.`);
		expect(lines.filter((line) => line.startsWith('## '))).toEqual(['## Providers', '## Comparisons', '## Checklists', '## Data', '## Optional']);
	});

	it('should put every provider twin in llms-full.txt', () => {
		expect(llmsFullTxt(['# A\n\nfirst\n', '# B\n'])).toBe(
			'# API Integration Patterns\n\n> Rate limits, error codes with retry advice, gotchas and checklists for integrating third-party APIs.\n\n# A\n\nfirst\n\n# B\n'
		);
	});
});
