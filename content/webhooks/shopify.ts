/**
 * Shopify: verify the `X-Shopify-Hmac-Sha256` header of an HTTPS webhook delivery.
 * Scheme: https://shopify.dev/docs/apps/build/webhooks/verify-deliveries
 * The header is the base64 HMAC-SHA256 of the raw body, keyed with the app's client secret.
 * Shopify documents no replay window: deduplicate on `X-Shopify-Webhook-Id`.
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
	/** Unused: Shopify signs no timestamp. Accepted so every recipe takes the same options. */
	now?: Date;
}

/**
 * Whether the request carries a valid Shopify signature.
 * `key`: the app's client secret, or several while you rotate them. Never throws.
 */
export async function verifyWebhook(
	request: WebhookRequest,
	key: string | readonly string[],
	_options: VerifyOptions = {},
): Promise<boolean> {
	const header = request.headers['x-shopify-hmac-sha256'];
	if (!header || !/^[A-Za-z0-9+/]{43}=$/.test(header) || request.body === '') return false;

	const secrets = typeof key === 'string' ? [key] : key;
	for (const secret of secrets) {
		if (!secret) continue;
		const expected = createHmac('sha256', secret).update(request.body, 'utf8').digest('base64');
		if (equalInConstantTime(header, expected)) return true;
	}
	return false;
}

function equalInConstantTime(a: string, b: string): boolean {
	const left = Buffer.from(a);
	const right = Buffer.from(b);
	return left.length === right.length && timingSafeEqual(left, right);
}
