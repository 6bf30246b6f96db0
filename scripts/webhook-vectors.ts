/**
 * Writes the webhook test vectors, `content/webhooks/vectors/<provider>.json` (served as
 * `/api/v1/webhook-vectors/<provider>.json`). Run `npx tsx scripts/webhook-vectors.ts` after changing a
 * recipe's scheme; commit the output. Deterministic: fixed test keys and times, Ed25519 and RSA keys from
 * fixed seeds; ECDSA signatures (random by nature) are kept from the previous file when they still verify.
 * Every key here is a test key. Valid requests are signed with the provider's official SDK helper where
 * one exists, or taken verbatim from the provider's published example.
 */
import { createHmac, createHash, createPublicKey, sign, verify } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { crc32 } from 'node:zlib';
import { sign as octokitSign } from '@octokit/webhooks-methods';
import { Signature as HubSpotSignature } from '@hubspot/api-client';
import { Webhook as StandardWebhook } from 'standardwebhooks';
import { signWebhookPayload as notionSign } from '@notionhq/client';
import Stripe from 'stripe';
import twilio from 'twilio';
import { WEBHOOK_RECIPE_PROVIDERS, recipePath, vectorFilePath } from '../src/lib/webhooks/providers';
import { ed25519FromSeed, p256FromSeed, rsaFromSeed, seedBytes, selfSignedCertificate } from '../src/lib/webhooks/testKeys';
import type { VectorOrigin, VectorRequest, WebhookVector, WebhookVectorFile } from '../src/lib/webhooks/types';

/** The exact version pinned in package.json (devDependencies). */
const version = (name: string): string =>
	(JSON.parse(readFileSync('package.json', 'utf8')) as { devDependencies: Record<string, string> }).devDependencies[name];

/** The moment every timestamped vector is checked at. */
const NOW = new Date('2026-06-01T12:00:00.000Z');
const NOW_SECONDS = NOW.getTime() / 1000;
/** Seconds between signing and checking in the valid vectors. */
const DELAY = 12;
const SEED = 'api-integration-patterns webhook test vectors';

/** A pretty-printed JSON body (with a non-ASCII character): re-serializing it changes its bytes. */
function jsonBody(fields: Record<string, unknown>): string {
	return JSON.stringify({ ...fields, note: 'café ✓' }, null, 2);
}
const reserialize = (body: string) => JSON.stringify(JSON.parse(body));
const iso = (seconds: number) => new Date(seconds * 1000).toISOString();
const hmacKey = (label: string) => `test_${seedBytes(SEED, label).toString('hex').slice(0, 24)}`;

function computed(description: string, source: string): VectorOrigin {
	return { kind: 'documented-scheme', description, source };
}

/** Changes one character at `index` (to 'a', or 'b' where it was 'a'). */
function flipAt(value: string, index: number): string {
	const swapped = value[index] === 'a' ? 'b' : 'a';
	return value.slice(0, index) + swapped + value.slice(index + 1);
}
/** Changes the last digit of a value ending in hex. */
const flipLast = (value: string) => flipAt(value, value.length - 1);
/**
 * Changes a character in the middle of a base64 value: the last character before `=` padding can
 * carry unused bits, so changing it may decode to the same bytes.
 */
const flipMiddle = (value: string) => flipAt(value, Math.floor(value.length / 2));

function withHeaders(request: VectorRequest, headers: Record<string, string | undefined>): VectorRequest {
	const merged: Record<string, string> = { ...request.headers };
	for (const [name, value] of Object.entries(headers)) {
		if (value === undefined) delete merged[name];
		else merged[name] = value;
	}
	return { ...request, headers: merged };
}

// --- Stripe ------------------------------------------------------------------------------------------

function stripeVectors(): WebhookVector[] {
	const stripe = new Stripe('sk_test_placeholder');
	const source = 'https://docs.stripe.com/webhooks/signature';
	const key = `whsec_${hmacKey('stripe')}`;
	const oldKey = `whsec_${hmacKey('stripe-old')}`;
	const helper = `stripe@${version('stripe')} webhooks.generateTestHeaderString`;
	const body = jsonBody({ id: 'evt_test_webhook', object: 'event', type: 'payment_intent.succeeded' });
	const header = (secret: string, timestamp: number) =>
		stripe.webhooks.generateTestHeaderString({ payload: body, secret, timestamp });
	const signedAt = NOW_SECONDS - DELAY;
	const request = (signature: string, payload = body): VectorRequest => ({
		method: 'POST',
		url: 'https://example.com/webhooks/stripe',
		headers: { 'content-type': 'application/json; charset=utf-8', 'stripe-signature': signature },
		body: payload,
	});
	const valid = header(key, signedAt);
	const sdk = (description: string): VectorOrigin => ({ kind: 'official-sdk', description: `${helper}; ${description}`, source });
	const v1 = valid.split(',v1=')[1];
	const oldV1 = header(oldKey, signedAt).split(',v1=')[1];
	return [
		{ name: 'valid', key, request: request(valid), now: NOW.toISOString(), valid: true, origin: sdk('signed 12 s before now') },
		{ name: 'reserialized-body', key, request: request(valid, reserialize(body)), now: NOW.toISOString(), valid: false, origin: sdk('body replaced by JSON.stringify(JSON.parse(body))') },
		{ name: 'wrong-key', key: `whsec_${hmacKey('stripe-wrong')}`, request: request(valid), now: NOW.toISOString(), valid: false, origin: sdk('checked with another secret') },
		{ name: 'stale-timestamp', key, request: request(header(key, NOW_SECONDS - 301)), now: NOW.toISOString(), valid: false, origin: sdk('signed 301 s before now (tolerance 300 s)') },
		{ name: 'at-tolerance', key, request: request(header(key, NOW_SECONDS - 300)), now: NOW.toISOString(), valid: true, origin: sdk('signed exactly 300 s before now') },
		{ name: 'tampered-timestamp', key, request: request(valid.replace(`t=${signedAt}`, `t=${signedAt + 1}`)), now: NOW.toISOString(), valid: false, origin: sdk('t changed by one second, v1 kept') },
		{ name: 'tampered-signature', key, request: request(flipLast(valid)), now: NOW.toISOString(), valid: false, origin: sdk('last hex digit of v1 changed') },
		{ name: 'rolled-secret-two-signatures', key, request: request(`t=${signedAt},v1=${oldV1},v1=${v1}`), now: NOW.toISOString(), valid: true, origin: sdk('one v1 per secret, as Stripe sends while a secret is rolled; checked with the new one') },
		{ name: 'rolled-secret-old-key', key: oldKey, request: request(`t=${signedAt},v1=${oldV1},v1=${v1}`), now: NOW.toISOString(), valid: true, origin: sdk('the same header checked with the old secret') },
		{ name: 'wrong-length-signature', key, request: request(`t=${signedAt},v1=${v1.slice(0, 63)}`), now: NOW.toISOString(), valid: false, origin: sdk('v1 one hex digit short') },
		{ name: 'missing-header', key, request: withHeaders(request(valid), { 'stripe-signature': undefined }), now: NOW.toISOString(), valid: false, origin: sdk('no Stripe-Signature header') },
		{ name: 'empty-body', key, request: request(valid, ''), now: NOW.toISOString(), valid: false, origin: sdk('body emptied') },
	];
}

// --- GitHub ------------------------------------------------------------------------------------------

async function githubVectors(): Promise<WebhookVector[]> {
	const docs = 'https://docs.github.com/en/webhooks/using-webhooks/validating-webhook-deliveries';
	const helper = `@octokit/webhooks-methods@${version('@octokit/webhooks-methods')} sign`;
	const key = hmacKey('github');
	const body = jsonBody({ action: 'opened', number: 1, repository: { full_name: 'octo-org/hello-world' } });
	const signature = await octokitSign(key, body);
	const request = (headers: Record<string, string>, payload = body): VectorRequest => ({
		method: 'POST',
		url: 'https://example.com/webhooks/github',
		headers: { 'content-type': 'application/json', 'x-github-event': 'pull_request', 'x-github-delivery': '72d3162e-cc78-11e3-81ab-4c9367dc0958', ...headers },
		body: payload,
	});
	const sdk = (description: string): VectorOrigin => ({ kind: 'official-sdk', description: `${helper}; ${description}`, source: docs });
	const sha1 = 'sha1=' + createHmac('sha1', key).update(body).digest('hex');
	return [
		{
			name: 'github-docs-example',
			key: "It's a Secret to Everybody",
			request: { method: 'POST', url: 'https://example.com/webhooks/github', headers: { 'x-hub-signature-256': 'sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17' }, body: 'Hello, World!' },
			now: null,
			valid: true,
			origin: { kind: 'provider-example', description: 'GitHub\'s "Testing the webhook payload validation" values, verbatim', source: docs },
		},
		{ name: 'valid', key, request: request({ 'x-hub-signature-256': signature }), now: null, valid: true, origin: sdk('signed the JSON body') },
		{ name: 'reserialized-body', key, request: request({ 'x-hub-signature-256': signature }, reserialize(body)), now: null, valid: false, origin: sdk('body replaced by JSON.stringify(JSON.parse(body))') },
		{ name: 'wrong-key', key: hmacKey('github-wrong'), request: request({ 'x-hub-signature-256': signature }), now: null, valid: false, origin: sdk('checked with another secret') },
		{ name: 'tampered-signature', key, request: request({ 'x-hub-signature-256': flipLast(signature) }), now: null, valid: false, origin: sdk('last hex digit changed') },
		{ name: 'legacy-sha1-only', key, request: request({ 'x-hub-signature': sha1 }), now: null, valid: false, origin: computed('only the legacy SHA-1 X-Hub-Signature header (HMAC-SHA1, correct): the recipe requires SHA-256', docs) },
		{ name: 'wrong-length-signature', key, request: request({ 'x-hub-signature-256': signature.slice(0, -2) }), now: null, valid: false, origin: sdk('two hex digits short') },
		{ name: 'missing-header', key, request: request({}), now: null, valid: false, origin: sdk('no X-Hub-Signature-256 header') },
		{ name: 'empty-body', key, request: request({ 'x-hub-signature-256': signature }, ''), now: null, valid: false, origin: sdk('body emptied') },
	];
}

// --- Slack -------------------------------------------------------------------------------------------

