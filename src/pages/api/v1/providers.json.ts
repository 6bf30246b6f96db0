/** `/api/v1/providers.json`: every provider with the URLs of its page, Markdown twin and JSON file (src/lib/data/). */
import type { APIRoute } from 'astro';
import { getProviders } from '../../../content';
import { buildProvidersFile, jsonResponse } from '../../../lib/data/apiFiles';

export const GET: APIRoute = async () => jsonResponse(buildProvidersFile((await getProviders()).map((entry) => entry.data)));
