/**
 * Adyen: verify the HMAC signature of a webhook, in either of Adyen's two schemes.
 * Scheme: https://docs.adyen.com/development-resources/webhooks/secure-webhooks/verify-hmac-signatures
 * (and adyen-node-api-library's src/utils/hmacValidator.ts). The key is the endpoint's HMAC key as the
 * Customer Area shows it, in hex: decode it to bytes. Signatures are base64 HMAC-SHA256.
 * - Standard webhooks (payments): no signature header; each `notificationItems[].NotificationRequestItem`
 *   carries `additionalData.hmacSignature`, signed over
 *   `pspReference:originalReference:merchantAccountCode:merchantReference:value:currency:eventCode:success`
 *   (a missing field is an empty string). The raw body is not signed, so re-serialized JSON still verifies;
 *   every item must verify.
 * - Balance Platform and Management webhooks: the `HmacSignature` header signs the raw body.
 * No timestamp is signed and no replay window is documented: deduplicate. While a new key propagates,
 * Adyen may still sign with the previous one: pass both.
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
	/** Unused: Adyen signs no timestamp. Accepted so every recipe takes the same options. */
	now?: Date;
}

/** The fields of a Standard webhook's NotificationRequestItem that the signature covers. */
interface NotificationRequestItem {
	pspReference?: unknown;
	originalReference?: unknown;
	merchantAccountCode?: unknown;
	merchantReference?: unknown;
	amount?: { value?: unknown; currency?: unknown };
	eventCode?: unknown;
	success?: unknown;
	additionalData?: { hmacSignature?: unknown };
}

/**
 * Whether the request carries a valid Adyen signature.
 * `key`: the webhook's HMAC key (hex), or several while you replace it. Never throws.
 */
export async function verifyWebhook(
	request: WebhookRequest,
	key: string | readonly string[],
	_options: VerifyOptions = {},
): Promise<boolean> {
	if (request.body === '') return false;
	const keys = (typeof key === 'string' ? [key] : key).filter((hex) => /^(?:[0-9a-fA-F]{2})+$/.test(hex)).map((hex) => Buffer.from(hex, 'hex'));
	if (keys.length === 0) return false;

	const header = request.headers['hmacsignature'];
	if (header !== undefined) return keys.some((hmacKey) => equalInConstantTime(header, sign(hmacKey, request.body)));

	const items = notificationItems(request.body);
	if (items.length === 0) return false;
	return items.every((item) => {
		const signature = item.additionalData?.hmacSignature;
		if (typeof signature !== 'string') return false;
		const signed = [item.pspReference, item.originalReference, item.merchantAccountCode, item.merchantReference, item.amount?.value, item.amount?.currency, item.eventCode, item.success]
			.map((field) => (field === undefined || field === null ? '' : String(field)))
			.join(':');
		return keys.some((hmacKey) => equalInConstantTime(signature, sign(hmacKey, signed)));
	});
}

/** The NotificationRequestItems of a Standard webhook body, or none if it is not one. */
function notificationItems(body: string): NotificationRequestItem[] {
	try {
		const parsed = JSON.parse(body) as { notificationItems?: unknown };
		if (!Array.isArray(parsed.notificationItems)) return [];
		const items = parsed.notificationItems.map((entry: { NotificationRequestItem?: NotificationRequestItem } | null) => entry?.NotificationRequestItem);
		return items.every((item) => typeof item === 'object' && item !== null) ? (items as NotificationRequestItem[]) : [];
	} catch {
		return [];
	}
}

function sign(hmacKey: Buffer, data: string): string {
	return createHmac('sha256', hmacKey).update(data, 'utf8').digest('base64');
}

function equalInConstantTime(a: string, b: string): boolean {
	const left = Buffer.from(a);
	const right = Buffer.from(b);
	return left.length === right.length && timingSafeEqual(left, right);
}
