/** `/api/v1/rate-limits.json`: every documented rate limit of every provider. */
import type { APIRoute } from 'astro';
import { getProviders } from '../../../content';
import { buildRateLimitsFile, jsonResponse } from '../../../lib/data/apiFiles';

export const GET: APIRoute = async () => jsonResponse(buildRateLimitsFile((await getProviders()).map((entry) => entry.data)));
