/**
 * Every webhook recipe (content/webhooks/<provider>.ts) against every vector of its file, and, where the
 * provider ships an official verification function on npm, that function against the same vectors.
 */
import { readFileSync } from 'node:fs';
import { verify as octokitVerify } from '@octokit/webhooks-methods';
import { Signature as HubSpotSignature } from '@hubspot/api-client';
import { EventWebhook } from '@sendgrid/eventwebhook';
import { hmacValidator as AdyenHmacValidator } from '@adyen/api-library';
import { WebhooksHelper as SquareWebhooksHelper } from 'square';
import { verifyKey as discordVerifyKey } from 'discord-interactions';
import { Webhook as StandardWebhook } from 'standardwebhooks';
import { Webhook as SvixWebhook } from 'svix';
import { LinearWebhookClient } from '@linear/sdk/webhooks';
import { verifyWebhookSignature as notionVerify } from '@notionhq/client';
import Stripe from 'stripe';
import twilio from 'twilio';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as discord from '../../content/webhooks/discord';
import * as github from '../../content/webhooks/github';
import * as hubspot from '../../content/webhooks/hubspot';
import * as openai from '../../content/webhooks/openai';
import * as paypal from '../../content/webhooks/paypal';
import * as sendgrid from '../../content/webhooks/sendgrid';
import * as shopify from '../../content/webhooks/shopify';
import * as slack from '../../content/webhooks/slack';
import * as stripeRecipe from '../../content/webhooks/stripe';
import * as twilioRecipe from '../../content/webhooks/twilio';
import * as square from '../../content/webhooks/square';
import * as zoom from '../../content/webhooks/zoom';
import * as intercom from '../../content/webhooks/intercom';
import * as jira from '../../content/webhooks/jira';
import * as cloudflare from '../../content/webhooks/cloudflare';
import * as adyen from '../../content/webhooks/adyen';
import * as plaid from '../../content/webhooks/plaid';
import * as anthropic from '../../content/webhooks/anthropic';
import * as gemini from '../../content/webhooks/gemini';
import * as resend from '../../content/webhooks/resend';
import * as linear from '../../content/webhooks/linear';
import * as notion from '../../content/webhooks/notion';
import * as airtable from '../../content/webhooks/airtable';
import * as zendesk from '../../content/webhooks/zendesk';
import { OFFICIAL_HELPERS, WEBHOOK_RECIPE_PROVIDERS, recipePath, vectorFilePath } from '../../src/lib/webhooks/providers';
import type { WebhookVector, WebhookVectorFile } from '../../src/lib/webhooks/types';

type Verify = (vector: WebhookVector) => Promise<boolean>;

/**
 * A vector's clock and extra inputs as a recipe's `options`. PayPal's `certificate` and Plaid's `jwk` are ''
 * when a vector has none, so the recipe refuses the request (every other recipe ignores them).
 */
const optionsOf = (vector: WebhookVector) => ({ certificate: '', jwk: '', ...vector.options, ...(vector.now ? { now: new Date(vector.now) } : {}) });

/** Every recipe module, by provider. */
const MODULES: Record<(typeof WEBHOOK_RECIPE_PROVIDERS)[number], { verifyWebhook(request: WebhookVector['request'], key: string, options: ReturnType<typeof optionsOf>): Promise<boolean> }> = {
	discord,
	github,
	hubspot,
	openai,
	paypal,
	sendgrid,
	shopify,
	slack,
	stripe: stripeRecipe,
	twilio: twilioRecipe,
	square,
	zoom,
	intercom,
	jira,
	cloudflare,
	adyen,
	plaid,
	anthropic,
	gemini,
	resend,
	linear,
	notion,
	airtable,
	zendesk,
};

/** A provider's recipe on a vector. */
const runRecipe = (provider: (typeof WEBHOOK_RECIPE_PROVIDERS)[number], vector: WebhookVector) =>
	MODULES[provider].verifyWebhook(vector.request, vector.key, optionsOf(vector));

/** Runs an official helper that signals failure by throwing; any throw counts as "not valid". */
async function accepts(check: () => unknown): Promise<boolean> {
	try {
		return (await check()) !== false;
	} catch {
		return false;
	}
}

/** Runs `check` with the clock set to the vector's `now` (for helpers that read Date.now()). */
async function at<T>(now: string | null, check: () => Promise<T>): Promise<T> {
	if (now) {
		vi.useFakeTimers({ toFake: ['Date'] });
		vi.setSystemTime(new Date(now));
	}
	try {
		return await check();
	} finally {
		vi.useRealTimers();
	}
}

const stripe = new Stripe('sk_test_placeholder');
const sendgridHelper = new EventWebhook();

