/**
 * Zendesk: verify the `X-Zendesk-Webhook-Signature` header of a webhook request.
 * Scheme: https://developer.zendesk.com/documentation/webhooks/verifying/
 * The header is `base64(HMACSHA256(TIMESTAMP + BODY))`: the HMAC-SHA256, keyed with the webhook's
 * signing secret as-is, of the `X-Zendesk-Webhook-Signature-Timestamp` value followed directly by the
 * raw body. GET and DELETE webhooks send no body; the timestamp alone is then signed. Test requests
 * sent from the webhook builder before a webhook exists are signed with Zendesk's static test secret.
 * Zendesk documents no replay window, so none is enforced here; the timestamp is signed, so you may
 * add your own freshness check on it.
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
	/** Unused: Zendesk documents no replay window. Accepted so every recipe takes the same options. */
	now?: Date;
}

/** Methods whose webhook requests carry no body. */
const BODYLESS_METHODS = new Set(['GET', 'DELETE']);

/**
 * Whether the request carries a valid Zendesk signature.
 * `key`: the webhook's signing secret (Admin Center, or `GET /api/v2/webhooks/{id}/signing_secret`),
 * or several while you reset one. Never throws.
 */
export async function verifyWebhook(
	request: WebhookRequest,
	key: string | readonly string[],
	_options: VerifyOptions = {},
): Promise<boolean> {
	const signature = request.headers['x-zendesk-webhook-signature'];
	const timestamp = request.headers['x-zendesk-webhook-signature-timestamp'];
	if (!signature || !timestamp) return false;
	if (request.body === '' && !BODYLESS_METHODS.has(request.method.toUpperCase())) return false;

	const secrets = typeof key === 'string' ? [key] : key;
	return secrets.some((secret) => {
		if (!secret) return false;
		const expected = createHmac('sha256', secret).update(timestamp + request.body, 'utf8').digest('base64');
		return equalInConstantTime(signature, expected);
	});
}

function equalInConstantTime(a: string, b: string): boolean {
	const left = Buffer.from(a);
	const right = Buffer.from(b);
	return left.length === right.length && timingSafeEqual(left, right);
}
