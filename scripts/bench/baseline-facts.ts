/**
 * The baseline's page for a real provider, carrying the same content as ours: our Markdown twin of the
 * provider page (src/lib/data/markdown.ts `providerMarkdown`: every fact as plain Markdown tables,
 * headings and lists, each with its source, then the body, then the sources), which is how a docs author
 * would write those facts by hand in Starlight, with the webhook recipe as a fenced code block under the
 * webhooks, as our page shows it.
 */
import { providerMarkdown } from '../../src/lib/data/markdown';
import type { Provider } from '../../src/schemas/provider';

/** A webhook verification recipe shown on the page: its repository path and its source. */
export interface BaselineRecipe {
	path: string;
	source: string;
}

/**
 * The page's Markdown without its title line (Starlight writes the title from the frontmatter) and with
 * `recipe`, when given, at the end of the Webhooks section.
 */
export function baselinePageMarkdown(provider: Provider, body: string, recipe?: BaselineRecipe): string {
	const page = providerMarkdown(provider, body).replace(/^# .*\n+/, '');
	if (!recipe) return page;
	const block = `### Verification recipe\n\n\`\`\`ts title="${recipe.path}"\n${recipe.source.trimEnd()}\n\`\`\`\n`;
	return page.replace(/(\n## Webhooks\n[\s\S]*?\n)(?=\n## )/, `$1\n${block}`);
}