/** Form parameters as twilio.validateRequest takes them (a repeated name becomes an array). */
function formParameters(body: string): Record<string, string | string[]> {
	const parameters: Record<string, string | string[]> = {};
	for (const [name, value] of new URLSearchParams(body)) {
		const existing = parameters[name];
		parameters[name] = existing === undefined ? value : [...(Array.isArray(existing) ? existing : [existing]), value];
	}
	return parameters;
}

/** The providers' own verification functions, called as their docs show. */
const OFFICIAL: Partial<Record<(typeof WEBHOOK_RECIPE_PROVIDERS)[number], { name: string; verify: Verify }>> = {
	stripe: {
		name: 'stripe webhooks.constructEvent',
		verify: (v) =>
			accepts(() =>
				stripe.webhooks.constructEvent(v.request.body, v.request.headers['stripe-signature'] ?? '', v.key, 300, undefined, Date.parse(v.now!)),
			),
	},
	twilio: {
		name: 'twilio validateRequest / validateRequestWithBody',
		verify: (v) =>
			accepts(() => {
				const signature = v.request.headers['x-twilio-signature'] ?? '';
				if (v.request.method === 'POST' && v.request.body === '') return false; // validateRequest has no body to check
				return v.request.url.includes('bodySHA256')
					? twilio.validateRequestWithBody(v.key, signature, v.request.url, v.request.body)
					: twilio.validateRequest(v.key, signature, v.request.url, formParameters(v.request.body));
			}),
	},
	github: {
		name: '@octokit/webhooks-methods verify',
		verify: (v) => accepts(() => octokitVerify(v.key, v.request.body, v.request.headers['x-hub-signature-256'] ?? '')),
	},
	discord: {
		name: 'discord-interactions verifyKey',
		verify: (v) =>
			accepts(() => {
				const { headers, body } = v.request;
				if (!headers['x-signature-ed25519'] || !headers['x-signature-timestamp']) return false; // as its middleware does
				return discordVerifyKey(body, headers['x-signature-ed25519'], headers['x-signature-timestamp'], v.key);
			}),
	},
	sendgrid: {
		name: '@sendgrid/eventwebhook EventWebhook.verifySignature',
		verify: (v) =>
			accepts(() => {
				const { headers, body } = v.request;
				const signature = headers['x-twilio-email-event-webhook-signature'];
				const timestamp = headers['x-twilio-email-event-webhook-timestamp'];
				if (!signature || !timestamp || body === '') return false;
				return sendgridHelper.verifySignature(sendgridHelper.convertPublicKeyToECDSA(v.key), body, signature, timestamp);
			}),
	},
	openai: {
		name: 'standardwebhooks Webhook.verify',
		verify: (v) => at(v.now, () => accepts(() => new StandardWebhook(v.key).verify(v.request.body, v.request.headers))),
	},
	hubspot: {
		name: '@hubspot/api-client Signature.isValid (v3)',
		verify: (v) =>
			at(v.now, () =>
				accepts(() => {
					const { headers, body, url, method } = v.request;
					const signature = headers['x-hubspot-signature-v3'];
					const timestamp = headers['x-hubspot-request-timestamp'];
					if (!signature || !timestamp || body === '') return false;
					return HubSpotSignature.isValid({ signatureVersion: 'v3', signature, clientSecret: v.key, requestBody: body, url, method, timestamp: Number(timestamp) });
				}),
			),
	},
	square: {
		name: 'square WebhooksHelper.verifySignature',
		verify: (v) =>
			accepts(() => {
				const { headers, body, url } = v.request;
				const signatureHeader = headers['x-square-hmacsha256-signature'];
				if (!signatureHeader || body === '') return false;
				return SquareWebhooksHelper.verifySignature({ requestBody: body, signatureHeader, signatureKey: v.key, notificationUrl: url });
			}),
	},
	adyen: {
		name: '@adyen/api-library hmacValidator validateHMAC / validateHMACSignature',
		verify: (v) =>
			accepts(() => {
				const validator = new AdyenHmacValidator();
				const { headers, body } = v.request;
				if (body === '') return false;
				if (headers['hmacsignature'] !== undefined) return validator.validateHMACSignature(v.key, headers['hmacsignature'], body);
				const items = (JSON.parse(body) as { notificationItems: { NotificationRequestItem: Parameters<typeof validator.validateHMAC>[0] }[] }).notificationItems;
				return items.every((item) => validator.validateHMAC(item.NotificationRequestItem, v.key));
			}),
	},
	anthropic: {
		name: 'standardwebhooks Webhook.verify (what @anthropic-ai/sdk webhooks.unwrap calls)',
		verify: (v) => at(v.now, () => accepts(() => new StandardWebhook(v.key).verify(v.request.body, v.request.headers))),
	},
	gemini: {
		name: "standardwebhooks Webhook.verify (as Google's webhook cookbook calls it)",
		verify: (v) => at(v.now, () => accepts(() => new StandardWebhook(v.key).verify(v.request.body, v.request.headers))),
	},
	resend: {
		name: 'svix Webhook.verify',
		verify: (v) => at(v.now, () => accepts(() => new SvixWebhook(v.key).verify(v.request.body, v.request.headers))),
	},
	linear: {
		name: '@linear/sdk LinearWebhookClient.verify',
		verify: (v) => at(v.now, () => accepts(() => new LinearWebhookClient(v.key).verify(Buffer.from(v.request.body), v.request.headers['linear-signature'] ?? ''))),
	},
	notion: {
		name: '@notionhq/client verifyWebhookSignature',
		verify: (v) => accepts(() => notionVerify({ body: v.request.body, signature: v.request.headers['x-notion-signature'], verificationToken: v.key })),
	},
};

