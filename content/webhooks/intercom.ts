/**
 * Intercom: verify the `X-Hub-Signature` header of a webhook notification.
 * Scheme: https://developers.intercom.com/intercom-api-reference/v1.0/reference/signed-notifications
 * The header is `sha1=` + the 40-digit hex HMAC-SHA1 (RFC 2104) of the JSON notification, keyed with the
 * app's secret (the v1.0 docs call it the subscription's `hub_secret`; current apps sign with the app's
 * client secret from the Developer Hub's Basic Information page). Hash the raw body as received.
 * No timestamp is signed and no replay window is documented: deduplicate on the notification's `id`.
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
	/** Unused: Intercom signs no timestamp. Accepted so every recipe takes the same options. */
	now?: Date;
}

/**
 * Whether the request carries a valid Intercom signature.
 * `key`: the app's client secret, or several while you rotate it. Never throws.
 */
export async function verifyWebhook(
	request: WebhookRequest,
	key: string | readonly string[],
	_options: VerifyOptions = {},
): Promise<boolean> {
	const header = request.headers['x-hub-signature'];
	if (!header?.startsWith('sha1=') || request.body === '') return false;
	const signature = header.slice(5);

	const secrets = typeof key === 'string' ? [key] : key;
	for (const secret of secrets) {
		if (!secret) continue;
		const expected = createHmac('sha1', secret).update(request.body, 'utf8').digest('hex');
		if (equalInConstantTime(signature, expected)) return true;
	}
	return false;
}

function equalInConstantTime(a: string, b: string): boolean {
	const left = Buffer.from(a);
	const right = Buffer.from(b);
	return left.length === right.length && timingSafeEqual(left, right);
}
