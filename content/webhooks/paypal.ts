/**
 * PayPal: verify a webhook delivery yourself, with PayPal's certificate.
 * Scheme: https://developer.paypal.com/api/rest/webhooks/rest/ — `PAYPAL-TRANSMISSION-SIG` is the
 * base64 RSA signature (`PAYPAL-AUTH-ALGO`: `SHA256withRSA`) of
 * `<PAYPAL-TRANSMISSION-ID>|<PAYPAL-TRANSMISSION-TIME>|<webhook ID>|<CRC32 of the raw body, unsigned decimal>`,
 * made with the key of the X.509 certificate at `PAYPAL-CERT-URL`.
 *
 * This module does no network I/O: download the certificate from `PAYPAL-CERT-URL` yourself, only
 * after `isPayPalCertificateUrl` accepts the URL, cache it, and pass its PEM text as
 * `options.certificate`. The alternative is postback verification
 * (`POST /v1/notifications/verify-webhook-signature`), which needs no certificate.
 * PayPal documents no replay window; the certificate must be valid at `options.now`.
 */
import { X509Certificate, verify } from 'node:crypto';
import { crc32 } from 'node:zlib';

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
	/** PEM text of the certificate downloaded from `PAYPAL-CERT-URL` (required). */
	certificate: string;
	/** The time the certificate must be valid at (default: now). */
	now?: Date;
}

/**
 * Whether a `PAYPAL-CERT-URL` is safe to download: HTTPS on a paypal.com host. Checking this is our
 * precaution (anyone can send a certificate URL), not a rule quoted from PayPal's docs.
 */
export function isPayPalCertificateUrl(url: string): boolean {
	try {
		const parsed = new URL(url);
		return parsed.protocol === 'https:' && (parsed.hostname === 'paypal.com' || parsed.hostname.endsWith('.paypal.com'));
	} catch {
		return false;
	}
}

/**
 * Whether the request carries a valid PayPal signature.
 * `key`: the webhook ID shown for this listener in the developer dashboard (not a secret). Never throws.
 */
export async function verifyWebhook(
	request: WebhookRequest,
	key: string | readonly string[],
	options: VerifyOptions,
): Promise<boolean> {
	const id = request.headers['paypal-transmission-id'];
	const time = request.headers['paypal-transmission-time'];
	const signature = request.headers['paypal-transmission-sig'];
	const algorithm = request.headers['paypal-auth-algo'];
	if (!id || !time || !signature || !/^[A-Za-z0-9+/]+={0,2}$/.test(signature)) return false;
	if (algorithm !== 'SHA256withRSA' || request.body === '' || !options?.certificate) return false;

	let certificate: X509Certificate;
	try {
		certificate = new X509Certificate(options.certificate);
	} catch {
		return false;
	}
	const now = (options.now ?? new Date()).getTime();
	if (now < Date.parse(certificate.validFrom) || now > Date.parse(certificate.validTo)) return false;

	const checksum = crc32(Buffer.from(request.body, 'utf8')) >>> 0;
	const webhookIds = typeof key === 'string' ? [key] : key;
	for (const webhookId of webhookIds) {
		if (!webhookId) continue;
		const signed = Buffer.from(`${id}|${time}|${webhookId}|${checksum}`, 'utf8');
		try {
			if (verify('sha256', signed, certificate.publicKey, Buffer.from(signature, 'base64'))) return true;
		} catch {
			// A key or signature the RSA check cannot use: not valid.
		}
	}
	return false;
}