function readVectors(provider: string): WebhookVectorFile {
	return JSON.parse(readFileSync(vectorFilePath(provider), 'utf8')) as WebhookVectorFile;
}

afterEach(() => {
	vi.useRealTimers();
});

describe.each(WEBHOOK_RECIPE_PROVIDERS.map((provider) => [provider]))('%s webhook vectors', (provider) => {
	const file = readVectors(provider);

	it('names its provider and recipe, and has the required kinds of vector', () => {
		expect(file.provider).toBe(provider);
		expect(file.module).toBe(recipePath(provider));
		const names = file.vectors.map((vector) => vector.name);
		expect(new Set(names).size).toBe(names.length);
		expect(names).toEqual(expect.arrayContaining(['reserialized-body', 'wrong-key']));
		expect(file.vectors.some((vector) => vector.valid)).toBe(true);
		expect(names.some((name) => name.startsWith('tampered-'))).toBe(true);
		const timestamped = ['hubspot', 'openai', 'slack', 'stripe', 'plaid', 'anthropic', 'gemini', 'resend', 'linear'].includes(provider);
		expect(names.includes('stale-timestamp')).toBe(timestamped);
	});

	it.each(file.vectors.map((vector) => [vector.name, vector]))('recipe: %s', async (_name, vector) => {
		expect(await runRecipe(provider, vector)).toBe(vector.valid);
	});

	const official = OFFICIAL[provider];
	if (official) {
		it.each(file.vectors.map((vector) => [vector.name, vector]))(`${official.name} agrees: %s`, async (_name, vector) => {
			expect(await official.verify(vector)).toBe(vector.valid);
		});
	}
});

