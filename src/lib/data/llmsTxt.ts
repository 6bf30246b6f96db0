/**
 * `/llms.txt` (llmstxt.org: a title, a one-line summary, then sections of links with a line each) and
 * `/llms-full.txt` (every provider's Markdown twin in one file).
 *
 * Why not a Starlight plugin: `starlight-llms-txt` reads only Starlight's `docs` collection
 * (`getCollection('docs')`), and `starlight-page-actions` copies only `src/content/docs/**` files, but
 * the provider pages come from the `providers` collection through custom routes (src/pages/providers/),
 * and the checklists and comparisons are generated pages: neither plugin can see them. So the index and
 * the full file are generated from the same collections as the pages, like the twins they link to.
 */
import type { Provider } from '../../schemas/provider';
import { SITE_DESCRIPTION, SITE_TITLE } from '../../siteUrl';
import { checklistPath, providerPath } from '../anchors';
import { inlineMarkdownToText } from '../inlineMarkdown';
import { absoluteUrl, API_PATHS, LLMS_PATHS, markdownTwinPath, schemaPath } from './paths';

/** A page listed in llms.txt: its title, its path on the site and what it holds. */
export interface LlmsPage {
	title: string;
	/** The HTML page's path; llms.txt links its Markdown twin. */
	path: string;
	description: string;
}

/** What llms.txt lists. */
export interface LlmsIndex {
	providers: readonly Pick<Provider, 'id' | 'name' | 'summary'>[];
	/** The cross-provider views (the sidebar's "Compare" group). */
	comparisons: readonly LlmsPage[];
	/** Starlight's prose pages (about, data). */
	prose: readonly LlmsPage[];
}

const line = (title: string, url: string, description: string) => `- [${title}](${url}): ${description.replace(/\s*\n\s*/g, ' ')}`;
const twin = (page: LlmsPage) => line(page.title, absoluteUrl(markdownTwinPath(page.path)), page.description);

/** The text of /llms.txt. */
export function llmsTxt({ providers, comparisons, prose }: LlmsIndex): string {
	const sections = [
		`# ${SITE_TITLE}`,
		`> ${SITE_DESCRIPTION}`,
		[
			'Every fact links to the provider’s own documentation with the date it was last checked; unconfirmed facts say so.',
			'Every page has a Markdown twin at its path plus `.md` (listed below), and the same facts are JSON under `/api/v1/`,',
			`starting at ${absoluteUrl(API_PATHS.providers)}; each file names its JSON Schema in \`$schema\`.`,
		].join(' '),
		['## Providers', '', line('All providers', absoluteUrl(markdownTwinPath('/providers/')), 'Every provider by category, with its summary.'), ...providers.map((provider) => line(provider.name, absoluteUrl(markdownTwinPath(providerPath(provider.id))), inlineMarkdownToText(provider.summary)))].join('\n'),
		['## Comparisons', '', ...comparisons.map(twin)].join('\n'),
		[
			'## Checklists',
			'',
			line('Integration checklist', absoluteUrl(markdownTwinPath(checklistPath())), 'The four-phase checklist for integrating any API.'),
			...providers.map((provider) =>
				line(`${provider.name} integration checklist`, absoluteUrl(markdownTwinPath(checklistPath(provider.id))), `The checklist plus the items ${provider.name}’s facts imply.`)
			),
		].join('\n'),
		[
			'## Data',
			'',
			line('providers.json', absoluteUrl(API_PATHS.providers), 'Every provider with the URLs of its page, Markdown twin and JSON file.'),
			line('errors.json', absoluteUrl(API_PATHS.errors), 'Every error code of every provider with HTTP status, retry class and action.'),
			line('rate-limits.json', absoluteUrl(API_PATHS.rateLimits), 'Every documented rate limit of every provider.'),
			line('checklist.json', absoluteUrl(API_PATHS.checklist), 'The checklist: template and generated items with their ids.'),
			line('JSON Schema of a provider file', absoluteUrl(schemaPath('provider')), `The shape of ${API_PATHS.provider('<id>')}.`),
		].join('\n'),
		['## Optional', '', ...prose.map(twin), line('llms-full.txt', absoluteUrl(LLMS_PATHS.full), 'Every provider page as Markdown, in one file.')].join('\n'),
	];
	return `${sections.join('\n\n')}\n`;
}

/** The text of /llms-full.txt: a short header, then each provider's Markdown twin in turn. */
export function llmsFullTxt(providerMarkdowns: readonly string[]): string {
	return `# ${SITE_TITLE}\n\n> ${SITE_DESCRIPTION}\n\n${providerMarkdowns.map((markdown) => markdown.trim()).join('\n\n')}\n`;
}

/** llms.txt and llms-full.txt as the endpoints serve them. */
export function textResponse(text: string): Response {
	return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
