/**
 * Stripe: verify the `Stripe-Signature` header of a webhook delivery.
 * Scheme: https://docs.stripe.com/webhooks/signature (and stripe-node's Webhooks.ts).
 * The header is `t=<unix seconds>,v1=<hex>[,v1=<hex>…]`; each `v1` is HMAC-SHA256, keyed with the
 * endpoint's signing secret (`whsec_…`, used as-is), over `<t>.<raw body>`. While you roll a secret,
 * Stripe sends one `v1` per active secret. Deliveries older than 300 s (the SDKs' default) are refused.
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

/** Maximum age of a delivery, in seconds (stripe-node's DEFAULT_TOLERANCE). */
export const TOLERANCE_SECONDS = 300;

/**
 * Whether the request carries a valid Stripe signature.
 * `key`: the endpoint's signing secret, or several while you rotate them. Never throws.
 */
export async function verifyWebhook(
	request: WebhookRequest,
	key: string | readonly string[],
	options: VerifyOptions = {},
): Promise<boolean> {
	const header = request.headers['stripe-signature'];
	if (!header || request.body === '') return false;

	let timestamp: number | undefined;
	const signatures: string[] = [];
	for (const item of header.split(',')) {
		const [name, value] = splitOnce(item.trim(), '=');
		if (name === 't' && /^\d+$/.test(value)) timestamp = Number(value);
		if (name === 'v1' && /^[0-9a-f]{64}$/.test(value)) signatures.push(value);
	}
	if (timestamp === undefined || signatures.length === 0) return false;

	const nowSeconds = Math.floor((options.now ?? new Date()).getTime() / 1000);
	if (nowSeconds - timestamp > TOLERANCE_SECONDS) return false;

	const secrets = typeof key === 'string' ? [key] : key;
	for (const secret of secrets) {
		if (!secret) continue;
		const expected = createHmac('sha256', secret).update(`${timestamp}.${request.body}`, 'utf8').digest('hex');
		if (signatures.some((signature) => equalInConstantTime(signature, expected))) return true;
	}
	return false;
}

function splitOnce(text: string, separator: string): [string, string] {
	const at = text.indexOf(separator);
	return at === -1 ? [text, ''] : [text.slice(0, at), text.slice(at + 1)];
}

function equalInConstantTime(a: string, b: string): boolean {
	const left = Buffer.from(a);
	const right = Buffer.from(b);
	return left.length === right.length && timingSafeEqual(left, right);
}
