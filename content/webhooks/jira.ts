/**
 * Jira Cloud: verify the `X-Hub-Signature` header of an admin webhook registered with a secret.
 * Scheme: https://developer.atlassian.com/cloud/jira/platform/webhooks/ (Secure admin webhooks) and, in
 * the same words for Jira Data Center, https://confluence.atlassian.com/adminjiraserver/managing-webhooks-938846912.html
 * The header is `<method>=<hex signature>` (the WebSub form), in practice `sha256=` + the hex
 * HMAC-SHA256 of the raw body, keyed with the secret set on the webhook. Only `sha256` is accepted.
 * No timestamp is signed and no replay window is documented: deliveries are retried, so deduplicate on
 * `X-Atlassian-Webhook-Identifier`. (Webhooks registered by OAuth 2.0 or Connect apps carry a JWT
 * instead; this recipe does not cover them.)
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
	/** Unused: Jira signs no timestamp. Accepted so every recipe takes the same options. */
	now?: Date;
}

/**
 * Whether the request carries a valid Jira signature.
 * `key`: the webhook's secret, or several while you replace it. Never throws.
 */
export async function verifyWebhook(
	request: WebhookRequest,
	key: string | readonly string[],
	_options: VerifyOptions = {},
): Promise<boolean> {
	const header = request.headers['x-hub-signature'];
	if (!header?.startsWith('sha256=') || request.body === '') return false;
	const signature = header.slice(7);

	const secrets = typeof key === 'string' ? [key] : key;
	for (const secret of secrets) {
		if (!secret) continue;
		const expected = createHmac('sha256', secret).update(request.body, 'utf8').digest('hex');
		if (equalInConstantTime(signature, expected)) return true;
	}
	return false;
}

function equalInConstantTime(a: string, b: string): boolean {
	const left = Buffer.from(a);
	const right = Buffer.from(b);
	return left.length === right.length && timingSafeEqual(left, right);
}
