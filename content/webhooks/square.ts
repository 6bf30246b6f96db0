/**
 * Square: verify the `x-square-hmacsha256-signature` header of a webhook event notification.
 * Scheme: https://developer.squareup.com/docs/webhooks/step3validate (and square-nodejs-sdk's
 * src/wrapper/WebhooksHelper.ts). The header is the base64 HMAC-SHA256, keyed with the subscription's
 * signature key (its text, as the Developer Console shows it), of the notification URL immediately
 * followed by the raw body: `<notification URL><raw body>`, no separator. The URL must be the one set on
 * the subscription, byte for byte. No timestamp is signed and Square documents no replay window: skip
 * repeated `event_id`s instead. (The legacy `x-square-signature` HMAC-SHA1 header is not accepted.)
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
	/**
	 * The notification URL exactly as set on the subscription (default: `request.url`). Pass it when a
	 * proxy changes the URL your server sees (http:// instead of https://, another host or port).
	 */
	notificationUrl?: string;
	/** Unused: Square signs no timestamp. Accepted so every recipe takes the same options. */
	now?: Date;
}

/**
 * Whether the request carries a valid Square signature.
 * `key`: the subscription's signature key, or several while you replace one. Never throws.
 */
export async function verifyWebhook(
	request: WebhookRequest,
	key: string | readonly string[],
	options: VerifyOptions = {},
): Promise<boolean> {
	const signature = request.headers['x-square-hmacsha256-signature'];
	const notificationUrl = options.notificationUrl ?? request.url;
	if (!signature || !notificationUrl || request.body === '') return false;

	const keys = typeof key === 'string' ? [key] : key;
	for (const signatureKey of keys) {
		if (!signatureKey) continue;
		const expected = createHmac('sha256', signatureKey).update(notificationUrl + request.body, 'utf8').digest('base64');
		if (equalInConstantTime(signature, expected)) return true;
	}
	return false;
}

function equalInConstantTime(a: string, b: string): boolean {
	const left = Buffer.from(a);
	const right = Buffer.from(b);
	return left.length === right.length && timingSafeEqual(left, right);
}
