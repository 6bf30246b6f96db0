/**
 * Linear: verify the `Linear-Signature` header of a webhook delivery.
 * Scheme: https://linear.app/developers/webhooks and the official SDK's `LinearWebhookClient.verify`
 * (@linear/sdk, packages/sdk/src/webhooks/client.ts).
 * The header is the bare lowercase hex HMAC-SHA256 of the raw body, keyed with the webhook's signing
 * secret as-is (no `sha256=` prefix). The freshness check reads `webhookTimestamp` (Unix milliseconds)
 * from the signed body, never from a header: a delivery without it, or more than 60 s from now (either
 * way), is refused, as the SDK does.
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
	/** The time to check `webhookTimestamp` against (default: now). */
	now?: Date;
}

/** Maximum distance between the body's `webhookTimestamp` and now, in milliseconds (the SDK's check). */
export const TOLERANCE_MS = 60_000;

/**
 * Whether the request carries a valid Linear signature and a fresh `webhookTimestamp`.
 * `key`: the webhook's signing secret, or several while you replace one (Linear's `webhookRotateSecret`
 * invalidates the old secret at once). Never throws.
 */
export async function verifyWebhook(
	request: WebhookRequest,
	key: string | readonly string[],
	options: VerifyOptions = {},
): Promise<boolean> {
	const signature = request.headers['linear-signature'];
	if (!signature || !/^[0-9a-f]{64}$/.test(signature) || request.body === '') return false;

	const secrets = typeof key === 'string' ? [key] : key;
	const signed = secrets.some((secret) => {
		if (!secret) return false;
		const expected = createHmac('sha256', secret).update(request.body, 'utf8').digest('hex');
		return equalInConstantTime(signature, expected);
	});
	if (!signed) return false;

	const timestamp = webhookTimestamp(request.body);
	if (timestamp === undefined) return false;
	const now = (options.now ?? new Date()).getTime();
	return Math.abs(now - timestamp) <= TOLERANCE_MS;
}

/** The body's `webhookTimestamp`, if the body is a JSON object with a finite number there. */
function webhookTimestamp(body: string): number | undefined {
	try {
		const value: unknown = (JSON.parse(body) as { webhookTimestamp?: unknown } | null)?.webhookTimestamp;
		return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
	} catch {
		return undefined;
	}
}

function equalInConstantTime(a: string, b: string): boolean {
	const left = Buffer.from(a);
	const right = Buffer.from(b);
	return left.length === right.length && timingSafeEqual(left, right);
}
