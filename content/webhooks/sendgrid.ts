/**
 * SendGrid (Twilio SendGrid): verify a Signed Event Webhook delivery.
 * Scheme: https://www.twilio.com/docs/sendgrid/for-developers/tracking-events/getting-started-event-webhook-security-features
 * (and @sendgrid/eventwebhook). `X-Twilio-Email-Event-Webhook-Signature` holds the base64 ASN.1 DER
 * ECDSA (P-256, SHA-256) signature of `X-Twilio-Email-Event-Webhook-Timestamp` + raw body. SendGrid
 * documents no replay window, so none is enforced here: deduplicate on `sg_event_id`.
 */
import { createPublicKey, verify } from 'node:crypto';

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
	/** Unused: SendGrid documents no replay window. Accepted so every recipe takes the same options. */
	now?: Date;
}

/**
 * Whether the request carries a valid SendGrid signature.
 * `key`: the verification key as the Event Webhook settings show it (base64 DER, no PEM armour;
 * armoured PEM works too), or several. Never throws.
 */
export async function verifyWebhook(
	request: WebhookRequest,
	key: string | readonly string[],
	_options: VerifyOptions = {},
): Promise<boolean> {
	const signature = request.headers['x-twilio-email-event-webhook-signature'];
	const timestamp = request.headers['x-twilio-email-event-webhook-timestamp'];
	if (!signature || !/^[A-Za-z0-9+/]+={0,2}$/.test(signature)) return false;
	if (!timestamp || request.body === '') return false;

	const message = Buffer.from(timestamp + request.body, 'utf8');
	const publicKeys = typeof key === 'string' ? [key] : key;
	for (const publicKey of publicKeys) {
		const der = Buffer.from(publicKey.replace(/-----[A-Z ]+-----/g, '').replace(/\s+/g, ''), 'base64');
		try {
			const keyObject = createPublicKey({ key: der, format: 'der', type: 'spki' });
			if (keyObject.asymmetricKeyType !== 'ec') continue;
			if (verify('sha256', message, keyObject, Buffer.from(signature, 'base64'))) return true;
		} catch {
			// Not a public key, or a signature that is not DER: not valid.
		}
	}
	return false;
}
