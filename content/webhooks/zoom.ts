/**
 * Zoom: verify the `x-zm-signature` header of a webhook event, and answer URL validation.
 * Scheme: https://developers.zoom.us/docs/api/webhooks/ (Verify webhook events), as implemented by Zoom's
 * official samples (github.com/zoom/webhook-sample index.js, @zoom/rivet `isEventVerified`). The header is
 * `v0=` + hex HMAC-SHA256, keyed with the app's webhook Secret Token, of `v0:<x-zm-request-timestamp>:<body>`.
 * Zoom's samples hash `JSON.stringify(req.body)`, which equals the raw body only while Zoom sends compact
 * JSON; this recipe hashes the raw body, the bytes Zoom actually sent. Zoom documents no replay window, so
 * none is enforced: the timestamp is signed (it cannot be changed) but an old delivery still verifies.
 * Deduplicate on the payload's `event_ts` and content if replays matter to you.
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
	/** Unused: Zoom documents no replay window. Accepted so every recipe takes the same options. */
	now?: Date;
}

/**
 * Whether the request carries a valid Zoom signature.
 * `key`: the app's webhook Secret Token, or several while you regenerate it. Never throws.
 */
export async function verifyWebhook(
	request: WebhookRequest,
	key: string | readonly string[],
	_options: VerifyOptions = {},
): Promise<boolean> {
	const header = request.headers['x-zm-signature'];
	const timestamp = request.headers['x-zm-request-timestamp'];
	if (!header?.startsWith('v0=') || !timestamp || !/^\d+$/.test(timestamp) || request.body === '') return false;
	const signature = header.slice(3);

	const secrets = typeof key === 'string' ? [key] : key;
	for (const secret of secrets) {
		if (!secret) continue;
		const expected = createHmac('sha256', secret).update(`v0:${timestamp}:${request.body}`, 'utf8').digest('hex');
		if (equalInConstantTime(signature, expected)) return true;
	}
	return false;
}

/**
 * The JSON to answer an `endpoint.url_validation` event with (status 200), once `verifyWebhook` accepted
 * it: `{ plainToken, encryptedToken }`, the token's hex HMAC-SHA256 with the Secret Token. Returns
 * undefined for any other body.
 */
export function urlValidationResponse(body: string, secret: string): { plainToken: string; encryptedToken: string } | undefined {
	try {
		const event = JSON.parse(body) as { event?: unknown; payload?: { plainToken?: unknown } };
		const plainToken = event.payload?.plainToken;
		if (event.event !== 'endpoint.url_validation' || typeof plainToken !== 'string' || !secret) return undefined;
		return { plainToken, encryptedToken: createHmac('sha256', secret).update(plainToken).digest('hex') };
	} catch {
		return undefined;
	}
}

function equalInConstantTime(a: string, b: string): boolean {
	const left = Buffer.from(a);
	const right = Buffer.from(b);
	return left.length === right.length && timingSafeEqual(left, right);
}
