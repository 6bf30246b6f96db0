import { beforeAll, describe, expect, it } from 'vitest';
import { buildChecklist, buildIdIndex, filterChecklist, generateProviderItems, isItemVisible, providerChecklist, providerConditions } from '../../../src/lib/checklist/items';
import { checkChecklistFile, validateChecklistTemplate } from '../../../src/lib/checklist/template';
import { checkProviderFolder } from '../../../src/lib/validation/providerFiles';
import type { ChecklistTemplate } from '../../../src/schemas/checklist';
import { ProviderSchema, type Provider } from '../../../src/schemas/provider';

let example: Provider;
let stripe: Provider;
let template: ChecklistTemplate;

beforeAll(async () => {
	example = (await checkProviderFolder('tests/fixtures/providers/valid')).valid[0]!.data;
	stripe = (await checkProviderFolder('content/providers')).valid.find((file) => file.data.id === 'stripe')!.data;
	const checked = await checkChecklistFile('content/checklist.yaml');
	expect(checked.problems).toEqual([]);
	template = checked.template!;
});

describe('checklist template', () => {
	it('should hold the reference four phases with every item of the reference', () => {
		expect(template.map((phase) => phase.title)).toEqual(['Research', 'Security', 'Implementation', 'Production']);
		expect(template.map((phase) => phase.items.length)).toEqual([7, 5, 5, 5]);
	});

	it('should reject phases out of order and ids used twice, naming the field', () => {
		const swapped = [template[1], template[0], template[2], template[3]];
		expect(validateChecklistTemplate(swapped, 'c.yaml').problems).toContain('c.yaml: [0].id: expected "research" (phases in order)');
		const clash = structuredClone(template);
		clash[3]!.items[0]!.aliases = ['credentials-in-env'];
		expect(validateChecklistTemplate(clash, 'c.yaml').problems).toEqual([
			'c.yaml: [3].items[0].aliases: expected a unique id or alias, but "credentials-in-env" is already used by security/credentials-in-env',
		]);
	});

	it('should report a malformed file with its name', async () => {
		const { problems } = await checkChecklistFile('tests/fixtures/checklist/bad.yaml');
		expect(problems).toEqual([
			'tests/fixtures/checklist/bad.yaml: [0].items[0].appliesWhen[0]: Invalid option: expected one of "webhooks"|"payments"|"pagination"|"idempotency"|"rate-limits"',
			'tests/fixtures/checklist/bad.yaml: (file): expected the four phases: research, security, implementation, production',
		]);
	});
});

describe('generated provider items', () => {
	it('should derive webhook, idempotency, backoff, pagination and must-gotcha items linking to their facts', () => {
		const items = generateProviderItems(example);
		expect(items.map((item) => [item.id, item.phase, item.source?.href])).toEqual([
			['example-webhook-signature', 'security', '/providers/example/#webhooks'],
			['example-idempotency-key', 'implementation', '/providers/example/#idempotency'],
			['example-backoff', 'implementation', '/providers/example/#rate-limits'],
			['example-pagination', 'implementation', '/providers/example/#pagination'],
			['example-gotcha-verify-webhooks', 'implementation', '/providers/example/#verify-webhooks'],
		]);
		expect(items[0]!.title).toBe("Verify Example API's `Example-Signature` signature over the raw body");
		expect(items[1]!.title).toBe('Send `Idempotency-Key` on every Example API mutation');
		expect(items[2]!.title).toBe("Back off on Example API's HTTP 403 or 429 the way its docs say");
		expect(items[2]!.verify).toContain('`Retry-After`');
	});

	it('should merge a must pattern into the fact item it names as its task, keeping its id as an alias', () => {
		const verify = { ...example.patterns[0]!, sameTaskAs: 'webhook-signature' as const };
		const items = generateProviderItems({ ...example, patterns: [verify] });
		expect(items.map((item) => [item.id, item.aliases, item.phase])).toEqual([
			['example-webhook-signature', ['example-gotcha-verify-webhooks'], 'security'],
			['example-idempotency-key', [], 'implementation'],
			['example-backoff', [], 'implementation'],
			['example-pagination', [], 'implementation'],
		]);
		expect(items[0]).toMatchObject({
			title: "Verify Example API's `Example-Signature` signature over the raw body",
			why: 'Anyone can post to your endpoint. Signed: timestamp + "." + raw body.',
			how: 'Check the signature over the raw body.',
			verify: 'A delivery with a missing or altered `Example-Signature` is rejected, and one older than 300 s is refused.',
			source: { href: '/providers/example/#webhooks', label: 'Example API webhooks' },
			related: { href: '/providers/example/#verify-webhooks', label: 'Example API: Verify webhook signatures' },
		});
		// Without the field, the same pattern stays an item of its own.
		expect(generateProviderItems(example).map((item) => item.id)).toContain('example-gotcha-verify-webhooks');
	});

	it('should give Stripe one Stripe-Signature item and one Idempotency-Key item', () => {
		const items = generateProviderItems(stripe);
		const mentioning = (text: string) => items.filter((item) => `${item.title} ${item.why} ${item.verify}`.includes(text)).map((item) => item.id);
		expect(mentioning('Stripe-Signature')).toEqual(['stripe-webhook-signature']);
		expect(mentioning('Idempotency-Key')).toEqual(['stripe-idempotency-key']);
		expect(items.map((item) => [item.id, item.aliases])).toEqual([
			['stripe-webhook-signature', ['stripe-gotcha-verify-webhook-signature']],
			['stripe-idempotency-key', ['stripe-gotcha-idempotency-keys']],
			['stripe-backoff', []],
			['stripe-pagination', []],
			['stripe-gotcha-server-side-amounts', []],
			['stripe-gotcha-keep-keys-out-of-code', []],
		]);
		expect(items[0]!.why).toMatch(/HMAC-SHA256\.$/); // one full stop, though the fact ends with its own
		const index = buildIdIndex(buildChecklist(template, [stripe]));
		expect(index.get('stripe-gotcha-verify-webhook-signature')).toBe('stripe-webhook-signature');
		expect(index.get('stripe-gotcha-idempotency-keys')).toBe('stripe-idempotency-key');
	});

	it('should accept sameTaskAs only on a must pattern, once per item, naming a fact the provider has', () => {
		const raw = { ...stripe, lastVerified: '2026-11-27' };
		const problems = (patterns: object[], changes: object = {}) => {
			const result = ProviderSchema.safeParse({ ...raw, ...changes, patterns });
			return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
		};
		const [first, second] = stripe.patterns;
		expect(problems([{ ...first, severity: 'should' }, second])).toEqual([
			'patterns.0.sameTaskAs: expected only on a `severity: must` pattern (only those become checklist items), got "should"',
		]);
		expect(problems([first, { ...second, sameTaskAs: 'idempotency-key' }])).toEqual([
			'patterns.1.sameTaskAs: expected one pattern per generated item, but "idempotency-key" is already the task of patterns[0]',
		]);
		expect(problems([first], { idempotency: { ...stripe.idempotency, supported: false } })).toEqual([
			"patterns.0.sameTaskAs: expected \"idempotency-key\" to be an item this provider's facts generate, which needs `idempotency.supported: true` with a `header`",
		]);
	});

	it('should generate nothing for facts a provider does not have', () => {
		const bare: Provider = { ...example, webhooks: undefined, pagination: undefined, rateLimits: [], patterns: [], idempotency: { ...example.idempotency, supported: false } };
		expect(generateProviderItems(bare)).toEqual([]);
		expect([...providerConditions(bare)]).toEqual(['payments']);
	});
});

