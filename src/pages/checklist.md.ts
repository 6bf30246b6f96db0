/**
 * `/checklist.md`: the Markdown twin of /checklist/ as it reads without JavaScript: the template's items
 * (titles as in src/pages/checklist/index.astro), and links to each provider's checklist twin.
 */
import type { APIRoute } from 'astro';
import { getChecklist, getProviders } from '../content';
import { checklistPath } from '../lib/anchors';
import { filterChecklist } from '../lib/checklist/items';
import { absoluteUrl, markdownTwinPath } from '../lib/data/paths';
import { checklistPageMarkdown, markdownResponse } from '../lib/data/markdown';

export const GET: APIRoute = async () => {
	const providers = (await getProviders()).map((entry) => entry.data);
	const more = [
		'Each provider adds the items its facts imply:',
		'',
		...providers.map((provider) => `- [${provider.name} integration checklist](${absoluteUrl(markdownTwinPath(checklistPath(provider.id)))})`),
	].join('\n');
	return markdownResponse(
		checklistPageMarkdown({
			title: 'Integration checklist',
			description:
				'Research, security, implementation and production checks for integrating any API, plus the items your providers’ facts imply. Tick, share, print, paste into a pull request.',
			path: checklistPath(),
			phases: filterChecklist(await getChecklist(), []),
			providerNames: new Map(providers.map((provider) => [provider.id, provider.name])),
			more,
		})
	);
};
