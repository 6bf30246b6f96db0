/** `/providers/<id>.md`: the Markdown twin of a provider page (src/lib/data/markdown.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getProviders, type ProviderEntry } from '../../content';
import { markdownResponse, providerMarkdown } from '../../lib/data/markdown';

export const getStaticPaths = (async () =>
	(await getProviders()).map((entry) => ({ params: { id: entry.data.id }, props: { entry } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: ProviderEntry }> = ({ props }) => markdownResponse(providerMarkdown(props.entry.data, props.entry.body ?? ''));