describe('building and filtering the checklist', () => {
	it('should put template items first, then provider items, and compute where conditional items apply', () => {
		const other: Provider = { ...example, id: 'other', category: 'cloud', webhooks: undefined };
		const phases = buildChecklist(template, [example, other]);
		const security = phases.find((phase) => phase.id === 'security')!;
		expect(security.items.map((item) => item.id)).toEqual([
			'credentials-in-env',
			'webhook-signatures-verified',
			'request-signing-implemented',
			'pii-handling-compliant',
			'errors-do-not-leak',
			'example-webhook-signature',
		]);
		expect(security.items[1]!.appliesTo).toEqual(['example']);
		expect(security.items[0]!.appliesTo).toBeUndefined();

		const forOther = filterChecklist(phases, ['other']).flatMap((phase) => phase.items.map((item) => item.id));
		expect(forOther).not.toContain('webhook-signatures-verified');
		expect(forOther).not.toContain('example-backoff');
		expect(forOther).toContain('other-backoff');
		const generic = filterChecklist(phases, []).flatMap((phase) => phase.items.map((item) => item.id));
		expect(generic).toHaveLength(22);
	});

	it("should narrow a one-provider checklist's conditional items to that provider", () => {
		const phases = buildChecklist(template, [example, { ...example, id: 'other', name: 'Other' }]);
		const security = phases.find((phase) => phase.id === 'security')!;
		expect(security.items.find((item) => item.id === 'webhook-signatures-verified')!.appliesTo).toEqual(['example', 'other']);

		const forOther = providerChecklist(phases, 'other').find((phase) => phase.id === 'security')!;
		expect(forOther.items.map((item) => item.id)).toEqual([
			'credentials-in-env',
			'webhook-signatures-verified',
			'request-signing-implemented',
			'pii-handling-compliant',
			'errors-do-not-leak',
			'other-webhook-signature',
		]);
		expect(forOther.items.find((item) => item.id === 'webhook-signatures-verified')!.appliesTo).toEqual(['other']);
		expect(forOther.items.find((item) => item.id === 'credentials-in-env')!.appliesTo).toBeUndefined();
	});

	it('should decide visibility from the chosen providers', () => {
		expect(isItemVisible({ provider: 'a' }, [])).toBe(false);
		expect(isItemVisible({ provider: 'a' }, ['a'])).toBe(true);
		expect(isItemVisible({ appliesTo: ['a'] }, [])).toBe(true);
		expect(isItemVisible({ appliesTo: ['a'] }, ['b'])).toBe(false);
		expect(isItemVisible({ appliesTo: [] }, ['b'])).toBe(false);
		expect(isItemVisible({}, ['b'])).toBe(true);
	});

	it('should index ids and aliases, and refuse an id used twice', () => {
		const phases = buildChecklist(template, [example]);
		phases[0]!.items[0]!.aliases = ['old-auth'];
		const index = buildIdIndex(phases);
		expect(index.get('old-auth')).toBe('auth-method-documented');
		expect(index.get('example-backoff')).toBe('example-backoff');
		phases[1]!.items[0]!.aliases = ['example-backoff'];
		expect(() => buildIdIndex(phases)).toThrow('Checklist item id "example-backoff" is used by both');
	});
});
