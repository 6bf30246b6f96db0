/** `/api/v1/providers/<id>.json`: every fact of one provider, each with its source, verified date and URLs. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getProviders, type ProviderEntry } from '../../../../content';
import { buildProviderFile, jsonResponse } from '../../../../lib/data/apiFiles';

export const getStaticPaths = (async () =>
	(await getProviders()).map((entry) => ({ params: { id: entry.data.id }, props: { entry } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: ProviderEntry }> = ({ props }) => jsonResponse(buildProviderFile(props.entry.data));
