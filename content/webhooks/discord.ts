/**
 * Discord: verify the `X-Signature-Ed25519` header of an interaction or Webhook Event.
 * Scheme: https://docs.discord.com/developers/interactions/overview (and discord-interactions' verifyKey).
 * The header is the hex Ed25519 signature of `X-Signature-Timestamp` + raw body, made with the
 * application's key; you verify with its Public Key (hex) from the Developer Portal. Discord documents
 * no maximum timestamp age, so none is enforced here.
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
	/** Unused: Discord documents no replay window. Accepted so every recipe takes the same options. */
	now?: Date;
}

/** DER prefix of an Ed25519 SubjectPublicKeyInfo (RFC 8410); the 32 key bytes follow. */
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

/**
 * Whether the request carries a valid Discord signature.
 * `key`: the application's Public Key (64 hex characters), or several. Never throws.
 */
export async function verifyWebhook(
	request: WebhookRequest,
	key: string | readonly string[],
	_options: VerifyOptions = {},
): Promise<boolean> {
	const signature = request.headers['x-signature-ed25519'];
	const timestamp = request.headers['x-signature-timestamp'];
	if (!signature || !/^[0-9a-f]{128}$/i.test(signature)) return false;
	if (!timestamp || request.body === '') return false;

	const message = Buffer.from(timestamp + request.body, 'utf8');
	const publicKeys = typeof key === 'string' ? [key] : key;
	for (const publicKey of publicKeys) {
		if (!/^[0-9a-f]{64}$/i.test(publicKey)) continue;
		const spki = Buffer.concat([ED25519_SPKI_PREFIX, Buffer.from(publicKey, 'hex')]);
		try {
			const keyObject = createPublicKey({ key: spki, format: 'der', type: 'spki' });
			if (verify(null, message, keyObject, Buffer.from(signature, 'hex'))) return true;
		} catch {
			// Bytes that are not an Ed25519 public key: not valid.
		}
	}
	return false;
}
