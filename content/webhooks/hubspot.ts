/**
 * HubSpot: verify the `X-HubSpot-Signature-v3` header of a webhook or app request.
 * Scheme: https://developers.hubspot.com/docs/apps/developer-platform/build-apps/authentication/request-validation
 * and https://developers.hubspot.com/changelog/introducing-version-3-of-webhook-signatures
 * The header is the base64 HMAC-SHA256, keyed with the app's client secret, over the UTF-8 string
 * method + full request URI + raw body + `X-HubSpot-Request-Timestamp` (Unix milliseconds).
 * Requests whose timestamp is older than 5 minutes are refused. The older v1/v2 signatures that HubSpot
 * still sends carry no timestamp (replayable), so this recipe does not accept them.
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

/** Maximum age of a request, in milliseconds (the official SDK's MAX_ALLOWED_TIMESTAMP). */
export const TOLERANCE_MS = 300_000;

/**
 * Whether the request carries a valid HubSpot v3 signature. `request.url` must be the URI exactly as
 * HubSpot called it (scheme, host, path and query string).
 * `key`: the app's client secret, or several while you rotate them. Never throws.
 */
export async function verifyWebhook(
	request: WebhookRequest,
	key: string | readonly string[],
	options: VerifyOptions = {},
): Promise<boolean> {
	const signature = request.headers['x-hubspot-signature-v3'];
	const timestamp = request.headers['x-hubspot-request-timestamp'];
	if (!signature || !/^[A-Za-z0-9+/]{43}=$/.test(signature)) return false;
	if (!timestamp || !/^\d+$/.test(timestamp) || request.body === '') return false;

	const nowMs = (options.now ?? new Date()).getTime();
	if (nowMs - Number(timestamp) > TOLERANCE_MS) return false;

	const signed = request.method.toUpperCase() + request.url + request.body + timestamp;
	const secrets = typeof key === 'string' ? [key] : key;
	for (const secret of secrets) {
		if (!secret) continue;
		const expected = createHmac('sha256', secret).update(signed, 'utf8').digest('base64');
		if (equalInConstantTime(signature, expected)) return true;
	}
	return false;
}

function equalInConstantTime(a: string, b: string): boolean {
	const left = Buffer.from(a);
	const right = Buffer.from(b);
	return left.length === right.length && timingSafeEqual(left, right);
}
