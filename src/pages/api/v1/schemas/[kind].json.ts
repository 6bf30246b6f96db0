/** `/api/v1/schemas/<kind>.json`: the JSON Schema of each kind of API file, generated from its Zod schema. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { jsonResponse } from '../../../../lib/data/apiFiles';
import { apiJsonSchema } from '../../../../lib/data/jsonSchemas';
import { API_FILE_KINDS, type ApiFileKind } from '../../../../lib/data/paths';

export const getStaticPaths = (() => API_FILE_KINDS.map((kind) => ({ params: { kind } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => jsonResponse(apiJsonSchema(params.kind as ApiFileKind));