function slackVectors(): WebhookVector[] {
	const docs = 'https://docs.slack.dev/authentication/verifying-requests-from-slack';
	const example = {
		key: '8f742231b10e8888abcd99yyyzzz85a5',
		timestamp: '1531420618',
		body: 'token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c',
		signature: 'v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503',
	};
	const key = hmacKey('slack');
	const body = jsonBody({ type: 'event_callback', event_id: 'Ev0TEST', event: { type: 'app_mention' } });
	const signedAt = NOW_SECONDS - DELAY;
	const signature = (secret: string, timestamp: number, payload = body) =>
		'v0=' + createHmac('sha256', secret).update(`v0:${timestamp}:${payload}`).digest('hex');
	const request = (timestamp: number, sig: string, payload = body): VectorRequest => ({
		method: 'POST',
		url: 'https://example.com/slack/events',
		headers: { 'content-type': 'application/json', 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': sig },
		body: payload,
	});
	const scheme = (description: string) => computed(`HMAC-SHA256 of v0:<timestamp>:<body>; ${description}`, docs);
	const valid = request(signedAt, signature(key, signedAt));
	return [
		{
			name: 'slack-docs-example',
			key: example.key,
			request: { method: 'POST', url: 'https://example.com/slack/commands', headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': example.timestamp, 'x-slack-signature': example.signature }, body: example.body },
			now: iso(Number(example.timestamp) + DELAY),
			valid: true,
			origin: { kind: 'provider-example', description: "the slash-command example on Slack's verification page (also in slackapi/python-slack-sdk's signature tests), verbatim; checked 12 s after its timestamp", source: docs },
		},
		{ name: 'valid', key, request: valid, now: NOW.toISOString(), valid: true, origin: scheme('signed 12 s before now') },
		{ name: 'reserialized-body', key, request: { ...valid, body: reserialize(body) }, now: NOW.toISOString(), valid: false, origin: scheme('body replaced by JSON.stringify(JSON.parse(body))') },
		{ name: 'wrong-key', key: hmacKey('slack-wrong'), request: valid, now: NOW.toISOString(), valid: false, origin: scheme('checked with another secret') },
		{ name: 'stale-timestamp', key, request: request(NOW_SECONDS - 301, signature(key, NOW_SECONDS - 301)), now: NOW.toISOString(), valid: false, origin: scheme('signed 301 s before now (window 5 minutes)') },
		{ name: 'future-timestamp', key, request: request(NOW_SECONDS + 301, signature(key, NOW_SECONDS + 301)), now: NOW.toISOString(), valid: false, origin: scheme('timestamp 301 s after now: the docs compare the absolute difference') },
		{ name: 'tampered-timestamp', key, request: withHeaders(valid, { 'x-slack-request-timestamp': String(signedAt + 1) }), now: NOW.toISOString(), valid: false, origin: scheme('timestamp header changed by one second, signature kept') },
		{ name: 'tampered-signature', key, request: withHeaders(valid, { 'x-slack-signature': flipLast(valid.headers['x-slack-signature']) }), now: NOW.toISOString(), valid: false, origin: scheme('last hex digit changed') },
		{ name: 'missing-timestamp', key, request: withHeaders(valid, { 'x-slack-request-timestamp': undefined }), now: NOW.toISOString(), valid: false, origin: scheme('no X-Slack-Request-Timestamp header') },
		{ name: 'empty-body', key, request: { ...valid, body: '' }, now: NOW.toISOString(), valid: false, origin: scheme('body emptied') },
	];
}

// --- Shopify -----------------------------------------------------------------------------------------

function shopifyVectors(): WebhookVector[] {
	const docs = 'https://shopify.dev/docs/apps/build/webhooks/verify-deliveries';
	const key = hmacKey('shopify');
	const body = jsonBody({ id: 5912345678901, email: 'jon@example.com', total_price: '10.00' });
	const signature = (secret: string, payload = body) => createHmac('sha256', secret).update(payload).digest('base64');
	const request = (sig: string | undefined, payload = body): VectorRequest =>
		withHeaders(
			{ method: 'POST', url: 'https://example.com/webhooks/shopify', headers: { 'content-type': 'application/json', 'x-shopify-topic': 'orders/create', 'x-shopify-shop-domain': 'example.myshopify.com', 'x-shopify-webhook-id': 'b54557e4-bdd9-4b37-8a5f-bf7d70bcd043' }, body: payload },
			{ 'x-shopify-hmac-sha256': sig },
		);
	const scheme = (description: string) => computed(`base64 HMAC-SHA256 of the body; ${description}`, docs);
	const valid = signature(key);
	return [
		{ name: 'valid', key, request: request(valid), now: null, valid: true, origin: scheme('signed with the test secret') },
		{ name: 'reserialized-body', key, request: request(valid, reserialize(body)), now: null, valid: false, origin: scheme('body replaced by JSON.stringify(JSON.parse(body))') },
		{ name: 'wrong-key', key: hmacKey('shopify-wrong'), request: request(valid), now: null, valid: false, origin: scheme('checked with another secret') },
		{ name: 'tampered-signature', key, request: request(flipMiddle(valid)), now: null, valid: false, origin: scheme('a base64 character in the middle changed') },
		{ name: 'hex-instead-of-base64', key, request: request(createHmac('sha256', key).update(body).digest('hex')), now: null, valid: false, origin: scheme('the right HMAC, hex-encoded: Shopify sends base64') },
		{ name: 'missing-header', key, request: request(undefined), now: null, valid: false, origin: scheme('no X-Shopify-Hmac-Sha256 header') },
		{ name: 'empty-body', key, request: request(valid, ''), now: null, valid: false, origin: scheme('body emptied') },
	];
}

// --- HubSpot -----------------------------------------------------------------------------------------

function hubspotVectors(): WebhookVector[] {
	const docs = 'https://developers.hubspot.com/docs/apps/developer-platform/build-apps/authentication/request-validation';
	const helper = `@hubspot/api-client@${version('@hubspot/api-client')} Signature.getSignature (v3)`;
	const key = hmacKey('hubspot');
	const url = 'https://example.com/webhooks/hubspot?portal=62515';
	const body = `[${jsonBody({ eventId: 100, subscriptionType: 'contact.creation', objectId: 123 })}]`;
	const signature = (secret: string, timestampMs: number, payload = body, method = 'POST', at = url) =>
		HubSpotSignature.getSignature(method, 'v3', { clientSecret: secret, requestBody: payload, url: at, timestamp: timestampMs, signature: '' });
	const signedAt = NOW.getTime() - DELAY * 1000;
	const request = (timestampMs: number, sig: string, payload = body): VectorRequest => ({
		method: 'POST',
		url,
		headers: { 'content-type': 'application/json', 'x-hubspot-request-timestamp': String(timestampMs), 'x-hubspot-signature-v3': sig },
		body: payload,
	});
	const sdk = (description: string): VectorOrigin => ({ kind: 'official-sdk', description: `${helper}; ${description}`, source: docs });
	const valid = request(signedAt, signature(key, signedAt));
	return [
		{ name: 'valid', key, request: valid, now: NOW.toISOString(), valid: true, origin: sdk('signed 12 s before now') },
		{ name: 'reserialized-body', key, request: { ...valid, body: reserialize(body) }, now: NOW.toISOString(), valid: false, origin: sdk('body replaced by JSON.stringify(JSON.parse(body))') },
		{ name: 'wrong-key', key: hmacKey('hubspot-wrong'), request: valid, now: NOW.toISOString(), valid: false, origin: sdk('checked with another client secret') },
		{ name: 'stale-timestamp', key, request: request(NOW.getTime() - 300_001, signature(key, NOW.getTime() - 300_001)), now: NOW.toISOString(), valid: false, origin: sdk('signed 300.001 s before now (limit 5 minutes)') },
		{ name: 'tampered-timestamp', key, request: withHeaders(valid, { 'x-hubspot-request-timestamp': String(signedAt + 1) }), now: NOW.toISOString(), valid: false, origin: sdk('timestamp header changed by 1 ms, signature kept') },
		{ name: 'tampered-signature', key, request: withHeaders(valid, { 'x-hubspot-signature-v3': flipMiddle(valid.headers['x-hubspot-signature-v3']) }), now: NOW.toISOString(), valid: false, origin: sdk('a base64 character in the middle changed') },
		{ name: 'other-url', key, request: { ...valid, url: 'https://example.com/webhooks/hubspot' }, now: NOW.toISOString(), valid: false, origin: sdk('checked against the URL without its query string') },
		{ name: 'missing-timestamp', key, request: withHeaders(valid, { 'x-hubspot-request-timestamp': undefined }), now: NOW.toISOString(), valid: false, origin: sdk('no X-HubSpot-Request-Timestamp header') },
		{ name: 'empty-body', key, request: { ...valid, body: '' }, now: NOW.toISOString(), valid: false, origin: sdk('body emptied') },
	];
}

// --- Discord -----------------------------------------------------------------------------------------

function discordVectors(): WebhookVector[] {
	const docs = 'https://docs.discord.com/developers/interactions/overview';
	const { privateKey, publicKeyHex: key } = ed25519FromSeed(`${SEED} discord`);
	const { publicKeyHex: wrongKey } = ed25519FromSeed(`${SEED} discord-wrong`);
	const timestamp = String(NOW_SECONDS - DELAY);
	const body = jsonBody({ type: 1, id: '1234567890', application_id: '1234567890' });
	const signature = sign(null, Buffer.from(timestamp + body), privateKey).toString('hex');
	const request = (headers: Record<string, string | undefined>, payload = body): VectorRequest =>
		withHeaders({ method: 'POST', url: 'https://example.com/interactions', headers: { 'content-type': 'application/json', 'x-signature-ed25519': signature, 'x-signature-timestamp': timestamp }, body: payload }, headers);
	const scheme = (description: string) => computed(`Ed25519 (test key from a fixed seed) over timestamp + body; ${description}`, docs);
	return [
		{ name: 'valid', key, request: request({}), now: null, valid: true, origin: scheme('signed') },
		{ name: 'reserialized-body', key, request: request({}, reserialize(body)), now: null, valid: false, origin: scheme('body replaced by JSON.stringify(JSON.parse(body))') },
		{ name: 'wrong-key', key: wrongKey, request: request({}), now: null, valid: false, origin: scheme('checked with another public key') },
		{ name: 'tampered-timestamp', key, request: request({ 'x-signature-timestamp': String(NOW_SECONDS) }), now: null, valid: false, origin: scheme('timestamp header changed, signature kept') },
		{ name: 'tampered-signature', key, request: request({ 'x-signature-ed25519': flipLast(signature) }), now: null, valid: false, origin: scheme('last hex digit changed') },
		{ name: 'wrong-length-signature', key, request: request({ 'x-signature-ed25519': signature.slice(0, 126) }), now: null, valid: false, origin: scheme('one byte short') },
		{ name: 'missing-timestamp', key, request: request({ 'x-signature-timestamp': undefined }), now: null, valid: false, origin: scheme('no X-Signature-Timestamp header') },
		{ name: 'empty-body', key, request: request({}, ''), now: null, valid: false, origin: scheme('body emptied') },
	];
}

// --- SendGrid ----------------------------------------------------------------------------------------

function sendgridVectors(previous: WebhookVectorFile | undefined): WebhookVector[] {
	const docs = 'https://www.twilio.com/docs/sendgrid/for-developers/tracking-events/getting-started-event-webhook-security-features';
	const { privateKey, publicKeyBase64: key } = p256FromSeed(`${SEED} sendgrid`);
	const { publicKeyBase64: wrongKey } = p256FromSeed(`${SEED} sendgrid-wrong`);
	const publicKey = createPublicKey({ key: Buffer.from(key, 'base64'), format: 'der', type: 'spki' });
	// ECDSA signatures are random: keep the previous file's signature for the same message when it verifies.
	const kept = new Map<string, string>();
	for (const vector of previous?.vectors ?? []) {
		const h = vector.request.headers;
		const sig = h['x-twilio-email-event-webhook-signature'];
		const ts = h['x-twilio-email-event-webhook-timestamp'];
		if (sig && ts && vector.valid) kept.set(ts + vector.request.body, sig);
	}
	const signEcdsa = (message: string) => {
		const old = kept.get(message);
		if (old && verify('sha256', Buffer.from(message), publicKey, Buffer.from(old, 'base64'))) return old;
		return sign('sha256', Buffer.from(message), privateKey).toString('base64');
	};
	const timestamp = String(NOW_SECONDS - DELAY);
	const body = `[${jsonBody({ email: 'example@test.com', event: 'processed', sg_event_id: 'rbtnWrG1DVDGGGFHFyun0A==' })}]\r\n`;
	const signature = signEcdsa(timestamp + body);
	const request = (headers: Record<string, string | undefined>, payload = body): VectorRequest =>
		withHeaders({ method: 'POST', url: 'https://example.com/webhooks/sendgrid', headers: { 'content-type': 'application/json', 'x-twilio-email-event-webhook-signature': signature, 'x-twilio-email-event-webhook-timestamp': timestamp }, body: payload }, headers);
	const scheme = (description: string) => computed(`ECDSA P-256 SHA-256 (test key from a fixed seed) over timestamp + body, DER signature in base64; ${description}`, docs);
	return [
		{ name: 'valid', key, request: request({}), now: null, valid: true, origin: scheme('signed') },
		{ name: 'reserialized-body', key, request: request({}, reserialize(body)), now: null, valid: false, origin: scheme('body replaced by JSON.stringify(JSON.parse(body))') },
		{ name: 'wrong-key', key: wrongKey, request: request({}), now: null, valid: false, origin: scheme('checked with another public key') },
		{ name: 'tampered-timestamp', key, request: request({ 'x-twilio-email-event-webhook-timestamp': String(NOW_SECONDS) }), now: null, valid: false, origin: scheme('timestamp header changed, signature kept') },
		{ name: 'tampered-signature', key, request: request({ 'x-twilio-email-event-webhook-signature': flipMiddle(signature) }), now: null, valid: false, origin: scheme('a base64 character in the middle of the signature changed') },
		{ name: 'missing-signature', key, request: request({ 'x-twilio-email-event-webhook-signature': undefined }), now: null, valid: false, origin: scheme('no signature header') },
		{ name: 'empty-body', key, request: request({}, ''), now: null, valid: false, origin: scheme('body emptied') },
	];
}

// --- Twilio ------------------------------------------------------------------------------------------

function twilioVectors(): WebhookVector[] {
	const helper = `twilio@${version('twilio')} getExpectedTwilioSignature`;
	const exampleSource = 'https://github.com/twilio/twilio-python/blob/main/tests/unit/test_request_validator.py';
	const token = '12345';
	const url = 'https://mycompany.com/myapp.php?foo=1&bar=2';
	const form = 'CallSid=CA1234567890ABCDE&Caller=%2B14158675309&Digits=1234&From=%2B14158675309&To=%2B18005551212';
	const formRequest = (signature: string | undefined, payload = form, at = url): VectorRequest =>
		withHeaders({ method: 'POST', url: at, headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: payload }, { 'x-twilio-signature': signature });
	const example: VectorOrigin = { kind: 'provider-example', description: "the request-validation example of Twilio's official helper libraries' tests (twilio-python, twilio-php; auth token 12345), verbatim", source: exampleSource };
	const jsonBodyText = '{"property": "value", "boolean": true}';
	const jsonUrl = `${url}&bodySHA256=${createHash('sha256').update(jsonBodyText).digest('hex')}`;
	// The same tests publish this signature for the JSON body; the SDK must compute it too.
	const jsonSig = 'a9nBmqA0ju/hNViExpshrM61xv4=';
	if (twilio.getExpectedTwilioSignature(token, jsonUrl, {}) !== jsonSig) throw new Error('twilio: published bodySHA256 example no longer matches the SDK');
	const jsonRequest = (payload = jsonBodyText, signature = jsonSig): VectorRequest => ({ method: 'POST', url: jsonUrl, headers: { 'content-type': 'application/json', 'x-twilio-signature': signature }, body: payload });
	const repeated = 'Sid=CA123&SidAccount=AC123&Digits=5678&Digits=1234&Digits=1234';
	return [
		{ name: 'twilio-sdk-example', key: token, request: formRequest('RSOYDt4T1cUTdK1PDd93/VVr8B8='), now: null, valid: true, origin: example },
		{ name: 'sdk-example-with-port', key: token, request: formRequest('RSOYDt4T1cUTdK1PDd93/VVr8B8=', form, 'https://mycompany.com:443/myapp.php?foo=1&bar=2'), now: null, valid: true, origin: { ...example, description: `${example.description}; URL received with its default port :443 (the SDK also tries it without)` } },
		{ name: 'repeated-parameters', key: token, request: formRequest('IK+Dwps556ElfBT0I3Rgjkr1wJU=', repeated), now: null, valid: true, origin: { ...example, description: 'the repeated-parameter example of the same tests (twilio-php sends Digits 5678, 1234, 1234; a repeated value counts once), verbatim' } },
		{ name: 'wrong-key', key: '54321', request: formRequest('RSOYDt4T1cUTdK1PDd93/VVr8B8='), now: null, valid: false, origin: { ...example, description: 'the same example checked with another auth token' } },
		{ name: 'tampered-parameter', key: token, request: formRequest('RSOYDt4T1cUTdK1PDd93/VVr8B8=', form.replace('Digits=1234', 'Digits=9999')), now: null, valid: false, origin: { ...example, description: 'Digits changed, signature kept' } },
		{ name: 'tampered-signature', key: token, request: formRequest(flipMiddle('RSOYDt4T1cUTdK1PDd93/VVr8B8=')), now: null, valid: false, origin: { ...example, description: 'a base64 character in the middle of the signature changed' } },
		{ name: 'other-url', key: token, request: formRequest('RSOYDt4T1cUTdK1PDd93/VVr8B8=', form, 'http://mycompany.com/myapp.php?foo=1&bar=2'), now: null, valid: false, origin: { ...example, description: 'URL seen as http:// (a proxy terminating TLS): no longer the signed URL' } },
		{ name: 'json-body', key: token, request: jsonRequest(), now: null, valid: true, origin: { ...example, description: `the JSON-body example of the same tests (URL with bodySHA256), verbatim; ${helper} computes the same signature` } },
		{ name: 'reserialized-body', key: token, request: jsonRequest(reserialize(jsonBodyText)), now: null, valid: false, origin: { ...example, description: 'the JSON-body example with the body replaced by JSON.stringify(JSON.parse(body)): bodySHA256 no longer matches' } },
		{ name: 'missing-header', key: token, request: formRequest(undefined), now: null, valid: false, origin: { ...example, description: 'no X-Twilio-Signature header' } },
		{ name: 'empty-body', key: token, request: formRequest('RSOYDt4T1cUTdK1PDd93/VVr8B8=', ''), now: null, valid: false, origin: { ...example, description: 'POST with the body emptied' } },
	];
}

// --- PayPal ------------------------------------------------------------------------------------------

function paypalVectors(): WebhookVector[] {
	const docs = 'https://developer.paypal.com/api/rest/webhooks/rest/';
	const { privateKey } = rsaFromSeed(`${SEED} paypal`);
	const { privateKey: otherKey } = rsaFromSeed(`${SEED} paypal-other`);
	const validity: [Date, Date] = [new Date('2026-01-01T00:00:00Z'), new Date('2027-01-01T00:00:00Z')];
	const certificate = selfSignedCertificate(privateKey, 'test certificate for webhook vectors (not PayPal)', ...validity);
	const otherCertificate = selfSignedCertificate(otherKey, 'another test certificate (not PayPal)', ...validity);
	const webhookId = 'WH-TEST-1234567890ABCDEFG';
	const transmissionId = '69cd13f0-d67a-11e5-baa3-778b53f4ae55';
	const time = new Date((NOW_SECONDS - DELAY) * 1000).toISOString();
	const body = jsonBody({ id: 'WH-TEST-EVENT', event_type: 'PAYMENT.CAPTURE.COMPLETED', resource_type: 'capture' });
	const signed = `${transmissionId}|${time}|${webhookId}|${crc32(Buffer.from(body)) >>> 0}`;
	const signature = sign('sha256', Buffer.from(signed), privateKey).toString('base64');
	const request = (headers: Record<string, string | undefined>, payload = body): VectorRequest =>
		withHeaders(
			{
				method: 'POST',
				url: 'https://example.com/webhooks/paypal',
				headers: {
					'content-type': 'application/json',
					'paypal-auth-algo': 'SHA256withRSA',
					'paypal-cert-url': 'https://api.sandbox.paypal.com/v1/notifications/certs/CERT-360caa42-fca2a594-test',
					'paypal-transmission-id': transmissionId,
					'paypal-transmission-sig': signature,
					'paypal-transmission-time': time,
				},
				body: payload,
			},
			headers,
		);
	const scheme = (description: string) => computed(`SHA256withRSA over id|time|webhook ID|CRC32(body), with a self-signed test certificate (RSA key from a fixed seed); ${description}`, docs);
	const now = NOW.toISOString();
	return [
		{ name: 'valid', key: webhookId, request: request({}), now, valid: true, options: { certificate }, origin: scheme('signed') },
		{ name: 'reserialized-body', key: webhookId, request: request({}, reserialize(body)), now, valid: false, options: { certificate }, origin: scheme('body replaced by JSON.stringify(JSON.parse(body)): the CRC32 changes') },
		{ name: 'wrong-key', key: 'WH-TEST-OTHER-WEBHOOK-ID', request: request({}), now, valid: false, options: { certificate }, origin: scheme('checked with another webhook ID') },
		{ name: 'other-certificate', key: webhookId, request: request({}), now, valid: false, options: { certificate: otherCertificate }, origin: scheme('checked with a certificate for another key') },
		{ name: 'expired-certificate', key: webhookId, request: request({}), now: '2027-06-01T12:00:00.000Z', valid: false, options: { certificate }, origin: scheme('checked after the certificate expired') },
		{ name: 'tampered-time', key: webhookId, request: request({ 'paypal-transmission-time': new Date(NOW.getTime()).toISOString() }), now, valid: false, options: { certificate }, origin: scheme('PAYPAL-TRANSMISSION-TIME changed, signature kept') },
		{ name: 'tampered-signature', key: webhookId, request: request({ 'paypal-transmission-sig': flipMiddle(signature) }), now, valid: false, options: { certificate }, origin: scheme('a base64 character in the middle of the signature changed') },
		{ name: 'unknown-algorithm', key: webhookId, request: request({ 'paypal-auth-algo': 'SHA1withRSA' }), now, valid: false, options: { certificate }, origin: scheme('PAYPAL-AUTH-ALGO other than SHA256withRSA') },
		{ name: 'missing-certificate', key: webhookId, request: request({}), now, valid: false, options: {}, origin: scheme('no certificate passed') },
		{ name: 'empty-body', key: webhookId, request: request({}, ''), now, valid: false, options: { certificate }, origin: scheme('body emptied') },
	];
}

// --- Square ------------------------------------------------------------------------------------------

function squareVectors(): WebhookVector[] {
	const docs = 'https://developer.squareup.com/docs/webhooks/step3validate';
	const sdkTests = 'https://github.com/square/square-nodejs-sdk/blob/master/tests/integration/webhooks.test.ts';
	// The values of square-nodejs-sdk's own signature tests, verbatim.
	const example = {
		key: 'Ibxx_5AKakO-3qeNVR61Dw',
		url: 'https://webhook.site/679a4f3a-dcfa-49ee-bac5-9d0edad886b9',
		body: '{"merchant_id":"MLEFBHHSJGVHD","type":"webhooks.test_notification","event_id":"ac3ac95b-f97d-458c-a6e6-18981597e05f","created_at":"2022-07-13T20:30:59.037339943Z","data":{"type":"webhooks","id":"bc368e64-01aa-407e-b46e-3231809b1129"}}',
		signature: 'GF4YkrJgGBDZ9NIYbNXBnMzqb2HoL4RW/S6vkZ9/2N4=',
		formattedBody: '{\n    "merchant_id": "MLEFBHHSJGVHD",\n    "type": "webhooks.test_notification",\n    "event_id": "ac3ac95b-f97d-458c-a6e6-18981597e05f",\n    "created_at": "2022-07-13T20:30:59.037339943Z",\n    "data": {\n      "type": "webhooks",\n      "id": "bc368e64-01aa-407e-b46e-3231809b1129"\n    }\n}',
	};
	const escaped = { key: 'signature-key', url: 'https://webhook.site/webhooks', body: '{"data":{"type":"webhooks","id":">id<"}}', signature: 'Cxt7+aTi4rKgcA0bC4g9EHdVtLSDWdqccmL5MvihU4U=' };
	const sdkExample = (description: string): VectorOrigin => ({ kind: 'provider-example', description: `square-nodejs-sdk's webhook signature tests (tests/integration/webhooks.test.ts), verbatim; ${description}`, source: sdkTests });
	const key = hmacKey('square');
	const url = 'https://example.com/webhooks/square';
	const body = jsonBody({ merchant_id: 'MLTEST0000001', type: 'payment.created', event_id: '6a8f5f28-54a1-4eb0-a98a-3111513fd4fc', data: { type: 'payment', id: 'KkAkhdMsgzn59SM8A89WgKwekxLZY' } });
	const signature = (secret: string, payload = body, at = url) => createHmac('sha256', secret).update(at + payload).digest('base64');
	const request = (sig: string | undefined, payload = body, at = url): VectorRequest =>
		withHeaders(
			{ method: 'POST', url: at, headers: { 'content-type': 'application/json', 'square-environment': 'Sandbox', 'square-initial-delivery-timestamp': '2026-06-01T11:59:48.000Z', 'square-retry-number': '0' }, body: payload },
			{ 'x-square-hmacsha256-signature': sig },
		);
	const scheme = (description: string) => computed(`base64 HMAC-SHA256 of notification URL + raw body; ${description}`, docs);
	const valid = signature(key);
	const legacySha1 = createHmac('sha1', key).update(url + body).digest('base64');
	return [
		{ name: 'square-sdk-example', key: example.key, request: request(example.signature, example.body, example.url), now: null, valid: true, origin: sdkExample('"test signature validation pass"') },
		{ name: 'square-sdk-example-escaped-characters', key: escaped.key, request: request(escaped.signature, escaped.body, escaped.url), now: null, valid: true, origin: sdkExample('"test signature with escaped characters" (> and < in the body)') },
		{ name: 'square-sdk-example-formatted-body', key: example.key, request: request(example.signature, example.formattedBody, example.url), now: null, valid: false, origin: sdkExample('"fails on request body formatted": the same JSON pretty-printed') },
		{ name: 'square-sdk-example-other-url', key: example.key, request: request(example.signature, example.body, 'https://webhook.site/79a4f3a-dcfa-49ee-bac5-9d0edad886b9'), now: null, valid: false, origin: sdkExample('"fails on notification url mismatch"') },
		{ name: 'valid', key, request: request(valid), now: null, valid: true, origin: scheme('signed with the test key') },
		{ name: 'reserialized-body', key, request: request(valid, reserialize(body)), now: null, valid: false, origin: scheme('body replaced by JSON.stringify(JSON.parse(body))') },
		{ name: 'wrong-key', key: hmacKey('square-wrong'), request: request(valid), now: null, valid: false, origin: scheme('checked with another signature key') },
		{ name: 'tampered-signature', key, request: request(flipMiddle(valid)), now: null, valid: false, origin: scheme('a base64 character in the middle of the signature changed') },
		{ name: 'http-url-behind-proxy', key, request: request(valid, body, url.replace('https:', 'http:')), now: null, valid: false, origin: scheme('URL seen as http:// (a proxy terminating TLS): no longer the notification URL') },
		{ name: 'legacy-sha1-only', key, request: withHeaders(request(undefined), { 'x-square-signature': legacySha1 }), now: null, valid: false, origin: scheme('only a legacy x-square-signature (HMAC-SHA1 of the same bytes, correct): the recipe requires the SHA-256 header') },
		{ name: 'wrong-length-signature', key, request: request(valid.slice(0, -4)), now: null, valid: false, origin: scheme('signature four base64 characters short') },
		{ name: 'missing-header', key, request: request(undefined), now: null, valid: false, origin: scheme('no x-square-hmacsha256-signature header') },
		{ name: 'empty-body', key, request: request(signature(key, '')), now: null, valid: false, origin: scheme('empty body (signed as such)') },
	];
}

// --- Zoom --------------------------------------------------------------------------------------------

function zoomVectors(): WebhookVector[] {
	const docs = 'https://developers.zoom.us/docs/api/webhooks/';
	const key = hmacKey('zoom');
	const body = jsonBody({ event: 'meeting.started', event_ts: (NOW_SECONDS - DELAY) * 1000, payload: { account_id: 'AAAAAAAAAAAAAAAAAAAAAA', object: { id: '85746065432', topic: 'Test meeting' } } });
	const signedAt = NOW_SECONDS - DELAY;
	const signature = (secret: string, timestamp: number | string, payload = body) =>
		'v0=' + createHmac('sha256', secret).update(`v0:${timestamp}:${payload}`).digest('hex');
	const request = (timestamp: number | string, sig: string | undefined, payload = body): VectorRequest =>
		withHeaders(
			{ method: 'POST', url: 'https://example.com/webhooks/zoom', headers: { 'content-type': 'application/json; charset=utf-8', 'user-agent': 'Zoom Marketplace/1.0a', 'x-zm-request-timestamp': String(timestamp), 'x-zm-trackingid': 'v=2.0;clid=us06;rid=TEST' }, body: payload },
			{ 'x-zm-signature': sig },
		);
	const scheme = (description: string) => computed(`v0= + hex HMAC-SHA256 of v0:<x-zm-request-timestamp>:<raw body> (as zoom/webhook-sample and @zoom/rivet compute it); ${description}`, docs);
	const now = NOW.toISOString();
	const valid = request(signedAt, signature(key, signedAt));
	const validation = JSON.stringify({ payload: { plainToken: 'qgg8vlvZRS6UYooatFL8Aw' }, event_ts: signedAt * 1000, event: 'endpoint.url_validation' });
	const dayOld = NOW_SECONDS - 86_400;
	return [
		{ name: 'valid', key, request: valid, now, valid: true, origin: scheme('signed 12 s before now') },
		{ name: 'reserialized-body', key, request: { ...valid, body: reserialize(body) }, now, valid: false, origin: scheme('body replaced by JSON.stringify(JSON.parse(body))') },
		{ name: 'wrong-key', key: hmacKey('zoom-wrong'), request: valid, now, valid: false, origin: scheme('checked with another secret token') },
		{ name: 'tampered-timestamp', key, request: withHeaders(valid, { 'x-zm-request-timestamp': String(signedAt + 1) }), now, valid: false, origin: scheme('timestamp header changed by one second, signature kept') },
		{ name: 'tampered-signature', key, request: withHeaders(valid, { 'x-zm-signature': flipLast(valid.headers['x-zm-signature']) }), now, valid: false, origin: scheme('last hex digit changed') },
		{ name: 'missing-v0-prefix', key, request: withHeaders(valid, { 'x-zm-signature': valid.headers['x-zm-signature'].slice(3) }), now, valid: false, origin: scheme('the hex digest without its v0= prefix') },
		{ name: 'url-validation-event', key, request: request(signedAt, signature(key, signedAt, validation), validation), now, valid: true, origin: scheme('an endpoint.url_validation event (compact JSON), signed like every event') },
		{ name: 'day-old-timestamp', key, request: request(dayOld, signature(key, dayOld)), now, valid: true, origin: scheme('signed 24 hours before now: Zoom documents no replay window, so none is enforced') },
		{ name: 'wrong-length-signature', key, request: withHeaders(valid, { 'x-zm-signature': valid.headers['x-zm-signature'].slice(0, -2) }), now, valid: false, origin: scheme('two hex digits short') },
		{ name: 'missing-timestamp', key, request: withHeaders(valid, { 'x-zm-request-timestamp': undefined }), now, valid: false, origin: scheme('no x-zm-request-timestamp header') },
		{ name: 'missing-header', key, request: withHeaders(valid, { 'x-zm-signature': undefined }), now, valid: false, origin: scheme('no x-zm-signature header') },
		{ name: 'empty-body', key, request: request(signedAt, signature(key, signedAt, ''), ''), now, valid: false, origin: scheme('empty body (signed as such)') },
	];
}

// --- Intercom ----------------------------------------------------------------------------------------

function intercomVectors(): WebhookVector[] {
	const docs = 'https://developers.intercom.com/intercom-api-reference/v1.0/reference/signed-notifications';
	const key = hmacKey('intercom');
	const body = jsonBody({ type: 'notification_event', id: 'notif_78c122d0-23ba-11e4-9464-79b01267cc2e', topic: 'contact.user.created', app_id: 'a86dr8yl', data: { type: 'notification_event_data', item: { type: 'contact', id: '530370b477ad7120001d' } }, created_at: NOW_SECONDS - DELAY });
	const signature = (secret: string, payload = body) => 'sha1=' + createHmac('sha1', secret).update(payload).digest('hex');
	const request = (sig: string | undefined, payload = body): VectorRequest =>
		withHeaders({ method: 'POST', url: 'https://example.com/webhooks/intercom', headers: { 'content-type': 'application/json', 'user-agent': 'intercom-parrot-service-client/1.0' }, body: payload }, { 'x-hub-signature': sig });
	const scheme = (description: string) => computed(`sha1= + hex HMAC-SHA1 of the raw body; ${description}`, docs);
	const valid = signature(key);
	return [
		{ name: 'valid', key, request: request(valid), now: null, valid: true, origin: scheme('signed with the test secret') },
		{ name: 'reserialized-body', key, request: request(valid, reserialize(body)), now: null, valid: false, origin: scheme('body replaced by JSON.stringify(JSON.parse(body))') },
		{ name: 'wrong-key', key: hmacKey('intercom-wrong'), request: request(valid), now: null, valid: false, origin: scheme('checked with another secret') },
		{ name: 'tampered-signature', key, request: request(flipLast(valid)), now: null, valid: false, origin: scheme('last hex digit changed') },
		{ name: 'sha256-instead-of-sha1', key, request: request('sha256=' + createHmac('sha256', key).update(body).digest('hex')), now: null, valid: false, origin: scheme('a correct HMAC-SHA256 labelled sha256=: Intercom signs with SHA-1') },
		{ name: 'missing-prefix', key, request: request(valid.slice(5)), now: null, valid: false, origin: scheme('the hex digest without its sha1= prefix') },
		{ name: 'wrong-length-signature', key, request: request(valid.slice(0, -2)), now: null, valid: false, origin: scheme('two hex digits short') },
		{ name: 'missing-header', key, request: request(undefined), now: null, valid: false, origin: scheme('no X-Hub-Signature header') },
		{ name: 'empty-body', key, request: request(signature(key, ''), ''), now: null, valid: false, origin: scheme('empty body (signed as such)') },
	];
}

// --- Jira --------------------------------------------------------------------------------------------

function jiraVectors(): WebhookVector[] {
	const docs = 'https://developer.atlassian.com/cloud/jira/platform/webhooks/';
	const key = hmacKey('jira');
	const body = jsonBody({ timestamp: (NOW_SECONDS - DELAY) * 1000, webhookEvent: 'jira:issue_created', issue_event_type_name: 'issue_created', issue: { id: '10002', key: 'TEST-2', fields: { summary: 'Test issue' } } });
	const signature = (secret: string, payload = body) => 'sha256=' + createHmac('sha256', secret).update(payload).digest('hex');
	const request = (sig: string | undefined, payload = body): VectorRequest =>
		withHeaders({ method: 'POST', url: 'https://example.com/webhooks/jira', headers: { 'content-type': 'application/json; charset=UTF-8', 'x-atlassian-webhook-identifier': '1234567890123', 'x-atlassian-webhook-retry': '0' }, body: payload }, { 'x-hub-signature': sig });
	const scheme = (description: string) => computed(`sha256= + hex HMAC-SHA256 of the raw body with the webhook secret; ${description}`, docs);
	const valid = signature(key);
	return [
		{ name: 'valid', key, request: request(valid), now: null, valid: true, origin: scheme('signed with the test secret') },
		{ name: 'retried-delivery', key, request: withHeaders(request(valid), { 'x-atlassian-webhook-retry': '1' }), now: null, valid: true, origin: scheme('the same delivery retried (X-Atlassian-Webhook-Retry: 1): the retry header is not signed') },
		{ name: 'reserialized-body', key, request: request(valid, reserialize(body)), now: null, valid: false, origin: scheme('body replaced by JSON.stringify(JSON.parse(body))') },
		{ name: 'wrong-key', key: hmacKey('jira-wrong'), request: request(valid), now: null, valid: false, origin: scheme('checked with another secret') },
		{ name: 'tampered-signature', key, request: request(flipLast(valid)), now: null, valid: false, origin: scheme('last hex digit changed') },
		{ name: 'sha1-method', key, request: request('sha1=' + createHmac('sha1', key).update(body).digest('hex')), now: null, valid: false, origin: scheme('a correct HMAC-SHA1 labelled sha1=: the recipe accepts sha256 only') },
		{ name: 'missing-method', key, request: request(valid.slice(7)), now: null, valid: false, origin: scheme('the hex digest without its sha256= prefix') },
		{ name: 'wrong-length-signature', key, request: request(valid.slice(0, -2)), now: null, valid: false, origin: scheme('two hex digits short') },
		{ name: 'missing-header', key, request: request(undefined), now: null, valid: false, origin: scheme('no X-Hub-Signature header (a webhook without a secret)') },
		{ name: 'empty-body', key, request: request(signature(key, ''), ''), now: null, valid: false, origin: scheme('empty body (signed as such)') },
	];
}

// --- Cloudflare Stream -------------------------------------------------------------------------------

function cloudflareVectors(): WebhookVector[] {
	const docs = 'https://developers.cloudflare.com/stream/manage-video-library/using-webhooks/';
	const key = seedBytes(SEED, 'cloudflare').toString('hex').slice(0, 32);
	const body = jsonBody({ uid: '6b9e68b07dfee8cc2d116e4c51d6a957', readyToStream: true, status: { state: 'ready', pctComplete: '100.000000', errorReasonCode: '', errorReasonText: '' }, meta: { name: 'test.mp4' } });
	const signedAt = NOW_SECONDS - DELAY;
	const sig1 = (secret: string, time: number, payload = body) => createHmac('sha256', secret).update(`${time}.${payload}`).digest('hex');
	const request = (header: string | undefined, payload = body): VectorRequest =>
		withHeaders({ method: 'POST', url: 'https://example.com/webhooks/cloudflare-stream', headers: { 'content-type': 'application/json' }, body: payload }, { 'webhook-signature': header });
	const scheme = (description: string) => computed(`sig1 = hex HMAC-SHA256 of <time>.<raw body> with the Stream webhook secret; ${description}`, docs);
	const now = NOW.toISOString();
	const valid = `time=${signedAt},sig1=${sig1(key, signedAt)}`;
	const dayOld = NOW_SECONDS - 86_400;
	return [
		{ name: 'valid', key, request: request(valid), now, valid: true, origin: scheme('signed 12 s before now') },
		{ name: 'reserialized-body', key, request: request(valid, reserialize(body)), now, valid: false, origin: scheme('body replaced by JSON.stringify(JSON.parse(body))') },
		{ name: 'wrong-key', key: seedBytes(SEED, 'cloudflare-wrong').toString('hex').slice(0, 32), request: request(valid), now, valid: false, origin: scheme('checked with another secret') },
		{ name: 'tampered-timestamp', key, request: request(valid.replace(`time=${signedAt}`, `time=${signedAt + 1}`)), now, valid: false, origin: scheme('time changed by one second, sig1 kept') },
		{ name: 'tampered-signature', key, request: request(flipLast(valid)), now, valid: false, origin: scheme('last hex digit of sig1 changed') },
		{ name: 'day-old-timestamp', key, request: request(`time=${dayOld},sig1=${sig1(key, dayOld)}`), now, valid: true, origin: scheme('signed 24 hours before now: Cloudflare names no window, so none is enforced by default') },
		{ name: 'wrong-length-signature', key, request: request(valid.slice(0, -1)), now, valid: false, origin: scheme('sig1 one hex digit short') },
		{ name: 'missing-time', key, request: request(`sig1=${sig1(key, signedAt)}`), now, valid: false, origin: scheme('header without time=') },
		{ name: 'missing-header', key, request: request(undefined), now, valid: false, origin: scheme('no Webhook-Signature header') },
		{ name: 'empty-body', key, request: request(`time=${signedAt},sig1=${sig1(key, signedAt, '')}`, ''), now, valid: false, origin: scheme('empty body (signed as such)') },
	];
}

// --- Adyen -------------------------------------------------------------------------------------------

function adyenVectors(): WebhookVector[] {
	const docs = 'https://docs.adyen.com/development-resources/webhooks/secure-webhooks/verify-hmac-signatures';
	const libraryTests = 'https://github.com/Adyen/adyen-node-api-library/blob/main/src/__tests__/hmacValidator.spec.ts';
	const hexKey = (label: string) => seedBytes(SEED, label).toString('hex').toUpperCase();
	const key = hexKey('adyen');
	const sign = (hmacKey: string, data: string) => createHmac('sha256', Buffer.from(hmacKey, 'hex')).update(data).digest('base64');
	type Item = { pspReference: string; originalReference?: string; merchantAccountCode: string; merchantReference: string; amount: { value: number; currency: string }; eventCode: string; success: string; [field: string]: unknown };
	const signedFields = (item: Item) => [item.pspReference, item.originalReference ?? '', item.merchantAccountCode, item.merchantReference, item.amount.value, item.amount.currency, item.eventCode, item.success].join(':');
	const withSignature = (item: Item, hmacKey = key) => ({ ...item, additionalData: { ...(item.additionalData as object), hmacSignature: sign(hmacKey, signedFields(item)) } });
	const standardBody = (...items: object[]) => JSON.stringify({ live: 'false', notificationItems: items.map((item) => ({ NotificationRequestItem: item })) }, null, 2);
	const request = (body: string, headers: Record<string, string> = {}): VectorRequest => ({ method: 'POST', url: 'https://example.com/webhooks/adyen', headers: { 'content-type': 'application/json', ...headers }, body });
	const scheme = (description: string) => computed(`Standard webhook: base64 HMAC-SHA256, hex-decoded key, of pspReference:originalReference:merchantAccountCode:merchantReference:value:currency:eventCode:success in additionalData.hmacSignature; ${description}`, docs);
	const headerScheme = (description: string) => computed(`Balance Platform / Management webhook: HmacSignature header = base64 HMAC-SHA256, hex-decoded key, of the raw body; ${description}`, docs);
	const payment: Item = { pspReference: '7914073381342284', merchantAccountCode: 'TestMerchant', merchantReference: 'TestPayment-1407325143704', amount: { value: 1130, currency: 'EUR' }, eventCode: 'AUTHORISATION', success: 'true', eventDate: '2026-06-01T11:59:48+02:00', paymentMethod: 'visa', reason: '033899:1111:03/2030', additionalData: { authCode: '033899' } };
	const validBody = standardBody(withSignature(payment));
	// adyen-node-api-library's own HMAC test: key, item and expected signature, verbatim (its eventDate, a Date object, is not signed and left out).
	const library = { key: 'DFB1EB5485895CFA84146406857104ABB4CBCABDC8AAF103A624C8F6A3EAAB00', item: { pspReference: 'pspReference', originalReference: 'originalReference', merchantAccountCode: 'merchantAccount', merchantReference: 'reference', amount: { currency: 'EUR', value: 1000 }, eventCode: 'EVENT', paymentMethod: 'VISA', reason: 'reason', success: 'true', additionalData: { hmacSignature: 'ipnxGCaUZ4l8TUW75a71/ghd2Fe5ffvX0pV4TLTntIc=' } } };
	const refund: Item = { pspReference: '8825408195409505', originalReference: '7914073381342284', merchantAccountCode: 'TestMerchant', merchantReference: 'TestPayment-1407325143704', amount: { value: 1130, currency: 'EUR' }, eventCode: 'REFUND', success: 'true' };
	const balanceBody = jsonBody({ data: { balancePlatform: 'TestBalancePlatform', id: 'AH00000000000000000001', accountHolder: { status: 'active' } }, environment: 'test', type: 'balancePlatform.accountHolder.updated' });
	const balanceSignature = sign(key, balanceBody);
	const textKeySignature = createHmac('sha256', key).update(signedFields(payment)).digest('base64');
	return [
		{ name: 'adyen-library-example', key: library.key, request: request(standardBody(library.item)), now: null, valid: true, origin: { kind: 'provider-example', description: "adyen-node-api-library's HMAC validator test (key, NotificationRequestItem and expected signature), verbatim, in a notificationItems body", source: libraryTests } },
		{ name: 'valid', key, request: request(validBody), now: null, valid: true, origin: scheme('an AUTHORISATION item signed with the test key') },
		{ name: 'reserialized-body', key, request: request(reserialize(validBody)), now: null, valid: true, origin: scheme('body replaced by JSON.stringify(JSON.parse(body)): Standard webhooks sign fields, not the raw body, so it still verifies') },
		{ name: 'wrong-key', key: hexKey('adyen-wrong'), request: request(validBody), now: null, valid: false, origin: scheme('checked with another HMAC key') },
		{ name: 'key-used-as-text', key, request: request(standardBody({ ...payment, additionalData: { hmacSignature: textKeySignature } })), now: null, valid: false, origin: scheme('signed with the key\'s hex characters as the HMAC key instead of the decoded bytes') },
		{ name: 'tampered-amount', key, request: request(validBody.replace('"value": 1130', '"value": 113000')), now: null, valid: false, origin: scheme('amount.value changed, signature kept') },
		{ name: 'tampered-signature', key, request: request(standardBody({ ...payment, additionalData: { hmacSignature: flipMiddle(sign(key, signedFields(payment))) } })), now: null, valid: false, origin: scheme('a base64 character in the middle of the signature changed') },
		{ name: 'missing-original-reference', key, request: request(standardBody(withSignature({ ...payment, eventCode: 'CAPTURE' }))), now: null, valid: true, origin: scheme('no originalReference: signed as an empty field (pspReference::merchantAccountCode…)') },
		{ name: 'two-items', key, request: request(standardBody(withSignature(payment), withSignature(refund))), now: null, valid: true, origin: scheme('two items, each signed') },
		{ name: 'two-items-one-unsigned', key, request: request(standardBody(withSignature(payment), refund)), now: null, valid: false, origin: scheme('two items, the second without hmacSignature: every item must verify') },
		{ name: 'missing-signature', key, request: request(standardBody(payment)), now: null, valid: false, origin: scheme('an item without additionalData.hmacSignature') },
		{ name: 'balance-platform-valid', key, request: request(balanceBody, { hmacsignature: balanceSignature }), now: null, valid: true, origin: headerScheme('signed with the test key') },
		{ name: 'balance-platform-reserialized-body', key, request: request(reserialize(balanceBody), { hmacsignature: balanceSignature }), now: null, valid: false, origin: headerScheme('body replaced by JSON.stringify(JSON.parse(body))') },
		{ name: 'balance-platform-tampered-header', key, request: request(balanceBody, { hmacsignature: flipMiddle(balanceSignature) }), now: null, valid: false, origin: headerScheme('a base64 character in the middle of HmacSignature changed') },
		{ name: 'balance-platform-wrong-key', key: hexKey('adyen-wrong'), request: request(balanceBody, { hmacsignature: balanceSignature }), now: null, valid: false, origin: headerScheme('checked with another HMAC key') },
		{ name: 'empty-body', key, request: request('', { hmacsignature: sign(key, '') }), now: null, valid: false, origin: headerScheme('empty body (signed as such)') },
	];
}

// --- Plaid -------------------------------------------------------------------------------------------

function plaidVectors(previous: WebhookVectorFile | undefined): WebhookVector[] {
	const docs = 'https://plaid.com/docs/api/webhooks/webhook-verification/';
	const { privateKey } = p256FromSeed(`${SEED} plaid`);
	const { privateKey: otherKey } = p256FromSeed(`${SEED} plaid-other`);
	const kid = 'bfbd5111-8e33-4643-8ced-b2e642a72f3c';
	const publicJwk = (key: typeof privateKey) => createPublicKey(key).export({ format: 'jwk' }) as Record<string, string>;
	const jwk = { alg: 'ES256', created_at: 1_767_225_600, crv: 'P-256', expired_at: null, kid, kty: 'EC', use: 'sig', x: publicJwk(privateKey).x, y: publicJwk(privateKey).y };
	const otherJwk = { ...jwk, x: publicJwk(otherKey).x, y: publicJwk(otherKey).y };
	// ES256 signatures are random: keep a previous one while it still verifies, so the file stays stable.
	const kept = new Map<string, string>();
	for (const vector of previous?.vectors ?? []) {
		const token = vector.request.headers['plaid-verification'];
		if (token?.split('.').length === 3) kept.set(token.slice(0, token.lastIndexOf('.')), token.slice(token.lastIndexOf('.') + 1));
	}
	const b64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
	const jwt = (claims: object, header: object = { alg: 'ES256', kid, typ: 'JWT' }, signer = privateKey) => {
		const input = `${b64url(header)}.${b64url(claims)}`;
		const old = kept.get(input);
		const publicKey = createPublicKey(signer);
		if (old && verify('sha256', Buffer.from(input), { key: publicKey, dsaEncoding: 'ieee-p1363' }, Buffer.from(old, 'base64url'))) return `${input}.${old}`;
		return `${input}.${sign('sha256', Buffer.from(input), { key: signer, dsaEncoding: 'ieee-p1363' }).toString('base64url')}`;
	};
	const body = jsonBody({ environment: 'sandbox', error: null, item_id: 'wz666MBjYWTp2PDzzggYhM6oWWmBb', new_transactions: 0, webhook_code: 'SYNC_UPDATES_AVAILABLE', webhook_type: 'TRANSACTIONS' });
	const hash = (payload: string) => createHash('sha256').update(payload).digest('hex');
	const signedAt = NOW_SECONDS - DELAY;
	const valid = jwt({ iat: signedAt, request_body_sha256: hash(body) });
	const request = (token: string | undefined, payload = body): VectorRequest =>
		withHeaders({ method: 'POST', url: 'https://example.com/webhooks/plaid', headers: { 'content-type': 'application/json' }, body: payload }, { 'plaid-verification': token });
	const scheme = (description: string) => computed(`ES256 JWT (test P-256 key from a fixed seed) with iat and request_body_sha256 = hex SHA-256 of the raw body; the JWK goes in options.jwk; ${description}`, docs);
	const now = NOW.toISOString();
	const [head, claims, signature] = valid.split('.');
	const tamperedClaims = b64url({ iat: signedAt + 1, request_body_sha256: hash(body) });
	return [
		{ name: 'valid', key: kid, request: request(valid), now, valid: true, options: { jwk }, origin: scheme('signed 12 s before now') },
		{ name: 'reserialized-body', key: kid, request: request(valid, reserialize(body)), now, valid: false, options: { jwk }, origin: scheme('body replaced by JSON.stringify(JSON.parse(body)): its SHA-256 changes') },
		{ name: 'wrong-key', key: kid, request: request(valid), now, valid: false, options: { jwk: otherJwk }, origin: scheme('checked with the JWK of another P-256 key under the same kid') },
		{ name: 'other-kid', key: 'another-key-id', request: request(valid), now, valid: false, options: { jwk: { ...jwk, kid: 'another-key-id' } }, origin: scheme('the JWT names a kid other than the one the JWK was fetched for') },
		{ name: 'stale-timestamp', key: kid, request: request(jwt({ iat: NOW_SECONDS - 301, request_body_sha256: hash(body) })), now, valid: false, options: { jwk }, origin: scheme('iat 301 s before now (limit 5 minutes)') },
		{ name: 'at-tolerance', key: kid, request: request(jwt({ iat: NOW_SECONDS - 300, request_body_sha256: hash(body) })), now, valid: true, options: { jwk }, origin: scheme('iat exactly 300 s before now') },
		{ name: 'future-iat', key: kid, request: request(jwt({ iat: NOW_SECONDS + 60, request_body_sha256: hash(body) })), now, valid: false, options: { jwk }, origin: scheme('iat 60 s after now (as jose\'s maxTokenAge check refuses)') },
		{ name: 'tampered-claims', key: kid, request: request(`${head}.${tamperedClaims}.${signature}`), now, valid: false, options: { jwk }, origin: scheme('iat changed in the payload, signature kept') },
		{ name: 'tampered-signature', key: kid, request: request(`${head}.${claims}.${flipMiddle(signature)}`), now, valid: false, options: { jwk }, origin: scheme('a base64url character in the middle of the signature changed') },
		{ name: 'alg-none', key: kid, request: request(`${b64url({ alg: 'none', kid, typ: 'JWT' })}.${claims}.${signature}`), now, valid: false, options: { jwk }, origin: scheme('header alg changed to none, signature kept') },
		{ name: 'hs256-with-public-key', key: kid, request: request(`${b64url({ alg: 'HS256', kid, typ: 'JWT' })}.${claims}.${createHmac('sha256', JSON.stringify(jwk)).update(`${b64url({ alg: 'HS256', kid, typ: 'JWT' })}.${claims}`).digest('base64url')}`), now, valid: false, options: { jwk }, origin: scheme('alg HS256 keyed with the public JWK\'s text (the algorithm-confusion attack)') },
		{ name: 'expired-key', key: kid, request: request(valid), now, valid: false, options: { jwk: { ...jwk, expired_at: NOW_SECONDS - 3600 } }, origin: scheme('the JWK has expired_at set') },
		{ name: 'missing-jwk', key: kid, request: request(valid), now, valid: false, options: {}, origin: scheme('no JWK passed') },
		{ name: 'missing-header', key: kid, request: request(undefined), now, valid: false, options: { jwk }, origin: scheme('no Plaid-Verification header') },
		{ name: 'empty-body', key: kid, request: request(jwt({ iat: signedAt, request_body_sha256: hash('') }), ''), now, valid: false, options: { jwk }, origin: scheme('empty body (its hash signed as such)') },
	];
}

// --- Standard Webhooks senders (OpenAI, Anthropic, Gemini, Resend) -------------------------------------

/** The known answer of the standardwebhooks JavaScript library's "sign function works" test. */
const STANDARD_WEBHOOKS_EXAMPLE = {
	source: 'https://github.com/standard-webhooks/standard-webhooks/blob/main/libraries/javascript/src/webhook.test.ts',
	key: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
	id: 'msg_p5jXN8AQM9LWM0D4loKWxJek',
	timestamp: 1614265330,
	body: '{"test": 2432232314}',
	signature: 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
};

/**
 * Vectors for a sender of Standard Webhooks: `prefix` is the header prefix (`webhook` or, for Svix,
 * `svix`); `helper` names the library call that signs the valid requests; `exampleNote` says why the
 * library's published known answer applies to this provider.
 */
function standardWebhookVectors(options: {
	provider: string;
	docs: string;
	prefix: 'webhook' | 'svix';
	id: string;
	body: string;
	helper: string;
	exampleNote: string;
}): WebhookVector[] {
	const { provider, docs, prefix, id, body } = options;
	const secret = (label: string) => `whsec_${seedBytes(SEED, label).toString('base64')}`;
	const key = secret(provider);
	const sigFor = (secretKey: string, timestamp: number, messageId = id) =>
		new StandardWebhook(secretKey).sign(messageId, new Date(timestamp * 1000), body);
	const signedAt = NOW_SECONDS - DELAY;
	const h = (name: string) => `${prefix}-${name}`;
	const request = (timestamp: number, signature: string, payload = body): VectorRequest => ({
		method: 'POST',
		url: `https://example.com/webhooks/${provider}`,
		headers: { 'content-type': 'application/json', [h('id')]: id, [h('timestamp')]: String(timestamp), [h('signature')]: signature },
		body: payload,
	});
	const sdk = (description: string): VectorOrigin => ({ kind: 'official-sdk', description: `${options.helper}; ${description}`, source: docs });
	const validSig = sigFor(key, signedAt);
	const valid = request(signedAt, validSig);
	const now = NOW.toISOString();
	const example = STANDARD_WEBHOOKS_EXAMPLE;
	return [
		{
			name: 'standard-webhooks-known-answer',
			key: example.key,
			request: { method: 'POST', url: `https://example.com/webhooks/${provider}`, headers: { [h('id')]: example.id, [h('timestamp')]: String(example.timestamp), [h('signature')]: example.signature }, body: example.body },
			now: iso(example.timestamp + DELAY),
			valid: true,
			origin: { kind: 'official-sdk', description: `the known answer of the standardwebhooks library's "sign function works" test (key, id, timestamp, body and signature verbatim; ${options.exampleNote}); checked 12 s after its timestamp`, source: example.source },
		},
		{ name: 'valid', key, request: valid, now, valid: true, origin: sdk('signed 12 s before now') },
		{ name: 'reserialized-body', key, request: { ...valid, body: reserialize(body) }, now, valid: false, origin: sdk('body replaced by JSON.stringify(JSON.parse(body))') },
		{ name: 'wrong-key', key: secret(`${provider}-wrong`), request: valid, now, valid: false, origin: sdk('checked with another secret') },
		{ name: 'stale-timestamp', key, request: request(NOW_SECONDS - 301, sigFor(key, NOW_SECONDS - 301)), now, valid: false, origin: sdk('signed 301 s before now (tolerance 300 s)') },
		{ name: 'at-tolerance', key, request: request(NOW_SECONDS - 300, sigFor(key, NOW_SECONDS - 300)), now, valid: true, origin: sdk('signed exactly 300 s before now') },
		{ name: 'future-timestamp', key, request: request(NOW_SECONDS + 301, sigFor(key, NOW_SECONDS + 301)), now, valid: false, origin: sdk('timestamp 301 s after now') },
		{ name: 'tampered-id', key, request: withHeaders(valid, { [h('id')]: `${id}x` }), now, valid: false, origin: sdk(`${h('id')} changed, signature kept`) },
		{ name: 'tampered-timestamp', key, request: withHeaders(valid, { [h('timestamp')]: String(signedAt + 1) }), now, valid: false, origin: sdk(`${h('timestamp')} changed by one second, signature kept`) },
		{ name: 'tampered-signature', key, request: withHeaders(valid, { [h('signature')]: flipMiddle(validSig) }), now, valid: false, origin: sdk('a base64 character in the middle changed') },
		{ name: 'rotated-secret-two-signatures', key, request: withHeaders(valid, { [h('signature')]: `${sigFor(secret(`${provider}-old`), signedAt)} ${validSig}` }), now, valid: true, origin: sdk('two space-separated v1 signatures (old and new secret); checked with the new one') },
		{ name: 'rotated-secret-old-key', key: secret(`${provider}-old`), request: withHeaders(valid, { [h('signature')]: `${sigFor(secret(`${provider}-old`), signedAt)} ${validSig}` }), now, valid: true, origin: sdk('the same header checked with the old secret') },
		{ name: 'unknown-version-only', key, request: withHeaders(valid, { [h('signature')]: validSig.replace('v1,', 'v2,') }), now, valid: false, origin: sdk('the right signature labelled v2') },
		{ name: 'wrong-length-signature', key, request: withHeaders(valid, { [h('signature')]: validSig.slice(0, -4) }), now, valid: false, origin: sdk('the last four base64 characters removed') },
		{ name: 'missing-id', key, request: withHeaders(valid, { [h('id')]: undefined }), now, valid: false, origin: sdk(`no ${h('id')} header`) },
		{ name: 'missing-signature', key, request: withHeaders(valid, { [h('signature')]: undefined }), now, valid: false, origin: sdk(`no ${h('signature')} header`) },
		{ name: 'empty-body', key, request: { ...valid, body: '' }, now, valid: false, origin: sdk('body emptied') },
	];
}

function openaiVectors(): WebhookVector[] {
	return standardWebhookVectors({
		provider: 'openai',
		docs: 'https://developers.openai.com/api/docs/guides/webhooks',
		prefix: 'webhook',
		id: 'wh_test_685342e6c5b881908e1e3d2b9b1b1d5f',
		body: jsonBody({ object: 'event', id: 'evt_test', type: 'response.completed', data: { id: 'resp_test' } }),
		helper: `standardwebhooks@${version('standardwebhooks')} Webhook.sign`,
		exampleNote: 'OpenAI signs its webhooks with the Standard Webhooks scheme',
	});
}

function anthropicVectors(): WebhookVector[] {
	return standardWebhookVectors({
		provider: 'anthropic',
		docs: 'https://platform.claude.com/docs/en/api/typescript/beta/webhooks/unwrap',
		prefix: 'webhook',
		id: 'msg_test_2c4f6a8b0d1e3f5a7b9c',
		body: jsonBody({ type: 'event', id: 'wevt_test_01', created_at: '2026-06-01T11:59:48Z', data: { type: 'session.status_idled', id: 'sesn_test_01', organization_id: 'org_test', workspace_id: 'wrkspc_test' } }),
		helper: `standardwebhooks@${version('standardwebhooks')} Webhook.sign (the library @anthropic-ai/sdk's webhooks.unwrap verifies with)`,
		exampleNote: 'the Anthropic SDKs verify with that library',
	});
}

function geminiVectors(): WebhookVector[] {
	return standardWebhookVectors({
		provider: 'gemini',
		docs: 'https://ai.google.dev/gemini-api/docs/webhooks',
		prefix: 'webhook',
		id: 'msg_test_7d1c3e5f9a2b4c6d8e0f',
		body: jsonBody({ type: 'batch.succeeded', data: { id: 'batches/test-batch-01', output_file_uri: 'files/test-batch-01-output' } }),
		helper: `standardwebhooks@${version('standardwebhooks')} Webhook.sign (the library Google's webhook cookbook verifies with)`,
		exampleNote: "Google's cookbook verifies Gemini webhooks with that library",
	});
}

function resendVectors(): WebhookVector[] {
	return standardWebhookVectors({
		provider: 'resend',
		docs: 'https://resend.com/docs/webhooks/verify-webhooks-requests',
		prefix: 'svix',
		id: 'msg_test_2pQ7xK9mR4vL8nT1wY6zB3cD',
		body: jsonBody({ type: 'email.delivered', created_at: '2026-06-01T11:59:48.000Z', data: { email_id: '4ef9a417-02e9-4d39-ad75-9611e0fcc33c', to: ['delivered@resend.dev'], subject: 'Test' } }),
		helper: `standardwebhooks@${version('standardwebhooks')} Webhook.sign (the library resend's Node SDK and svix@${version('svix')} verify with), headers named svix-*`,
		exampleNote: "with the svix- header names Resend sends; Resend's SDK and Svix's libraries verify with that scheme",
	});
}

// --- Linear ------------------------------------------------------------------------------------------

function linearVectors(): WebhookVector[] {
	const docs = 'https://linear.app/developers/webhooks';
	const key = hmacKey('linear');
	const sentAtMs = NOW.getTime() - DELAY * 1000;
	const bodyAt = (webhookTimestamp: number | undefined) =>
		jsonBody({
			action: 'create',
			type: 'Issue',
			createdAt: new Date(sentAtMs).toISOString(),
			data: { id: '2174add1-f7c8-44e3-bbf3-2d60b5ea8bc9', identifier: 'ENG-1', title: 'Test issue' },
			url: 'https://linear.app/example/issue/ENG-1/test-issue',
			organizationId: 'b0a5b9f2-5d4e-4c4b-9f5e-0c1d2e3f4a5b',
			webhookId: '8f3a2c1e-6b7d-4e9f-a0b1-c2d3e4f5a6b7',
			...(webhookTimestamp === undefined ? {} : { webhookTimestamp }),
		});
	const body = bodyAt(sentAtMs);
	const sign = (secret: string, payload: string) => createHmac('sha256', secret).update(payload).digest('hex');
	const request = (payload: string, signature: string | undefined, headerTimestamp = sentAtMs): VectorRequest =>
		withHeaders(
			{
				method: 'POST',
				url: 'https://example.com/webhooks/linear',
				headers: { 'content-type': 'application/json; charset=utf-8', 'linear-delivery': '234d1a4e-b617-4388-90fe-adc3633d6b72', 'linear-event': 'Issue', 'linear-timestamp': String(headerTimestamp) },
				body: payload,
			},
			{ 'linear-signature': signature },
		);
	const signed = (payload: string, headerTimestamp?: number) => request(payload, sign(key, payload), headerTimestamp);
	const scheme = (description: string) => computed(`hex HMAC-SHA256 of the raw body with the signing secret; webhookTimestamp (ms) in the body; ${description}`, docs);
	const signature = sign(key, body);
	const now = NOW.toISOString();
	const noTimestamp = bodyAt(undefined);
	const tamperedBody = body.replace(`"webhookTimestamp": ${sentAtMs}`, `"webhookTimestamp": ${sentAtMs + 1}`);
	return [
		{ name: 'valid', key, request: signed(body), now, valid: true, origin: scheme('sent 12 s before now') },
		{ name: 'reserialized-body', key, request: request(reserialize(body), signature), now, valid: false, origin: scheme('body replaced by JSON.stringify(JSON.parse(body))') },
		{ name: 'wrong-key', key: hmacKey('linear-wrong'), request: signed(body), now, valid: false, origin: scheme('checked with another secret') },
		{ name: 'stale-timestamp', key, request: signed(bodyAt(NOW.getTime() - 61_000)), now, valid: false, origin: scheme('webhookTimestamp 61 s before now (the SDK allows 60 s)') },
		{ name: 'at-tolerance', key, request: signed(bodyAt(NOW.getTime() - 60_000)), now, valid: true, origin: scheme('webhookTimestamp exactly 60 s before now') },
		{ name: 'future-timestamp', key, request: signed(bodyAt(NOW.getTime() + 61_000)), now, valid: false, origin: scheme('webhookTimestamp 61 s after now') },
		{ name: 'missing-body-timestamp', key, request: signed(noTimestamp), now, valid: false, origin: scheme('signed body without webhookTimestamp; a fresh Linear-Timestamp header is not trusted instead') },
		{ name: 'tampered-body-timestamp', key, request: request(tamperedBody, signature), now, valid: false, origin: scheme('webhookTimestamp in the body changed by 1 ms, signature kept') },
		{ name: 'tampered-signature', key, request: request(body, flipLast(signature)), now, valid: false, origin: scheme('last hex digit changed') },
		{ name: 'prefixed-signature', key, request: request(body, `sha256=${signature}`), now, valid: false, origin: scheme('the right digest with a sha256= prefix, which Linear does not send') },
		{ name: 'wrong-length-signature', key, request: request(body, signature.slice(0, 63)), now, valid: false, origin: scheme('one hex digit short') },
		{ name: 'missing-header', key, request: request(body, undefined), now, valid: false, origin: scheme('no Linear-Signature header') },
		{ name: 'empty-body', key, request: request('', signature), now, valid: false, origin: scheme('body emptied') },
	];
}

// --- Notion ------------------------------------------------------------------------------------------

async function notionVectors(): Promise<WebhookVector[]> {
	const docs = 'https://developers.notion.com/reference/webhooks';
	const helper = `@notionhq/client@${version('@notionhq/client')} signWebhookPayload`;
	const key = `secret_${hmacKey('notion')}`;
	const body = jsonBody({
		id: '367cba44-b6f3-4c92-81e7-6a2e9659efd4',
		timestamp: '2026-06-01T11:59:48.000Z',
		workspace_id: '13950b26-c203-4f3b-b97d-93ec06319565',
		subscription_id: '29d75c0d-5546-4bd3-a0b7-3d4b8a3c2a61',
		integration_id: '0ef104cd-477e-4e2d-9c7c-2b5a8f9c1d11',
		type: 'page.created',
		attempt_number: 1,
		entity: { id: '153104cd-477e-809d-8dc4-ff2d96ae3090', type: 'page' },
		data: { parent: { id: '13950b26-c203-4f3b-b97d-93ec06319565', type: 'space' } },
	});
	const signature = await notionSign({ body, verificationToken: key });
	const request = (payload: string, header: string | undefined): VectorRequest =>
		withHeaders({ method: 'POST', url: 'https://example.com/webhooks/notion', headers: { 'content-type': 'application/json' }, body: payload }, { 'x-notion-signature': header });
	const sdk = (description: string): VectorOrigin => ({ kind: 'official-sdk', description: `${helper}; ${description}`, source: docs });
	const handshakeToken = `secret_${hmacKey('notion-handshake')}`;
	const handshake = JSON.stringify({ verification_token: handshakeToken });
	return [
		{ name: 'valid', key, request: request(body, signature), now: null, valid: true, origin: sdk('signed the event body') },
		{ name: 'verification-request', key: handshakeToken, request: request(handshake, await notionSign({ body: handshake, verificationToken: handshakeToken })), now: null, valid: true, origin: sdk('the one-time {"verification_token": …} request, signed with the token it carries (as the SDK README describes)') },
		{ name: 'reserialized-body', key, request: request(reserialize(body), signature), now: null, valid: false, origin: sdk('body replaced by JSON.stringify(JSON.parse(body))') },
		{ name: 'wrong-key', key: `secret_${hmacKey('notion-wrong')}`, request: request(body, signature), now: null, valid: false, origin: sdk('checked with another verification token') },
		{ name: 'tampered-body', key, request: request(body.replace('"attempt_number": 1', '"attempt_number": 2'), signature), now: null, valid: false, origin: sdk('attempt_number changed in the body, signature kept') },
		{ name: 'tampered-signature', key, request: request(body, flipLast(signature)), now: null, valid: false, origin: sdk('last hex digit changed') },
		{ name: 'missing-prefix', key, request: request(body, signature.slice('sha256='.length)), now: null, valid: false, origin: sdk('the right digest without its sha256= prefix') },
		{ name: 'wrong-length-signature', key, request: request(body, signature.slice(0, -1)), now: null, valid: false, origin: sdk('one hex digit short') },
		{ name: 'missing-header', key, request: request(body, undefined), now: null, valid: false, origin: sdk('no X-Notion-Signature header') },
		{ name: 'empty-body', key, request: request('', signature), now: null, valid: false, origin: sdk('body emptied') },
	];
}

// --- Airtable ----------------------------------------------------------------------------------------

function airtableVectors(): WebhookVector[] {
	const docs = 'https://airtable.com/developers/web/api/webhooks-overview';
	const secret = (label: string) => seedBytes(SEED, label).toString('base64');
	const key = secret('airtable');
	// The notification body in the form the docs show (a space after each colon), with test ids.
	const body = '{"base": {"id": "appTESTbase000001"},"webhook": {"id": "achTESThook000001"},"timestamp": "2026-06-01T11:59:48.000Z"}';
	const mac = (macSecretBase64: string, payload: string) =>
		'hmac-sha256=' + createHmac('sha256', Buffer.from(macSecretBase64, 'base64')).update(payload).digest('hex');
	const request = (payload: string, header: string | undefined): VectorRequest =>
		withHeaders({ method: 'POST', url: 'https://example.com/webhooks/airtable', headers: { 'content-type': 'application/json; charset=utf-8' }, body: payload }, { 'x-airtable-content-mac': header });
	const scheme = (description: string) => computed(`hmac-sha256= + hex HMAC-SHA256 of the body, keyed with the base64-decoded macSecretBase64 (a test secret); ${description}`, docs);
	const signature = mac(key, body);
	return [
		{ name: 'valid', key, request: request(body, signature), now: null, valid: true, origin: scheme('signed the notification body') },
		{ name: 'reserialized-body', key, request: request(reserialize(body), signature), now: null, valid: false, origin: scheme('body replaced by JSON.stringify(JSON.parse(body))') },
		{ name: 'wrong-key', key: secret('airtable-wrong'), request: request(body, signature), now: null, valid: false, origin: scheme('checked with another MAC secret') },
		{ name: 'secret-not-decoded', key, request: request(body, 'hmac-sha256=' + createHmac('sha256', key).update(body).digest('hex')), now: null, valid: false, origin: scheme('MAC computed with the base64 text of the secret instead of its bytes, a common mistake') },
		{ name: 'tampered-body', key, request: request(body.replace('achTESThook000001', 'achTESThook000002'), signature), now: null, valid: false, origin: scheme('webhook id changed in the body, MAC kept') },
		{ name: 'tampered-signature', key, request: request(body, flipLast(signature)), now: null, valid: false, origin: scheme('last hex digit changed') },
		{ name: 'base64-digest', key, request: request(body, 'hmac-sha256=' + createHmac('sha256', Buffer.from(key, 'base64')).update(body).digest('base64')), now: null, valid: false, origin: scheme('the right MAC in base64 instead of hex') },
		{ name: 'missing-prefix', key, request: request(body, signature.slice('hmac-sha256='.length)), now: null, valid: false, origin: scheme('the right hex digest without its hmac-sha256= prefix') },
		{ name: 'wrong-length-signature', key, request: request(body, signature.slice(0, -1)), now: null, valid: false, origin: scheme('one hex digit short') },
		{ name: 'missing-header', key, request: request(body, undefined), now: null, valid: false, origin: scheme('no X-Airtable-Content-MAC header') },
		{ name: 'empty-body', key, request: request('', signature), now: null, valid: false, origin: scheme('body emptied') },
	];
}

// --- Zendesk -----------------------------------------------------------------------------------------

function zendeskVectors(): WebhookVector[] {
	const docs = 'https://developer.zendesk.com/documentation/webhooks/verifying/';
	const key = hmacKey('zendesk');
	// The static secret Zendesk signs builder test requests with (documented on the same page).
	const testSecret = 'dGhpc19zZWNyZXRfaXNfZm9yX3Rlc3Rpbmdfb25seQ==';
	const timestamp = iso(NOW_SECONDS - DELAY).replace('.000Z', 'Z');
	const body = jsonBody({ type: 'zen:event-type:ticket.created', id: '01JTESTEVENT0000000000000', time: timestamp, zendesk_event_version: '2022-11-06', detail: { id: '35436', subject: 'Test ticket' } });
	const sign = (secret: string, at: string, payload: string) => createHmac('sha256', secret).update(at + payload).digest('base64');
	const request = (payload: string, headers: Record<string, string | undefined>, method = 'POST'): VectorRequest =>
		withHeaders(
			{ method, url: 'https://example.com/webhooks/zendesk', headers: payload === '' ? {} : { 'content-type': 'application/json; charset=utf-8' }, body: payload },
			{ 'x-zendesk-webhook-signature': sign(key, timestamp, payload), 'x-zendesk-webhook-signature-timestamp': timestamp, ...headers },
		);
	const scheme = (description: string) => computed(`base64 HMAC-SHA256 of timestamp + raw body with the signing secret; ${description}`, docs);
	const signature = sign(key, timestamp, body);
	return [
		{ name: 'valid', key, request: request(body, {}), now: null, valid: true, origin: scheme('signed a POST body') },
		{ name: 'test-request-static-secret', key: testSecret, request: request(body, { 'x-zendesk-webhook-signature': sign(testSecret, timestamp, body) }), now: null, valid: true, origin: scheme("signed with Zendesk's static test-request secret, used verbatim as the key") },
		{ name: 'get-without-body', key, request: request('', {}, 'GET'), now: null, valid: true, origin: scheme('a GET webhook: no body, the timestamp alone is signed') },
		{ name: 'reserialized-body', key, request: request(reserialize(body), { 'x-zendesk-webhook-signature': signature }), now: null, valid: false, origin: scheme('body replaced by JSON.stringify(JSON.parse(body))') },
		{ name: 'wrong-key', key: hmacKey('zendesk-wrong'), request: request(body, {}), now: null, valid: false, origin: scheme('checked with another secret') },
		{ name: 'body-then-timestamp', key, request: request(body, { 'x-zendesk-webhook-signature': createHmac('sha256', key).update(body + timestamp).digest('base64') }), now: null, valid: false, origin: scheme('signed body + timestamp, the order one stored copy of the docs showed; the page says timestamp + body') },
		{ name: 'tampered-timestamp', key, request: request(body, { 'x-zendesk-webhook-signature': signature, 'x-zendesk-webhook-signature-timestamp': iso(NOW_SECONDS).replace('.000Z', 'Z') }), now: null, valid: false, origin: scheme('timestamp header changed, signature kept') },
		{ name: 'tampered-signature', key, request: request(body, { 'x-zendesk-webhook-signature': flipMiddle(signature) }), now: null, valid: false, origin: scheme('a base64 character in the middle changed') },
		{ name: 'hex-digest', key, request: request(body, { 'x-zendesk-webhook-signature': createHmac('sha256', key).update(timestamp + body).digest('hex') }), now: null, valid: false, origin: scheme('the right HMAC in hex instead of base64') },
		{ name: 'missing-timestamp', key, request: request(body, { 'x-zendesk-webhook-signature-timestamp': undefined }), now: null, valid: false, origin: scheme('no X-Zendesk-Webhook-Signature-Timestamp header') },
		{ name: 'missing-signature', key, request: request(body, { 'x-zendesk-webhook-signature': undefined }), now: null, valid: false, origin: scheme('no X-Zendesk-Webhook-Signature header') },
		{ name: 'empty-body', key, request: { ...request(body, {}), body: '' }, now: null, valid: false, origin: scheme('POST with the body emptied, signature of the full body kept') },
	];
}

// --- Files -------------------------------------------------------------------------------------------

const SCHEMES: Record<(typeof WEBHOOK_RECIPE_PROVIDERS)[number], { scheme: string; source: string }> = {
	discord: { scheme: 'Ed25519 signature (hex, X-Signature-Ed25519) of X-Signature-Timestamp + raw body; verify with the application public key (hex); no documented replay window.', source: 'https://docs.discord.com/developers/interactions/overview' },
	github: { scheme: 'X-Hub-Signature-256: sha256= + hex HMAC-SHA256 of the raw body with the webhook secret; no timestamp.', source: 'https://docs.github.com/en/webhooks/using-webhooks/validating-webhook-deliveries' },
	hubspot: { scheme: 'X-HubSpot-Signature-v3: base64 HMAC-SHA256 with the client secret of method + URI + raw body + X-HubSpot-Request-Timestamp (ms); older than 5 minutes is refused.', source: 'https://developers.hubspot.com/docs/apps/developer-platform/build-apps/authentication/request-validation' },
	openai: { scheme: 'Standard Webhooks: webhook-signature holds space-separated v1,<base64 HMAC-SHA256> of webhook-id.webhook-timestamp.raw body, keyed with the base64-decoded whsec_ secret; 300 s tolerance either way.', source: 'https://developers.openai.com/api/docs/guides/webhooks' },
	paypal: { scheme: 'PAYPAL-TRANSMISSION-SIG: base64 SHA256withRSA signature of transmission id|transmission time|webhook ID|CRC32(raw body) in decimal, verified with the certificate from PAYPAL-CERT-URL; no documented replay window.', source: 'https://developer.paypal.com/api/rest/webhooks/rest/' },
	sendgrid: { scheme: 'X-Twilio-Email-Event-Webhook-Signature: base64 DER ECDSA P-256/SHA-256 signature of X-Twilio-Email-Event-Webhook-Timestamp + raw body; verify with the base64 DER public key; no documented replay window.', source: 'https://www.twilio.com/docs/sendgrid/for-developers/tracking-events/getting-started-event-webhook-security-features' },
	shopify: { scheme: 'X-Shopify-Hmac-Sha256: base64 HMAC-SHA256 of the raw body with the app client secret; no timestamp.', source: 'https://shopify.dev/docs/apps/build/webhooks/verify-deliveries' },
	slack: { scheme: 'X-Slack-Signature: v0= + hex HMAC-SHA256 with the signing secret of v0:X-Slack-Request-Timestamp:raw body; more than 5 minutes from now is refused.', source: 'https://docs.slack.dev/authentication/verifying-requests-from-slack' },
	stripe: { scheme: 'Stripe-Signature: t=<unix s>,v1=<hex HMAC-SHA256 of t.raw body with the whsec_ secret> (one v1 per active secret); older than 300 s is refused.', source: 'https://docs.stripe.com/webhooks/signature' },
	twilio: { scheme: 'X-Twilio-Signature: base64 HMAC-SHA1 with the auth token of the full URL + POST parameters sorted by name (name + value); JSON bodies: the URL carries bodySHA256 of the raw body; no timestamp.', source: 'https://www.twilio.com/docs/usage/webhooks/webhooks-security' },
	square: { scheme: 'x-square-hmacsha256-signature: base64 HMAC-SHA256 with the subscription signature key of the notification URL immediately followed by the raw body; no timestamp.', source: 'https://developer.squareup.com/docs/webhooks/step3validate' },
	zoom: { scheme: 'x-zm-signature: v0= + hex HMAC-SHA256 with the app Secret Token of v0:x-zm-request-timestamp:raw body; no documented replay window.', source: 'https://developers.zoom.us/docs/api/webhooks/' },
	intercom: { scheme: 'X-Hub-Signature: sha1= + hex HMAC-SHA1 of the raw body with the app secret (client secret; hub_secret in the v1.0 docs); no timestamp.', source: 'https://developers.intercom.com/intercom-api-reference/v1.0/reference/signed-notifications' },
	jira: { scheme: 'X-Hub-Signature: sha256= + hex HMAC-SHA256 of the raw body with the admin webhook secret; no timestamp.', source: 'https://developer.atlassian.com/cloud/jira/platform/webhooks/' },
	cloudflare: { scheme: 'Stream webhooks: Webhook-Signature time=<unix s>,sig1=<hex HMAC-SHA256 of time.raw body with the Stream webhook secret>; Cloudflare names no replay window.', source: 'https://developers.cloudflare.com/stream/manage-video-library/using-webhooks/' },
	adyen: { scheme: 'Base64 HMAC-SHA256 with the hex-decoded HMAC key: Standard webhooks sign pspReference:originalReference:merchantAccountCode:merchantReference:value:currency:eventCode:success per item (additionalData.hmacSignature); Balance Platform and Management webhooks sign the raw body (HmacSignature header); no timestamp.', source: 'https://docs.adyen.com/development-resources/webhooks/secure-webhooks/verify-hmac-signatures' },
	plaid: { scheme: 'Plaid-Verification: ES256 JWT (kid in its header; fetch that JWK with /webhook_verification_key/get) whose payload has iat and request_body_sha256 (hex SHA-256 of the raw body); iat older than 5 minutes is refused.', source: 'https://plaid.com/docs/api/webhooks/webhook-verification/' },
	anthropic: { scheme: 'Standard Webhooks: webhook-signature holds space-separated v1,<base64 HMAC-SHA256> of webhook-id.webhook-timestamp.raw body, keyed with the base64-decoded whsec_ signing key; 300 s tolerance either way (the standardwebhooks library the SDKs verify with).', source: 'https://platform.claude.com/docs/en/api/typescript/beta/webhooks/unwrap' },
	gemini: { scheme: 'Standard Webhooks (static webhooks): webhook-signature holds space-separated v1,<base64 HMAC-SHA256> of webhook-id.webhook-timestamp.raw body, keyed with the base64-decoded signing secret; 300 s tolerance either way (the standardwebhooks library Google\'s cookbook verifies with).', source: 'https://ai.google.dev/gemini-api/docs/webhooks' },
	resend: { scheme: 'Svix (Standard Webhooks): svix-signature holds space-separated v1,<base64 HMAC-SHA256> of svix-id.svix-timestamp.raw body, keyed with the base64-decoded whsec_ signing secret; 300 s tolerance either way (Svix\'s libraries).', source: 'https://resend.com/docs/webhooks/verify-webhooks-requests' },
	linear: { scheme: 'Linear-Signature: bare hex HMAC-SHA256 of the raw body with the signing secret; the signed body\'s webhookTimestamp (Unix ms) must be within 60 s of now, either way (the official SDK\'s check).', source: 'https://linear.app/developers/webhooks' },
	notion: { scheme: 'X-Notion-Signature: sha256= + hex HMAC-SHA256 of the raw body with the subscription\'s verification_token; no timestamp.', source: 'https://developers.notion.com/reference/webhooks' },
	airtable: { scheme: 'X-Airtable-Content-MAC: hmac-sha256= + hex HMAC-SHA256 of the notification body, keyed with the base64-decoded macSecretBase64; no timestamp.', source: 'https://airtable.com/developers/web/api/webhooks-overview' },
	zendesk: { scheme: 'X-Zendesk-Webhook-Signature: base64 HMAC-SHA256 with the signing secret of X-Zendesk-Webhook-Signature-Timestamp + raw body (no body for GET and DELETE); no documented replay window.', source: 'https://developer.zendesk.com/documentation/webhooks/verifying/' },
};

function readPrevious(provider: string): WebhookVectorFile | undefined {
	const path = vectorFilePath(provider);
	return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as WebhookVectorFile) : undefined;
}

async function vectorsFor(provider: (typeof WEBHOOK_RECIPE_PROVIDERS)[number]): Promise<WebhookVector[]> {
	switch (provider) {
		case 'discord': return discordVectors();
		case 'github': return githubVectors();
		case 'hubspot': return hubspotVectors();
		case 'openai': return openaiVectors();
		case 'paypal': return paypalVectors();
		case 'sendgrid': return sendgridVectors(readPrevious(provider));
		case 'shopify': return shopifyVectors();
		case 'slack': return slackVectors();
		case 'stripe': return stripeVectors();
		case 'twilio': return twilioVectors();
		case 'square': return squareVectors();
		case 'zoom': return zoomVectors();
		case 'intercom': return intercomVectors();
		case 'jira': return jiraVectors();
		case 'cloudflare': return cloudflareVectors();
		case 'adyen': return adyenVectors();
		case 'plaid': return plaidVectors(readPrevious(provider));
		case 'anthropic': return anthropicVectors();
		case 'gemini': return geminiVectors();
		case 'resend': return resendVectors();
		case 'linear': return linearVectors();
		case 'notion': return notionVectors();
		case 'airtable': return airtableVectors();
		case 'zendesk': return zendeskVectors();
	}
}

mkdirSync('content/webhooks/vectors', { recursive: true });
for (const provider of WEBHOOK_RECIPE_PROVIDERS) {
	const file: WebhookVectorFile = {
		provider,
		...SCHEMES[provider],
		module: recipePath(provider),
		generatedBy: 'scripts/webhook-vectors.ts',
		vectors: await vectorsFor(provider),
	};
	writeFileSync(vectorFilePath(provider), `${JSON.stringify(file, null, '\t')}\n`);
	console.log(`${vectorFilePath(provider)}: ${file.vectors.length} vectors`);
}
