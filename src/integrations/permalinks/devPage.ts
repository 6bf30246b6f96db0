/**
 * Development-only route (injected by ./index.ts for `astro dev`): serves each permalink page from the
 * same template the build writes, so short links work on the dev server too.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getProviders } from '../../content';
import { SITE_URL } from '../../siteUrl';
import { permalinkPageHtml, providerPermalinks, type Permalink } from '../../lib/providers/permalinks';

export const getStaticPaths = (async () =>
	(await getProviders())
		.flatMap((entry) => providerPermalinks(entry.data))
		.map((permalink) => {
			const [prefix, provider, entry] = permalink.path.split('/').filter(Boolean);
			return { params: { prefix: prefix!, provider: provider!, entry: entry! }, props: { permalink } };
		})) satisfies GetStaticPaths;

export const GET: APIRoute<{ permalink: Permalink }> = ({ props, site }) =>
	new Response(permalinkPageHtml(props.permalink, site ?? SITE_URL), { headers: { 'content-type': 'text/html; charset=utf-8' } });
