/**
 * The published JSON Schemas (`/api/v1/schemas/<kind>.json`), generated from the API's Zod schemas with
 * Zod 4's `z.toJSONSchema`. They describe the parsed output (`io: 'output'`): defaulted fields are
 * required, piped fields have their output type (an error `code` is a string even when YAML had a
 * number), and days are `YYYY-MM-DD` strings. Anything Zod cannot represent (a bare transform, a Date)
 * throws here, so a schema change that breaks the published shape stops the build.
 */
import { z } from 'astro/zod';
import { API_SCHEMAS } from './apiSchemas';
import { schemaUrl, type ApiFileKind } from './paths';

/** A JSON Schema document. */
export type JsonSchema = Record<string, unknown>;

/**
 * The JSON Schema of one kind of file. Published schemas let objects carry more properties than they
 * declare, so a copy of today's schema still accepts tomorrow's files, which may add fields. `strict`
 * forbids undeclared properties: the tests use it to prove that every field the site publishes is declared.
 */
export function apiJsonSchema(kind: ApiFileKind, { strict = false } = {}): JsonSchema {
	const generated = z.toJSONSchema(API_SCHEMAS[kind], {
		target: 'draft-2020-12',
		io: 'output',
		unrepresentable: 'throw',
		override: (ctx) => {
			if (!strict && ctx.jsonSchema.additionalProperties === false) delete ctx.jsonSchema.additionalProperties;
		},
	}) as JsonSchema;
	const { $schema, ...rest } = generated;
	return { $schema, $id: schemaUrl(kind), ...rest };
}
