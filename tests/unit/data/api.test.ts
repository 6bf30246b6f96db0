import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildChecklist } from '../../../src/lib/checklist/items';
import { checkChecklistFile } from '../../../src/lib/checklist/template';
import {
	buildChecklistFile,
	buildErrorsFile,
	buildProviderFile,
	buildProvidersFile,
	buildRateLimitsFile,
} from '../../../src/lib/data/apiFiles';
import { API_V1_FIELDS, findMissingFields, findUndeclaredFields } from '../../../src/lib/data/contract';
import { apiJsonSchema } from '../../../src/lib/data/jsonSchemas';
import { API_FILE_KINDS, markdownTwinPath, type ApiFileKind } from '../../../src/lib/data/paths';
import { checkProviderFolder } from '../../../src/lib/validation/providerFiles';
import type { Provider } from '../../../src/schemas/provider';
import { PROVIDERS_DIR } from '../../../src/providersDir';

/** A validator for a published schema, or its strict twin that forbids undeclared fields. */
function validator(kind: ApiFileKind, strict = false) {
	const ajv = new Ajv2020({ allErrors: true, strict: true });
	addFormats(ajv);
	return ajv.compile(apiJsonSchema(kind, { strict }));
}

let example: Provider;
let real: Provider[];
/** Every file the API would publish for the real content, by kind. */
let files: Record<ApiFileKind, unknown[]>;

beforeAll(async () => {
	example = (await checkProviderFolder('tests/fixtures/providers/valid')).valid[0]!.data;
	const folder = await checkProviderFolder(PROVIDERS_DIR);
	expect(folder.problems).toEqual([]);
	real = folder.valid.map((file) => file.data).sort((a, b) => a.name.localeCompare(b.name, 'en'));
	const { template } = await checkChecklistFile();
	files = {
		providers: [buildProvidersFile(real)],
		provider: real.map(buildProviderFile),
		errors: [buildErrorsFile(real)],
		'rate-limits': [buildRateLimitsFile(real)],
		checklist: [buildChecklistFile(buildChecklist(template!, real))],
	};
});

describe('the JSON API files', () => {
	it('should give every entry its source, its verified day, its page anchor and its permalink', () => {
		const file = buildProviderFile(example);
		expect(file.$schema).toBe('https://api-patterns.example.org/api/v1/schemas/provider.json');
		expect(file.lastVerified).toBe('2026-11-27');
		expect(file.errors[1]).toMatchObject({
			code: '21610',
			verified: '2026-11-27',
			url: '/providers/example/#error-21610',
			permalink: '/e/example/21610/',
		});
		expect(file.errors[0]!.url).toBe('/providers/example/#error-card-declined');
		expect(file.rateLimits[0]).toMatchObject({ url: '/providers/example/#limit-requests', permalink: '/l/example/requests/' });
		expect(file.rateLimits[0]!.throttle!.status).toEqual([403, 429]);
		expect(file.rateLimits[1]).toMatchObject({ unverified: 'Only stated in a blog post.', interval: 10 });
		expect(file.rateLimits[0]).not.toHaveProperty('unverified');
		expect(file.patterns[0]).toMatchObject({ url: '/providers/example/#verify-webhooks', permalink: '/g/example/verify-webhooks/', relatedErrors: ['card_declined'] });
		expect(file.webhooks!.url).toBe('/providers/example/#webhooks');
		expect(file.access).toMatchObject({ plan: 'The Events API needs the Growth plan.', verified: '2026-11-27', url: '/providers/example/#access' });
		expect(file.versioning).toMatchObject({ selector: 'header', current: '2026-01-01', url: '/providers/example/#versioning' });
		expect(file).toMatchObject({ url: '/providers/example/', markdownUrl: '/providers/example.md', checklistUrl: '/checklist/example/' });
	});

	it('should list each provider with its counts and the URLs of its page, Markdown twin and JSON file', () => {
		expect(buildProvidersFile([example]).providers).toEqual([
			{
				id: 'example',
				name: 'Example API',
				category: 'payments',
				summary: 'A fictional provider used by the tests; every field of the schema is filled in.',
				docsUrl: 'https://docs.example.com/api',
				lastVerified: '2026-11-27',
				counts: { rateLimits: 2, errors: 2, patterns: 1 },
				url: '/providers/example/',
				markdownUrl: '/providers/example.md',
				jsonUrl: '/api/v1/providers/example.json',
			},
		]);
	});

	it('should put the provider on every row of the cross-provider files', () => {
		expect(buildErrorsFile([example]).errors.map((row) => `${row.provider}/${row.code}/${row.retry}`)).toEqual([
			'example/card_declined/do-not-retry',
			'example/21610/do-not-retry',
		]);
		expect(buildRateLimitsFile([example]).rateLimits.map((row) => `${row.providerName}: ${row.id}`)).toEqual(['Example API: requests', 'Example API: burst']);
	});

	it('should mark checklist items as template or generated, each linking to its checklist page', async () => {
		const { template } = await checkChecklistFile();
		const items = buildChecklistFile(buildChecklist(template!, [example])).phases.flatMap((phase) => phase.items);
		const generated = items.find((item) => item.id === 'example-webhook-signature')!;
		expect(generated).toMatchObject({ kind: 'generated', provider: 'example', phase: 'security', url: '/checklist/example/#example-webhook-signature' });
		expect(generated.source).toEqual({ url: '/providers/example/#webhooks', label: 'Example API webhooks' });
		const templateItem = items.find((item) => item.kind === 'template')!;
		expect(templateItem.url).toBe(`/checklist/#${templateItem.id}`);
		expect(templateItem).not.toHaveProperty('provider');
	});

	it('should name Markdown twins after their page', () => {
		expect(markdownTwinPath('/providers/stripe/')).toBe('/providers/stripe.md');
		expect(markdownTwinPath('/checklist/')).toBe('/checklist.md');
		expect(markdownTwinPath('/compare/rate-limits/')).toBe('/compare/rate-limits.md');
		expect(markdownTwinPath('/')).toBe('/index.md');
	});
});

