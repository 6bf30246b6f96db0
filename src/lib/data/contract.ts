/**
 * The promise of `/api/v1/`: fields may be added, never renamed or removed, without a `/api/v2/`.
 * `API_V1_FIELDS` lists, per kind of file, every field clients may rely on; the tests check it against
 * the built files and the published schemas, so removing or renaming one of these fields fails them.
 * Add a field here when you add it to the API; never take one out while the version is v1.
 *
 * A path names a field from the file's root: `errors[].code` is the `code` of every element of
 * `errors`. A segment ending in `?` is optional: the schema must still declare it, but a file may leave
 * it out (`errors[].httpStatus?`), and fields below an absent optional object are not looked for
 * (`webhooks?.signatureHeader`).
 */
import type { JsonSchema } from './jsonSchemas';
import type { ApiFileKind } from './paths';

/** Field paths of a provenance-carrying entry below `prefix`. */
const provenance = (prefix: string) => [`${prefix}.source`, `${prefix}.verified`, `${prefix}.unverified?`];
/** Field paths of an entry with its own anchor and permalink below `prefix`. */
const entry = (prefix: string) => [...provenance(prefix), `${prefix}.url`, `${prefix}.permalink`];

const ERROR_FIELDS = ['code', 'aliases', 'httpStatus?', 'service?', 'detection?', 'meaning', 'action', 'retry'];
const RATE_LIMIT_FIELDS = [
	'id',
	'name',
	'scope',
	'limit?',
	'unit',
	'per?',
	'interval',
	'cost?',
	'tiers',
	'adjustable?',
	'throttle?',
	'throttle?.status',
	'throttle?.error?',
	'retry',
	'retry.header?',
	'retry.guidance',
	'notes?',
];
const fields = (prefix: string, names: readonly string[]) => names.map((name) => `${prefix}.${name}`);

/** Every field of v1, per kind of file. */
export const API_V1_FIELDS: Record<ApiFileKind, readonly string[]> = {
	providers: [
		'$schema',
		...fields('providers[]', ['id', 'name', 'category', 'summary', 'docsUrl', 'lastVerified', 'url', 'markdownUrl', 'jsonUrl']),
		...fields('providers[].counts', ['rateLimits', 'errors', 'patterns']),
	],
	provider: [
		'$schema',
		'id',
		'name',
		'category',
		'summary',
		'docsUrl',
		'lastVerified',
		'url',
		'markdownUrl',
		'checklistUrl',
		'sdks[].language',
		'sdks[].package',
		'sdks[].install',
		'sdks[].note?',
		'auth.methods[].name',
		'auth.methods[].description',
		'auth.envVars',
		'auth.development',
		'auth.production',
		'auth.scopes',
		...fields('rateLimits[]', RATE_LIMIT_FIELDS),
		...entry('rateLimits[]'),
		...fields('errors[]', ERROR_FIELDS),
		...entry('errors[]'),
		...fields('patterns[]', ['id', 'kind', 'title', 'severity', 'problem', 'solution', 'checklistPhase', 'relatedErrors']),
		...entry('patterns[]'),
		...fields('access?', ['account', 'testing', 'plan?', 'review?', 'credentials', 'url']),
		...provenance('access?'),
		...fields('versioning?', ['selector', 'name?', 'current?', 'default?', 'support?', 'notes?', 'url']),
		...provenance('versioning?'),
		...fields('webhooks?', ['signatureHeader', 'otherHeaders', 'verification.method', 'signedContent', 'rawBodyRequired', 'replayToleranceSeconds?', 'delivery', 'url']),
		...provenance('webhooks?'),
		...fields('pagination?', ['styles', 'parameters', 'defaultPageSize?', 'maxPageSize?', 'notes', 'url']),
		...provenance('pagination?'),
		...fields('idempotency', ['supported', 'header?', 'keyLifetime?', 'notes', 'url']),
		...provenance('idempotency'),
		'sources[].title',
		'sources[].url',
	],
	errors: ['$schema', 'errors[].provider', 'errors[].providerName', ...fields('errors[]', ERROR_FIELDS), ...entry('errors[]')],
	'rate-limits': [
		'$schema',
		'rateLimits[].provider',
		'rateLimits[].providerName',
		...fields('rateLimits[]', RATE_LIMIT_FIELDS),
		...entry('rateLimits[]'),
	],
	checklist: [
		'$schema',
		'phases[].id',
		'phases[].title',
		'phases[].description',
		...fields('phases[].items[]', ['id', 'aliases', 'phase', 'kind', 'title', 'why', 'verify', 'provider?', 'appliesTo?', 'source?', 'source?.url', 'source?.label', 'url']),
	],
};

