/**
 * Resend: verify a webhook delivery (sent through Svix, in the Standard Webhooks scheme).
 * Scheme: https://resend.com/docs/webhooks/verify-webhooks-requests (headers `svix-id`, `svix-timestamp`,
 * `svix-signature`; verify the raw body) and https://docs.svix.com/receiving/verifying-payloads/how-manual.
 * `svix-signature` holds space-separated `v1,<base64>` values; each is HMAC-SHA256 over
 * `<svix-id>.<svix-timestamp>.<raw body>`, keyed with the base64-decoded part of the `whsec_…` signing
 * secret. Timestamps more than 300 s from now (either way) are refused, as Svix's libraries do
 * (https://docs.svix.com/receiving/verifying-payloads/why).
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

/** An HTTP request exactly as your server received it. */
export interface WebhookRequest {
	method: string;
	/** The full URL the provider called. */
	url: string;
	/** Header names in lower case. */
	headers: Readonly<Record<string, string | undefined>>;
	/** The raw body, byte for byte as received (never re-serialized JSON). */
	body: string;
}

export interface VerifyOptions {
	/** The time to check the timestamp against (default: now). */
	now?: Date;
}

/** Maximum distance between the delivery timestamp and now, in seconds. */
export const TOLERANCE_SECONDS = 300;

/**
 * Whether the request carries a valid signature.
 * `key`: the webhook's signing secret (`whsec_…`, on its details page), or several while you rotate
 * them. Never throws.
 */
export async function verifyWebhook(
	request: WebhookRequest,
	key: string | readonly string[],
	options: VerifyOptions = {},
): Promise<boolean> {
	const id = request.headers['svix-id'];
	const timestamp = request.headers['svix-timestamp'];
	const header = request.headers['svix-signature'];
	if (!id || !timestamp || !/^\d+$/.test(timestamp) || !header || request.body === '') return false;

	const nowSeconds = Math.floor((options.now ?? new Date()).getTime() / 1000);
	if (Math.abs(nowSeconds - Number(timestamp)) > TOLERANCE_SECONDS) return false;

	const signatures = header
		.split(' ')
		.filter((entry) => entry.startsWith('v1,'))
		.map((entry) => entry.slice(3));
	if (signatures.length === 0) return false;

	const secrets = typeof key === 'string' ? [key] : key;
	for (const secret of secrets) {
		const hmacKey = Buffer.from(secret.startsWith('whsec_') ? secret.slice(6) : secret, 'base64');
		if (hmacKey.length === 0) continue;
		const expected = createHmac('sha256', hmacKey).update(`${id}.${timestamp}.${request.body}`, 'utf8').digest('base64');
		if (signatures.some((signature) => equalInConstantTime(signature, expected))) return true;
	}
	return false;
}

function equalInConstantTime(a: string, b: string): boolean {
	const left = Buffer.from(a);
	const right = Buffer.from(b);
	return left.length === right.length && timingSafeEqual(left, right);
}
