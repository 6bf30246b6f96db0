/**
 * Synthetic providers for the build-scale benchmark. Each one is modelled on content/providers/*.md
 * (about 10 rate limits, 12 errors, 10 patterns, a webhook, pagination, idempotency, sources, and a
 * body with prose and 3 code examples) and passes the real schema (src/schemas/provider.ts).
 * Provider `index` is always the same provider, whatever the count, so a page can be compared
 * across sizes. The pure parts (everything but `writeSyntheticProviders`) are unit-tested.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ProviderInput } from '../../src/schemas/provider';

/** A generated provider: its frontmatter (as written) and its Markdown body. */
export interface SyntheticProvider {
	id: string;
	data: ProviderInput & { id: string; name: string; summary: string };
	body: string;
}

/** Categories in the schema's order; provider `index` gets `CATEGORIES[index % 9]`. */
const CATEGORIES = ['payments', 'communications', 'email', 'chat', 'commerce', 'crm', 'ai', 'cloud', 'source-control', 'productivity', 'support'] as const;

/** Syllables of provider names: 20 of them, so three give 8,000 distinct names. */
const SYLLABLES = ['ka', 'lo', 'ven', 'tar', 'mi', 'sor', 'zen', 'qua', 'bri', 'dol', 'fen', 'gar', 'hal', 'jor', 'nex', 'pil', 'rum', 'sel', 'tov', 'wex'];

/** The most providers `syntheticProvider` can make with distinct names. */
export const MAX_SYNTHETIC_PROVIDERS = SYLLABLES.length ** 3;

/** Words the filler sentences are made of, so the search index sees a realistic vocabulary. */
const WORDS = (
	'request response client server token header body payload retry backoff jitter quota window burst ' +
	'limit account workspace project tenant region endpoint resource object event delivery signature secret ' +
	'timestamp replay cursor page offset batch bulk export import upload download stream message channel ' +
	'customer order invoice refund charge subscription webhook callback queue worker job schedule deadline ' +
	'timeout connection socket proxy gateway cache consistency eventual ordering duplicate idempotent key ' +
	'scope permission role credential rotation environment sandbox production staging migration version ' +
	'deprecation changelog schema field parameter validation error status code throttle concurrency lock ' +
	'contention partition shard replica latency throughput budget alert metric trace log audit compliance'
).split(' ');