/** One segment of a field path. */
interface Segment {
	name: string;
	optional: boolean;
	array: boolean;
}

function parsePath(path: string): Segment[] {
	return path.split('.').map((raw) => {
		const match = /^([^?[\]]+)(\?)?(\[\])?(\?)?$/.exec(raw);
		if (!match) throw new Error(`Field path "${path}": cannot read the segment "${raw}"`);
		return { name: match[1]!, optional: Boolean(match[2] ?? match[4]), array: Boolean(match[3]) };
	});
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Where `data` lacks a required field of `paths`: one line per missing field, naming where it is
 * missing (`errors[3].code: missing`). Checks every element of every array on the way.
 */
export function findMissingFields(data: unknown, paths: readonly string[]): string[] {
	const problems: string[] = [];
	const walk = (value: unknown, segments: Segment[], at: string) => {
		const [segment, ...rest] = segments;
		if (!segment) return;
		const where = at ? `${at}.${segment.name}` : segment.name;
		if (!isObject(value)) {
			problems.push(`${at || '(root)'}: expected an object holding "${segment.name}"`);
			return;
		}
		if (!(segment.name in value) || value[segment.name] === undefined) {
			if (!segment.optional) problems.push(`${where}: missing`);
			return;
		}
		const child = value[segment.name];
		if (segment.array) {
			if (!Array.isArray(child)) problems.push(`${where}: expected an array`);
			else child.forEach((element, index) => walk(element, rest, `${where}[${index}]`));
		} else walk(child, rest, where);
	};
	for (const path of paths) walk(data, parsePath(path), '');
	return problems;
}

/** The object schemas a JSON Schema node stands for: itself, or each member of its `anyOf`/`oneOf`. */
function objectSchemas(schema: JsonSchema): JsonSchema[] {
	const members = (schema.anyOf ?? schema.oneOf) as JsonSchema[] | undefined;
	return members ? members.flatMap(objectSchemas).filter((member) => member.type !== 'null') : [schema];
}

/**
 * Where a JSON Schema no longer declares a field of `paths`, or no longer requires a field the list
 * says is always there. In a union (`anyOf`/`oneOf`), every member must declare the field.
 */
export function findUndeclaredFields(schema: JsonSchema, paths: readonly string[]): string[] {
	const problems: string[] = [];
	for (const path of paths) {
		let nodes: JsonSchema[] = [schema];
		for (const segment of parsePath(path)) {
			const next: JsonSchema[] = [];
			for (const node of nodes.flatMap(objectSchemas)) {
				const properties = (node.properties ?? {}) as Record<string, JsonSchema>;
				const property = properties[segment.name];
				if (!property) {
					problems.push(`${path}: "${segment.name}" is not declared in the schema`);
					continue;
				}
				if (!segment.optional && !((node.required ?? []) as string[]).includes(segment.name)) {
					problems.push(`${path}: "${segment.name}" is no longer required by the schema`);
				}
				next.push(segment.array ? ((property.items ?? {}) as JsonSchema) : property);
			}
			nodes = next;
		}
	}
	return [...new Set(problems)];
}
