/** `/checklist/<id>.md`: the Markdown twin of one provider's checklist (titles as in ./[provider].astro). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getChecklist, getProviders, type ProviderEntry } from '../../content';
import { checklistPath } from '../../lib/anchors';
import { providerChecklist } from '../../lib/checklist/items';
import { checklistPageMarkdown, markdownResponse } from '../../lib/data/markdown';

export const getStaticPaths = (async () =>
	(await getProviders()).map((entry) => ({ params: { provider: entry.data.id }, props: { entry } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: ProviderEntry }> = async ({ props }) => {
	const provider = props.entry.data;
	return markdownResponse(
		checklistPageMarkdown({
			title: `${provider.name} integration checklist`,
			description: `Every check for integrating ${provider.name}: the generic checklist plus the items its rate limits, webhooks, idempotency and gotchas imply.`,
			path: checklistPath(provider.id),
			phases: providerChecklist(await getChecklist(), provider.id),
		})
	);
};
