/**
 * Airtable: verify the `X-Airtable-Content-MAC` header of a webhook notification (the "ping").
 * Scheme: https://airtable.com/developers/web/api/webhooks-overview
 * The header is `hmac-sha256=` + the hex HMAC-SHA256 of the request body, keyed with the bytes of the
 * webhook's `macSecretBase64` (from the create-webhook response) after base64-decoding; the secret's
 * base64 text itself is not the key. Hash the raw body as received: Airtable does not say it
 * guarantees anything else, and re-serializing can change the bytes. Airtable signs no timestamp and
 * documents no replay window: the ping carries no change data, so fetch payloads from your stored
 * cursor and deduplicate there.
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
	/** Unused: Airtable's MAC covers no timestamp. Accepted so every recipe takes the same options. */
	now?: Date;
}

/**
 * Whether the request carries a valid Airtable MAC.
 * `key`: the webhook's `macSecretBase64`, as returned, or several (one per webhook that calls this
 * endpoint). Never throws.
 */
export async function verifyWebhook(
	request: WebhookRequest,
	key: string | readonly string[],
	_options: VerifyOptions = {},
): Promise<boolean> {
	const header = request.headers['x-airtable-content-mac'];
	if (!header?.startsWith('hmac-sha256=') || request.body === '') return false;
	const mac = header.slice('hmac-sha256='.length);
	if (!/^[0-9a-f]{64}$/.test(mac)) return false;

	const secrets = typeof key === 'string' ? [key] : key;
	return secrets.some((secret) => {
		const macKey = Buffer.from(secret, 'base64');
		if (macKey.length === 0) return false;
		const expected = createHmac('sha256', macKey).update(request.body, 'utf8').digest('hex');
		return equalInConstantTime(mac, expected);
	});
}

function equalInConstantTime(a: string, b: string): boolean {
	const left = Buffer.from(a);
	const right = Buffer.from(b);
	return left.length === right.length && timingSafeEqual(left, right);
}
