/** `/<page>.md`: the Markdown twin of each of Starlight's prose pages (src/content/docs/: /about/, /data/). */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { getProsePages } from '../content';
import { markdownResponse, proseMarkdown } from '../lib/data/markdown';

export const getStaticPaths = (async () =>
	(await getProsePages()).map((entry) => ({ params: { prose: entry.id }, props: { entry } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: CollectionEntry<'docs'> }> = ({ props }) => {
	const { entry } = props;
	return markdownResponse(proseMarkdown(entry.data.title, entry.data.description ?? '', `/${entry.id}/`, entry.body ?? ''));
};
