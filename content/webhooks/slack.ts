/**
 * Slack: verify the `X-Slack-Signature` header of an Events API, slash command or interactivity request.
 * Scheme: https://docs.slack.dev/authentication/verifying-requests-from-slack (and the official
 * python-slack-sdk's SignatureVerifier). The header is `v0=` + the hex HMAC-SHA256, keyed with the app's
 * signing secret, over `v0:<X-Slack-Request-Timestamp>:<raw body>`. Requests more than five minutes from
 * local time (either way) are refused, as the SDK does.
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

/** Maximum distance between the request timestamp and now, in seconds. */
export const TOLERANCE_SECONDS = 300;

/**
 * Whether the request carries a valid Slack signature.
 * `key`: the app's signing secret, or several while you rotate them. Never throws.
 */
export async function verifyWebhook(
	request: WebhookRequest,
	key: string | readonly string[],
	options: VerifyOptions = {},
): Promise<boolean> {
	const signature = request.headers['x-slack-signature'];
	const timestamp = request.headers['x-slack-request-timestamp'];
	if (!signature || !/^v0=[0-9a-f]{64}$/.test(signature)) return false;
	if (!timestamp || !/^\d+$/.test(timestamp) || request.body === '') return false;

	const nowSeconds = Math.floor((options.now ?? new Date()).getTime() / 1000);
	if (Math.abs(nowSeconds - Number(timestamp)) > TOLERANCE_SECONDS) return false;

	const secrets = typeof key === 'string' ? [key] : key;
	for (const secret of secrets) {
		if (!secret) continue;
		const digest = createHmac('sha256', secret).update(`v0:${timestamp}:${request.body}`, 'utf8').digest('hex');
		if (equalInConstantTime(signature, `v0=${digest}`)) return true;
	}
	return false;
}

function equalInConstantTime(a: string, b: string): boolean {
	const left = Buffer.from(a);
	const right = Buffer.from(b);
	return left.length === right.length && timingSafeEqual(left, right);
}
