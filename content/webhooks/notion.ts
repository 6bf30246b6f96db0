/**
 * Notion: verify the `X-Notion-Signature` header of a webhook delivery.
 * Scheme: https://developers.notion.com/reference/webhooks and the official SDK's
 * `verifyWebhookSignature` (@notionhq/client, src/webhooks.ts).
 * The header is `sha256=` + the hex HMAC-SHA256 of the raw body, keyed with the subscription's
 * `verification_token` (UTF-8). The one-time verification request, `{"verification_token": "…"}`, is
 * signed with that same token. Notion signs no timestamp and documents no replay window: deduplicate
 * on the event `id`.
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
	/** Unused: Notion's signature covers no timestamp. Accepted so every recipe takes the same options. */
	now?: Date;
}

/**
 * Whether the request carries a valid Notion signature.
 * `key`: the subscription's `verification_token`, or several (one per subscription that may call this
 * endpoint). Never throws.
 */
export async function verifyWebhook(
	request: WebhookRequest,
	key: string | readonly string[],
	_options: VerifyOptions = {},
): Promise<boolean> {
	const header = request.headers['x-notion-signature'];
	if (!header?.startsWith('sha256=') || request.body === '') return false;
	// The SDK accepts the hex digits in either case.
	const signature = header.slice('sha256='.length).toLowerCase();
	if (!/^[0-9a-f]{64}$/.test(signature)) return false;

	const tokens = typeof key === 'string' ? [key] : key;
	return tokens.some((token) => {
		if (!token) return false;
		const expected = createHmac('sha256', token).update(request.body, 'utf8').digest('hex');
		return equalInConstantTime(signature, expected);
	});
}

function equalInConstantTime(a: string, b: string): boolean {
	const left = Buffer.from(a);
	const right = Buffer.from(b);
	return left.length === right.length && timingSafeEqual(left, right);
}
