/** `/api/v1/errors.json`: every error code of every provider, with HTTP status and retry class. */
import type { APIRoute } from 'astro';
import { getProviders } from '../../../content';
import { buildErrorsFile, jsonResponse } from '../../../lib/data/apiFiles';

export const GET: APIRoute = async () => jsonResponse(buildErrorsFile((await getProviders()).map((entry) => entry.data)));