describe('webhook recipes beyond the vectors', () => {
	it('cross-check every official helper that the provider pages name', () => {
		expect(Object.keys(OFFICIAL).sort()).toEqual(Object.keys(OFFICIAL_HELPERS).sort());
		for (const [provider, helper] of Object.entries(OFFICIAL_HELPERS)) {
			expect(OFFICIAL[provider as keyof typeof OFFICIAL]!.name).toContain(helper.package);
		}
	});

	const stripeFile = readVectors('stripe');
	const stripeValid = stripeFile.vectors.find((vector) => vector.name === 'valid')!;

	it('accept a list of keys while a secret is rotated, and refuse when none matches', async () => {
		const now = new Date(stripeValid.now!);
		expect(await stripeRecipe.verifyWebhook(stripeValid.request, ['whsec_old', stripeValid.key], { now })).toBe(true);
		expect(await stripeRecipe.verifyWebhook(stripeValid.request, ['whsec_old', 'whsec_older'], { now })).toBe(false);
		expect(await stripeRecipe.verifyWebhook(stripeValid.request, [], { now })).toBe(false);
	});

	it('never throw on malformed input', async () => {
		const junk = { method: 'POST', url: 'not a url', headers: { 'stripe-signature': 't=x,v1=zz', 'x-hub-signature-256': 'sha256=', 'x-signature-ed25519': 'zz', 'x-signature-timestamp': '1', 'x-twilio-email-event-webhook-signature': '!!', 'x-twilio-email-event-webhook-timestamp': '1', 'paypal-transmission-sig': 'AAAA', 'paypal-transmission-id': '1', 'paypal-transmission-time': '1', 'paypal-auth-algo': 'SHA256withRSA', 'webhook-id': '1', 'webhook-timestamp': 'x', 'webhook-signature': 'v1,' }, body: '{' };
		for (const provider of WEBHOOK_RECIPE_PROVIDERS) {
			const vector = { name: 'junk', key: 'not-a-key', request: junk, now: null, valid: false, origin: stripeValid.origin, options: { certificate: 'not a certificate' } };
			await expect(runRecipe(provider, vector)).resolves.toBe(false);
		}
		await expect(paypal.verifyWebhook(junk, 'id', undefined as never)).resolves.toBe(false);
		await expect(sendgrid.verifyWebhook({ ...junk, headers: { 'x-twilio-email-event-webhook-signature': 'AAAA', 'x-twilio-email-event-webhook-timestamp': '1' } }, 'AAAA')).resolves.toBe(false);
	});

	it('PayPal accepts only https certificate URLs on paypal.com hosts', () => {
		expect(paypal.isPayPalCertificateUrl('https://api.paypal.com/v1/notifications/certs/CERT-1')).toBe(true);
		expect(paypal.isPayPalCertificateUrl('https://api.sandbox.paypal.com/v1/notifications/certs/CERT-1')).toBe(true);
		expect(paypal.isPayPalCertificateUrl('http://api.paypal.com/cert')).toBe(false);
		expect(paypal.isPayPalCertificateUrl('https://paypal.com.evil.example/cert')).toBe(false);
		expect(paypal.isPayPalCertificateUrl('https://evilpaypal.com/cert')).toBe(false);
		expect(paypal.isPayPalCertificateUrl('not a url')).toBe(false);
	});

	it('Square signs the subscription\'s notification URL: options.notificationUrl replaces the URL a proxy changed', async () => {
		const behindProxy = readVectors('square').vectors.find((vector) => vector.name === 'http-url-behind-proxy')!;
		expect(await square.verifyWebhook(behindProxy.request, behindProxy.key)).toBe(false);
		expect(await square.verifyWebhook(behindProxy.request, behindProxy.key, { notificationUrl: 'https://example.com/webhooks/square' })).toBe(true);
	});

	it('Zoom answers URL validation with the token\'s HMAC under the secret token, and nothing else', () => {
		const body = '{"payload":{"plainToken":"qgg8vlvZRS6UYooatFL8Aw"},"event_ts":1654503849680,"event":"endpoint.url_validation"}';
		// HMAC-SHA256("qgg8vlvZRS6UYooatFL8Aw") keyed with "secret", computed with openssl.
		expect(zoom.urlValidationResponse(body, 'secret')).toEqual({ plainToken: 'qgg8vlvZRS6UYooatFL8Aw', encryptedToken: '72cef096bfd47c0b8664df30d07721641e4abd7e885ba432204260db477a9a3e' });
		expect(zoom.urlValidationResponse('{"event":"meeting.started","payload":{}}', 'secret')).toBeUndefined();
		expect(zoom.urlValidationResponse('{', 'secret')).toBeUndefined();
	});

	it('Cloudflare Stream refuses an old time only when you set your own maxAgeSeconds', async () => {
		const dayOld = readVectors('cloudflare').vectors.find((vector) => vector.name === 'day-old-timestamp')!;
		const now = new Date(dayOld.now!);
		expect(await cloudflare.verifyWebhook(dayOld.request, dayOld.key, { now })).toBe(true);
		expect(await cloudflare.verifyWebhook(dayOld.request, dayOld.key, { now, maxAgeSeconds: 86_400 })).toBe(true);
		expect(await cloudflare.verifyWebhook(dayOld.request, dayOld.key, { now, maxAgeSeconds: 86_399 })).toBe(false);
	});

	it('Plaid: plaidKeyId reads the kid to fetch the JWK with, and the JWK may be passed as JSON text', async () => {
		const valid = readVectors('plaid').vectors.find((vector) => vector.name === 'valid')!;
		expect(plaid.plaidKeyId(valid.request.headers['plaid-verification'])).toBe('bfbd5111-8e33-4643-8ced-b2e642a72f3c');
		expect(plaid.plaidKeyId('not a jwt')).toBeUndefined();
		expect(plaid.plaidKeyId('bnVsbA.bnVsbA.AA')).toBeUndefined();
		const now = new Date(valid.now!);
		expect(await plaid.verifyWebhook(valid.request, valid.key, { jwk: JSON.stringify(valid.options!.jwk), now })).toBe(true);
		expect(await plaid.verifyWebhook(valid.request, valid.key, { jwk: '{', now })).toBe(false);
	});

	it('import nothing but node: built-ins, so each can be copied alone', () => {
		for (const provider of WEBHOOK_RECIPE_PROVIDERS) {
			const source = readFileSync(recipePath(provider), 'utf8');
			const imports = [...source.matchAll(/^import .* from '([^']+)';$/gm)].map((match) => match[1]);
			expect(imports.every((name) => name.startsWith('node:')), `${provider}: ${imports.join(', ')}`).toBe(true);
			expect(source).toMatch(/export async function verifyWebhook\(/);
		}
	});
});