// Ajv compiles ten validators here (a second or two on an idle machine): leave room for a busy one.
describe('the JSON Schemas', { timeout: 60_000 }, () => {
	it('should be named by each file and name themselves', () => {
		for (const kind of API_FILE_KINDS) {
			const schema = apiJsonSchema(kind);
			expect(schema.$id).toBe(`https://api-patterns.example.org/api/v1/schemas/${kind}.json`);
			expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
			for (const file of files[kind]) expect((file as { $schema: string }).$schema).toBe(schema.$id);
		}
	});

	it('should accept every file built from the real content, and declare every field those files carry', () => {
		for (const kind of API_FILE_KINDS) {
			for (const [strict, validate] of [false, true].map((strict) => [strict, validator(kind, strict)] as const)) {
				for (const file of files[kind]) {
					const valid = validate(file);
					expect(valid ? [] : validate.errors, `${kind}${strict ? ' (strict)' : ''}`).toEqual([]);
				}
			}
		}
	});

	it('should reject a file that breaks the schema: a wrong retry class, a Date where a day is expected', () => {
		const validate = validator('errors');
		const file = buildErrorsFile([example]);
		expect(validate({ ...file, errors: [{ ...file.errors[0], retry: 'maybe' }] })).toBe(false);
		expect(validate({ ...file, errors: [{ ...file.errors[0], verified: '27/11/2026' }] })).toBe(false);
		expect(validate({ ...file, errors: [{ ...file.errors[0], code: 21610 }] })).toBe(false);
	});

	it('should let a published schema accept added fields, and the strict one refuse them', () => {
		const file = { ...buildProvidersFile([example]), addedLater: true };
		expect(validator('providers')(file)).toBe(true);
		expect(validator('providers', true)(file)).toBe(false);
	});
});

describe('the v1 promise', () => {
	it('should find every promised field in every file built from the real content and in its schema', () => {
		for (const kind of API_FILE_KINDS) {
			expect(findUndeclaredFields(apiJsonSchema(kind), API_V1_FIELDS[kind]), kind).toEqual([]);
			for (const file of files[kind]) expect(findMissingFields(file, API_V1_FIELDS[kind]), kind).toEqual([]);
		}
	});

	it('should fail when a promised field disappears from a file', () => {
		const file = buildErrorsFile([example]);
		const { retry: _retry, ...withoutRetry } = file.errors[1]!;
		expect(findMissingFields({ ...file, errors: [file.errors[0], withoutRetry] }, API_V1_FIELDS.errors)).toEqual(['errors[1].retry: missing']);
		expect(findMissingFields({ $schema: file.$schema }, API_V1_FIELDS.errors)).toContain('errors: missing');
	});

	it('should not ask for optional fields, nor for fields below an absent optional object', () => {
		const file = buildProviderFile(example);
		const { webhooks: _webhooks, ...withoutWebhooks } = file;
		expect(findMissingFields({ ...withoutWebhooks, errors: file.errors.map(({ httpStatus: _status, ...error }) => error) }, API_V1_FIELDS.provider)).toEqual([]);
	});

	it('should fail when a schema stops declaring or requiring a promised field', () => {
		const schema = apiJsonSchema('providers') as { properties: { providers: { items: { properties: Record<string, unknown>; required: string[] } } } };
		const items = schema.properties.providers.items;
		delete items.properties.jsonUrl;
		items.required = items.required.filter((name) => name !== 'name');
		expect(findUndeclaredFields(schema, API_V1_FIELDS.providers)).toEqual([
			'providers[].name: "name" is no longer required by the schema',
			'providers[].jsonUrl: "jsonUrl" is not declared in the schema',
		]);
	});
});
