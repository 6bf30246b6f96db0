/**
 * Cloudflare Stream: verify the `Webhook-Signature` header of a video webhook.
 * Scheme: https://developers.cloudflare.com/stream/manage-video-library/using-webhooks/ (Verify webhook
 * authenticity). The header is `time=<unix seconds>,sig1=<hex>`; `sig1` is the HMAC-SHA256, keyed with the
 * webhook `secret` the Stream API returned (its text), of `<time>.<raw body>`, every byte unaltered.
 * Cloudflare says to discard requests whose `time` is too old for your application but names no window,
 * so none is enforced unless you pass `options.maxAgeSeconds`. (Cloudflare Notifications webhooks are not
 * signed: they carry your secret verbatim in `cf-webhook-auth`; compare that header in constant time.)
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
	/** The time to check `maxAgeSeconds` against (default: now). */
	now?: Date;
	/** Your own limit on the age of `time`, in seconds (Cloudflare documents none; default: no limit). */
	maxAgeSeconds?: number;
}

/**
 * Whether the request carries a valid Stream signature.
 * `key`: the Stream webhook secret, or several while you replace it. Never throws.
 */
export async function verifyWebhook(
	request: WebhookRequest,
	key: string | readonly string[],
	options: VerifyOptions = {},
): Promise<boolean> {
	const header = request.headers['webhook-signature'];
	if (!header || request.body === '') return false;

	let time: string | undefined;
	let signature: string | undefined;
	for (const item of header.split(',')) {
		const [name, value = ''] = item.trim().split('=', 2);
		if (name === 'time' && /^\d+$/.test(value)) time = value;
		if (name === 'sig1' && /^[0-9a-f]{64}$/.test(value)) signature = value;
	}
	if (time === undefined || signature === undefined) return false;

	if (options.maxAgeSeconds !== undefined) {
		const nowSeconds = Math.floor((options.now ?? new Date()).getTime() / 1000);
		if (nowSeconds - Number(time) > options.maxAgeSeconds) return false;
	}

	const secrets = typeof key === 'string' ? [key] : key;
	for (const secret of secrets) {
		if (!secret) continue;
		const expected = createHmac('sha256', secret).update(`${time}.${request.body}`, 'utf8').digest('hex');
		if (equalInConstantTime(signature, expected)) return true;
	}
	return false;
}

function equalInConstantTime(a: string, b: string): boolean {
	const left = Buffer.from(a);
	const right = Buffer.from(b);
	return left.length === right.length && timingSafeEqual(left, right);
}