/** A small deterministic PRNG (mulberry32): the same seed gives the same sequence. */
export function prng(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** The display name of provider `index`: three syllables, distinct for every index below 8,000. */
export function syntheticName(index: number): string {
	if (!Number.isInteger(index) || index < 0 || index >= MAX_SYNTHETIC_PROVIDERS) {
		throw new RangeError(`provider index must be an integer within 0–${MAX_SYNTHETIC_PROVIDERS - 1}, got ${index}`);
	}
	const n = SYLLABLES.length;
	// An affine map with a multiplier coprime with 8,000 is a permutation: neighbours get unlike names.
	const shuffled = (index * 2357 + 1234) % MAX_SYNTHETIC_PROVIDERS;
	const digits = [shuffled % n, Math.floor(shuffled / n) % n, Math.floor(shuffled / n ** 2) % n];
	const word = digits.map((digit) => SYLLABLES[digit]).join('');
	return word.charAt(0).toUpperCase() + word.slice(1);
}

/** The generated provider at `index` (0-based). */
export function syntheticProvider(index: number): SyntheticProvider {
	const name = syntheticName(index);
	const id = name.toLowerCase();
	const random = prng(index + 1);
	const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
	const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
	const words = (count: number) => Array.from({ length: count }, () => pick(WORDS)).join(' ');
	/** One filler sentence that mentions the provider and a few topic words. */
	const sentence = (lead: string) => `${lead} ${words(int(6, 12))}, so ${name} ${pick(['clients', 'integrations', 'workers', 'jobs'])} ${words(int(4, 8))}.`;
	const docs = `https://docs.${id}.example.com`;
	const source = (path: string) => `${docs}/${path}`;
	const envPrefix = id.toUpperCase();
	const specificCode = String(20000 + index);

	const rateLimits = RATE_LIMITS.map((limit, i) => ({
		id: limit.id,
		name: limit.name,
		scope: pick(['per account', 'per API key', 'per workspace', 'per endpoint', 'per IP address']),
		limit: [10, 25, 50, 100, 300, 1000, 5000][int(0, 6)],
		unit: limit.unit,
		per: limit.per,
		...(i % 3 === 0 ? { interval: 10 } : {}),
		...(i % 4 === 1 ? { tiers: [{ tier: 'Free', limit: 10 }, { tier: 'Pro', limit: 100 }, { tier: 'Enterprise', limit: 1000, note: 'negotiated per contract' }] } : {}),
		adjustable: i % 2 === 0,
		throttle: { status: i % 5 === 4 ? [403, 429] : 429, error: `${envPrefix}_RATE_LIMITED` },
		retry: { header: i % 2 === 0 ? 'Retry-After' : `X-${name}-RateLimit-Reset`, guidance: sentence('Wait for the reset, then retry with exponential backoff and jitter;') },
		notes: sentence(`${name} counts ${limit.unit} in a sliding window and shares the quota across`),
		source: source('rate-limits'),
	}));

	const errors: NonNullable<ProviderInput['errors']> = ERRORS.map((error) => ({
		code: error.code,
		...(error.code === 'rate_limited' ? { aliases: ['RateLimitError', 'TooManyRequests'] } : {}),
		httpStatus: error.status,
		meaning: sentence(error.meaning),
		action: sentence(error.action),
		retry: error.retry,
		source: source('errors'),
	}));
	errors.push(
		{
			code: specificCode,
			httpStatus: 400,
			meaning: sentence(`Error ${specificCode} means the ${name} recipient opted out of`),
			action: sentence('Stop sending to this recipient and record the opt-out;'),
			retry: 'do-not-retry',
			source: source(`errors/${specificCode}`),
		},
		{
			code: `${envPrefix}_SIGNATURE_MISMATCH`,
			httpStatus: 401,
			meaning: sentence('The request signature did not match the payload, usually because'),
			action: sentence('Recompute the signature over the raw body with the current secret;'),
			retry: 'fix-the-request',
			source: source('errors/signature'),
		}
	);

	const patterns = PATTERNS.map((pattern, i) => ({
		id: pattern.id,
		kind: pattern.kind,
		title: `${pattern.title} with ${name}`,
		severity: (['must', 'must', 'should', 'should', 'good-to-know'] as const)[i % 5]!,
		problem: `${sentence(pattern.problem)} ${sentence('Teams notice it late because')}`,
		solution: `${sentence(pattern.solution)} Use \`${id}.${pick(['requests', 'events', 'jobs'])}.${pick(['create', 'list', 'retry'])}()\` ${words(6)}.`,
		relatedErrors: [...pattern.relatedErrors],
		source: source(`guides/${pattern.id}`),
		...(i === 7 ? { unverified: 'The documentation and the SDK disagree on this default.' } : {}),
	}));

	const data: SyntheticProvider['data'] = {
		id,
		name,
		category: CATEGORIES[index % CATEGORIES.length]!,
		summary: `${name}'s REST API for ${words(3)}. ${sentence('An integration authenticates with a secret key,')}`,
		docsUrl: docs,
		lastVerified: '2026-11-27',
		sdks: [
			{ language: 'Node.js', package: `@${id}/node`, install: `npm install @${id}/node` },
			{ language: 'Python', package: id, install: `pip install ${id}`, note: sentence('The client is thread-safe and') },
			{ language: 'Go', package: `github.com/${id}/${id}-go/v3`, install: `go get github.com/${id}/${id}-go/v3` },
		],
		access: {
			account: sentence('An account, free to open, which'),
			testing: sentence('Test mode with its own keys, where'),
			credentials: sentence('Dashboard, Developers, API keys, where'),
			source: `${docs}/access`,
		},
		versioning: {
			selector: 'header',
			name: `${name.replace(/\W/g, '')}-Version`,
			current: '2026-01-01',
			support: sentence('Old versions keep working for a year, and'),
			source: `${docs}/versioning`,
		},
		auth: {
			methods: [
				{ name: 'Secret API key', description: sentence('A server-side key that') },
				{ name: 'OAuth 2.0 access token', description: sentence('Tokens for apps acting for a user, which') },
				{ name: 'Restricted key', description: sentence('A key limited to chosen resources, which') },
			],
			envVars: [`${envPrefix}_API_KEY`, `${envPrefix}_WEBHOOK_SECRET`],
			development: sentence('Sandbox keys and a test workspace, which'),
			production: sentence('Live keys in a secret manager, rotated when'),
			scopes: [
				{ name: 'read:events', description: sentence('Reads events and') },
				{ name: 'write:orders', description: sentence('Creates and updates orders, which') },
			],
		},
		rateLimits,
		errors,
		patterns,
		webhooks: {
			signatureHeader: `X-${name}-Signature`,
			otherHeaders: [`X-${name}-Timestamp`, `X-${name}-Delivery`],
			verification: { method: 'hmac', algorithm: 'hmac-sha256', encoding: 'hex', secret: 'the endpoint signing secret' },
			signedContent: '`timestamp` + `.` + raw request body',
			rawBodyRequired: true,
			replayToleranceSeconds: 300,
			delivery: sentence('Deliveries are retried for three days with backoff;'),
			source: source('webhooks'),
		},
		pagination: {
			styles: ['cursor', 'offset'],
			parameters: ['limit', 'starting_after'],
			defaultPageSize: 20,
			maxPageSize: 100,
			notes: sentence('Follow `next_cursor` until it is empty;'),
			source: source('pagination'),
		},
		idempotency: {
			supported: true,
			header: 'Idempotency-Key',
			keyLifetime: '24 hours',
			notes: sentence('Send one key per logical operation and reuse it on retries;'),
			source: source('idempotency'),
		},
		sources: ['rate-limits', 'errors', 'webhooks', 'pagination', 'idempotency', 'guides'].map((path) => ({
			title: `${name} ${path.replace('-', ' ')}`,
			url: source(path),
		})),
	};

	return { id, data, body: syntheticBody(name, id, envPrefix, specificCode, sentence) };
}

/** The Markdown body: prose and 3 code examples, like the real files. */
function syntheticBody(name: string, id: string, envPrefix: string, specificCode: string, sentence: (lead: string) => string): string {
	return `${sentence(`${name} integrations fail in three ways:`)} ${sentence('Most incidents come from')}
${sentence('The examples below are minimal:')}

${sentence('Before going live, check that')} ${sentence('Alerting on the error rate matters because')}
${sentence('Keep the SDK current, since')}

## Code examples

### Create the ${name} client

${sentence('Read the key from the environment;')} ${sentence('One client per process is enough, because')}

\`\`\`ts title="${id}-client.ts"
import { ${name}Client } from '@${id}/node';

export const ${id} = new ${name}Client({
  apiKey: process.env.${envPrefix}_API_KEY!,
  maxRetries: 2, // the SDK retries network failures and 429s with backoff
  timeout: 10_000,
});

export async function ping() {
  const account = await ${id}.account.retrieve();
  return account.id;
}
\`\`\`

### Verify ${name} webhooks

${sentence('The handler keeps the raw body, because')} ${sentence('Answer quickly and queue the work, since')}

\`\`\`ts title="${id}-webhook.ts"
import { createHmac, timingSafeEqual } from 'node:crypto';
import express from 'express';

const app = express();

app.post('/webhooks/${id}', express.raw({ type: 'application/json' }), (req, res) => {
  const timestamp = req.get('X-${name}-Timestamp') ?? '';
  const signature = req.get('X-${name}-Signature') ?? '';
  const expected = createHmac('sha256', process.env.${envPrefix}_WEBHOOK_SECRET!)
    .update(\`\${timestamp}.\${req.body}\`)
    .digest('hex');
  const fresh = Math.abs(Date.now() / 1000 - Number(timestamp)) < 300;
  if (!fresh || !timingSafeEqual(Buffer.from(expected), Buffer.from(signature))) {
    return res.status(401).send('${envPrefix}_SIGNATURE_MISMATCH');
  }
  res.sendStatus(200);
});
\`\`\`

### Retry ${name} requests

${sentence(`Error ${specificCode} is final, while rate_limited and service_unavailable`)}
${sentence('Cap the attempts, because')}

\`\`\`python title="${id}_retry.py"
import random
import time

import ${id}

RETRYABLE = {"rate_limited", "internal_error", "service_unavailable"}
FINAL = {"${specificCode}", "permission_denied", "validation_failed"}

def with_retries(call, attempts=5):
    for attempt in range(attempts):
        try:
            return call()
        except ${id}.APIError as err:
            if err.code in FINAL or err.code not in RETRYABLE or attempt == attempts - 1:
                raise
            delay = float(err.headers.get("Retry-After", 0)) or 0.5 * 2 ** attempt
            time.sleep(delay + random.random())
\`\`\`
`;
}

/** The ten rate limits every synthetic provider documents. */
const RATE_LIMITS = [
	{ id: 'global', name: 'API requests', unit: 'requests', per: 'second' },
	{ id: 'per-endpoint', name: 'Requests to one endpoint', unit: 'requests', per: 'second' },
	{ id: 'burst', name: 'Burst allowance', unit: 'requests', per: 'minute' },
	{ id: 'concurrency', name: 'Concurrent requests', unit: 'requests', per: 'concurrent' },
	{ id: 'daily-quota', name: 'Daily quota', unit: 'requests', per: 'day' },
	{ id: 'uploads', name: 'File uploads', unit: 'files', per: 'hour' },
	{ id: 'search', name: 'Search queries', unit: 'queries', per: 'minute' },
	{ id: 'messages', name: 'Outbound messages', unit: 'messages', per: 'second' },
	{ id: 'bulk-export', name: 'Bulk exports', unit: 'jobs', per: 'day' },
	{ id: 'sandbox', name: 'Sandbox requests', unit: 'requests', per: 'second' },
] as const;

/** The ten generic errors every synthetic provider documents (two provider-specific ones are added). */
const ERRORS = [
	{ code: 'invalid_request', status: 400, retry: 'fix-the-request', meaning: 'A parameter is missing or malformed:', action: 'Fix the request before sending it again;' },
	{ code: 'authentication_failed', status: 401, retry: 'fix-the-request', meaning: 'The key is missing, revoked or from the other mode:', action: 'Check which key the environment loads;' },
	{ code: 'permission_denied', status: 403, retry: 'do-not-retry', meaning: 'The key lacks a scope:', action: 'Grant the scope or use another key;' },
	{ code: 'not_found', status: 404, retry: 'fix-the-request', meaning: 'The object does not exist in this account:', action: 'Check the id and the account;' },
	{ code: 'conflict', status: 409, retry: 'retry-with-backoff', meaning: 'Another request changed the object at the same time:', action: 'Fetch the object again and retry;' },
	{ code: 'validation_failed', status: 422, retry: 'fix-the-request', meaning: 'The values are well-formed but not allowed:', action: 'Show the field errors to the user;' },
	{ code: 'rate_limited', status: 429, retry: 'retry-with-backoff', meaning: 'Too many requests in the window:', action: 'Honour Retry-After and back off;' },
	{ code: 'quota_exceeded', status: 429, retry: 'do-not-retry', meaning: 'The daily quota is spent:', action: 'Wait for the reset or raise the plan;' },
	{ code: 'internal_error', status: 500, retry: 'retry-with-backoff', meaning: 'Something failed on the provider side:', action: 'Retry with the same idempotency key;' },
	{ code: 'service_unavailable', status: 503, retry: 'retry-with-backoff', meaning: 'The service is overloaded or in maintenance:', action: 'Retry later with backoff;' },
] as const;

/** The ten patterns and gotchas every synthetic provider documents. */
const PATTERNS = [
	{ id: 'send-idempotency-keys', kind: 'pattern', title: 'Send idempotency keys on writes', problem: 'A timeout leaves a write in doubt and a blind retry', solution: 'Derive one key per operation and reuse it', relatedErrors: ['conflict', 'internal_error'] },
	{ id: 'verify-webhook-signatures', kind: 'pattern', title: 'Verify webhook signatures on the raw body', problem: 'Forged events are accepted when', solution: 'Recompute the HMAC over the raw bytes', relatedErrors: [] },
	{ id: 'back-off-on-throttling', kind: 'pattern', title: 'Back off exponentially on throttling', problem: 'Immediate retries deepen the overload when', solution: 'Honour Retry-After and add jitter', relatedErrors: ['rate_limited', 'service_unavailable'] },
	{ id: 'keep-secrets-out-of-code', kind: 'pattern', title: 'Keep secret keys out of code', problem: 'A committed key gives full access to', solution: 'Load keys from a secret manager', relatedErrors: ['authentication_failed'] },
	{ id: 'events-arrive-twice', kind: 'gotcha', title: 'Events arrive twice and out of order', problem: 'Handlers that are not idempotent repeat work when', solution: 'Record processed event ids', relatedErrors: [] },
	{ id: 'sandbox-limits-differ', kind: 'gotcha', title: 'Sandbox limits differ from live limits', problem: 'Load tests in the sandbox mislead because', solution: 'Test capacity against documented live limits', relatedErrors: ['rate_limited', 'quota_exceeded'] },
	{ id: 'paginate-to-the-end', kind: 'pattern', title: 'Follow the cursor to the last page', problem: 'Reading only the first page silently drops', solution: 'Loop until the cursor is empty', relatedErrors: [] },
	{ id: 'pin-the-api-version', kind: 'pattern', title: 'Pin the API version', problem: 'Payload shapes change between versions and', solution: 'Set the version header explicitly', relatedErrors: ['validation_failed'] },
	{ id: 'scopes-are-cached', kind: 'gotcha', title: 'Granted scopes apply only to new tokens', problem: 'A token issued before a scope change still fails with', solution: 'Issue a new token after changing scopes', relatedErrors: ['permission_denied'] },
	{ id: 'log-request-ids', kind: 'pattern', title: 'Log the request id of every failure', problem: 'Support cannot trace a failure without', solution: 'Log the request id header with each error', relatedErrors: ['internal_error', 'not_found'] },
] as const;

/**
 * Serialises plain data as block-style YAML: mappings, sequences, strings (always double-quoted,
 * with JSON escapes, which YAML accepts), numbers and booleans.
 */
export function toYaml(value: unknown, indent = 0): string {
	const pad = ' '.repeat(indent);
	if (Array.isArray(value)) {
		if (value.length === 0) return `${pad}[]\n`;
		return value
			.map((item) => {
				if (isScalar(item)) return `${pad}- ${scalar(item)}\n`;
				// A mapping or sequence item: its first line follows the dash, the rest align with it.
				const nested = toYaml(item, indent + 2);
				return `${pad}- ${nested.slice(indent + 2)}`;
			})
			.join('');
	}
	if (isRecord(value)) {
		return Object.entries(value)
			.filter(([, field]) => field !== undefined)
			.map(([key, field]) => {
				if (isScalar(field)) return `${pad}${key}: ${scalar(field)}\n`;
				if (Array.isArray(field) && field.length === 0) return `${pad}${key}: []\n`;
				return `${pad}${key}:\n${toYaml(field, indent + 2)}`;
			})
			.join('');
	}
	return `${pad}${scalar(value)}\n`;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isScalar = (value: unknown) => !isRecord(value) && !Array.isArray(value);

function scalar(value: unknown): string {
	if (typeof value === 'string') return JSON.stringify(value);
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	if (value === null) return 'null';
	throw new TypeError(`cannot write ${typeof value} as YAML`);
}

/** The provider file, as content/providers/<id>.md would hold it. */
export function providerMarkdown(provider: SyntheticProvider): string {
	return `---\n${toYaml(provider.data)}---\n\n${provider.body}`;
}

/**
 * The same provider as a plain Starlight docs page: title, description and the same body, or, when
 * given, `withFacts`: the body with the provider's facts as plain Markdown (scripts/bench/baseline-facts.ts).
 */
export function baselineMarkdown(page: { name: string; summary: string; body: string; withFacts?: string }): string {
	return `---\n${toYaml({ title: page.name, description: page.summary })}---\n\n${page.withFacts ?? page.body}`;
}

/** Writes providers 0…count-1 into `folder` as `<id>.md`, and returns them. */
export async function writeSyntheticProviders(folder: string, count: number): Promise<SyntheticProvider[]> {
	await mkdir(folder, { recursive: true });
	const providers = Array.from({ length: count }, (_, index) => syntheticProvider(index));
	for (const provider of providers) await writeFile(join(folder, `${provider.id}.md`), providerMarkdown(provider));
	return providers;
}

/** What a search query is made from: a provider's name, its error codes and its body. */
export interface QuerySource {
	name: string;
	errorCodes: readonly string[];
	body: string;
}

/**
 * `count` search queries taken from the content, spread over the providers and found in both our
 * site and the baseline (which shows only the body): error codes that the body mentions (the most
 * distinctive first), provider names, and the longest word of body headings. Each provider starts
 * with a different kind, so the queries mix the three. Duplicates are skipped.
 */
export function searchQueries(sources: readonly QuerySource[], count: number): string[] {
	const providersWithCode = new Map<string, number>();
	for (const source of sources) for (const code of new Set(source.errorCodes)) providersWithCode.set(code, (providersWithCode.get(code) ?? 0) + 1);
	const candidates: string[][] = sources.map((source, index) => {
		const codes = source.errorCodes
			.filter((code) => source.body.includes(code))
			.sort((a, b) => providersWithCode.get(a)! - providersWithCode.get(b)!);
		const headingWords = [...source.body.matchAll(/^#{2,6}\s+(.+)$/gm)]
			.map((match) => longestWord(match[1]!))
			.filter((word) => word.length >= 5);
		const kinds = [codes, [source.name], headingWords];
		return interleave([...kinds.slice(index % 3), ...kinds.slice(0, index % 3)]);
	});
	const queries: string[] = [];
	const seen = new Set<string>();
	for (let round = 0; queries.length < count; round++) {
		let added = false;
		for (const list of candidates) {
			const query = list[round];
			if (query === undefined) continue;
			added = true;
			if (seen.has(query.toLowerCase())) continue;
			seen.add(query.toLowerCase());
			queries.push(query);
			if (queries.length === count) break;
		}
		if (!added) break;
	}
	return queries;
}

/** Items of the lists taken in turn: [[a, b], [c]] → [a, c, b]. */
function interleave<T>(lists: readonly (readonly T[])[]): T[] {
	const out: T[] = [];
	for (let i = 0; lists.some((list) => i < list.length); i++) for (const list of lists) if (i < list.length) out.push(list[i]!);
	return out;
}

/** The longest word of a heading, without Markdown punctuation. */
function longestWord(text: string): string {
	return text
		.replace(/[`*_[\]()]/g, ' ')
		.split(/\s+/)
		.reduce((best, word) => (word.length > best.length ? word : best), '');
}
