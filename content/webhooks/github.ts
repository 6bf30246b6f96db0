/**
 * GitHub: verify the `X-Hub-Signature-256` header of a webhook delivery.
 * Scheme: https://docs.github.com/en/webhooks/using-webhooks/validating-webhook-deliveries
 * The header is `sha256=` + the hex HMAC-SHA256 of the raw body, keyed with the webhook's secret.
 * The legacy SHA-1 `X-Hub-Signature` is ignored. GitHub signs no timestamp: deduplicate on
 * `X-GitHub-Delivery` instead.
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
	/** Unused: GitHub signs no timestamp. Accepted so every recipe takes the same options. */
	now?: Date;
}

/**
 * Whether the request carries a valid GitHub signature.
 * `key`: the webhook's secret, or several while you rotate them. Never throws.
 */
export async function verifyWebhook(
	request: WebhookRequest,
	key: string | readonly string[],
	_options: VerifyOptions = {},
): Promise<boolean> {
	const header = request.headers['x-hub-signature-256'];
	if (!header || !/^sha256=[0-9a-f]{64}$/.test(header) || request.body === '') return false;

	const secrets = typeof key === 'string' ? [key] : key;
	for (const secret of secrets) {
		if (!secret) continue;
		const expected = 'sha256=' + createHmac('sha256', secret).update(request.body, 'utf8').digest('hex');
		if (equalInConstantTime(header, expected)) return true;
	}
	return false;
}

function equalInConstantTime(a: string, b: string): boolean {
	const left = Buffer.from(a);
	const right = Buffer.from(b);
	return left.length === right.length && timingSafeEqual(left, right);
}
