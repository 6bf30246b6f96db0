/** `/api/v1/checklist.json`: the four phases with the template's items and every provider's generated items. */
import type { APIRoute } from 'astro';
import { getChecklist } from '../../../content';
import { buildChecklistFile, jsonResponse } from '../../../lib/data/apiFiles';

export const GET: APIRoute = async () => jsonResponse(buildChecklistFile(await getChecklist()));
