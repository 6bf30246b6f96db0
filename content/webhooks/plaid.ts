/**
 * Plaid: verify the `Plaid-Verification` JWT of a webhook, with the key Plaid's API gives you.
 * Scheme: https://plaid.com/docs/api/webhooks/webhook-verification/ — the header is a JWT (compact JWS,
 * base64url) signed with ES256 (ECDSA P-256, SHA-256). Its header names the key (`kid`); its payload holds
 * `iat` and `request_body_sha256`, the hex SHA-256 of the raw body (whitespace matters: Plaid indents its
 * JSON with 2 spaces). Reject any `alg` but ES256, and tokens issued more than 5 minutes ago.
 *
 * This module does no network I/O: read the `kid` with `plaidKeyId`, fetch the JWK for it yourself with
 * `POST /webhook_verification_key/get` (`client_id`, `secret`, `key_id`) in the environment that sent the
 * webhook, cache it by `kid`, and pass the response's `key` as `options.jwk`. A key whose `expired_at`
 * is set is refused, as Plaid's sample does.
 */
import { createHash, createPublicKey, timingSafeEqual, verify } from 'node:crypto';

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

/** The `key` object `/webhook_verification_key/get` returns: an EC P-256 public JWK. */
export interface PlaidJwk {
	kty?: unknown;
	crv?: unknown;
	x?: unknown;
	y?: unknown;
	kid?: unknown;
	alg?: unknown;
	expired_at?: unknown;
	[field: string]: unknown;
}

export interface VerifyOptions {
	/** The JWK fetched for the JWT's `kid` (required), as an object or its JSON text. */
	jwk: PlaidJwk | string;
	/** The time to check `iat` against (default: now). */
	now?: Date;
}

/** Maximum age of the JWT's `iat`, in seconds (Plaid's docs and sample: 5 minutes). */
export const MAX_TOKEN_AGE_SECONDS = 300;

/** The `kid` in the JWT's header, to fetch the key with (nothing is verified yet), or undefined. */
export function plaidKeyId(header: string | undefined): string | undefined {
	const kid = parseJwt(header)?.header.kid;
	return typeof kid === 'string' && kid !== '' ? kid : undefined;
}

/**
 * Whether the request carries a valid Plaid signature.
 * `key`: the key ID (`kid`) you fetched `options.jwk` for, or several. Never throws.
 */
export async function verifyWebhook(
	request: WebhookRequest,
	key: string | readonly string[],
	options: VerifyOptions,
): Promise<boolean> {
	try {
		const jwt = parseJwt(request.headers['plaid-verification']);
		const jwk: PlaidJwk | undefined = typeof options?.jwk === 'string' ? JSON.parse(options.jwk) : options?.jwk;
		if (!jwt || !jwk || request.body === '') return false;

		const kids = typeof key === 'string' ? [key] : key;
		const { header, payload } = jwt;
		if (header.alg !== 'ES256' || typeof header.kid !== 'string' || !kids.includes(header.kid)) return false;
		if ((jwk.kid !== undefined && jwk.kid !== header.kid) || jwk.kty !== 'EC' || jwk.crv !== 'P-256') return false;
		if (jwk.expired_at !== undefined && jwk.expired_at !== null) return false;

		const publicKey = createPublicKey({ key: { kty: 'EC', crv: 'P-256', x: String(jwk.x), y: String(jwk.y) }, format: 'jwk' });
		const signature = Buffer.from(jwt.signature, 'base64url');
		if (signature.length !== 64) return false;
		if (!verify('sha256', Buffer.from(jwt.signingInput), { key: publicKey, dsaEncoding: 'ieee-p1363' }, signature)) return false;

		const nowSeconds = Math.floor((options.now ?? new Date()).getTime() / 1000);
		const age = nowSeconds - Number(payload.iat);
		if (typeof payload.iat !== 'number' || age > MAX_TOKEN_AGE_SECONDS || age < 0) return false;
		if (typeof payload.exp === 'number' && nowSeconds >= payload.exp) return false;

		const claimed = payload.request_body_sha256;
		const actual = createHash('sha256').update(request.body, 'utf8').digest('hex');
		return typeof claimed === 'string' && equalInConstantTime(claimed, actual);
	} catch {
		return false;
	}
}

interface ParsedJwt {
	header: Record<string, unknown>;
	payload: Record<string, unknown>;
	signature: string;
	signingInput: string;
}

/** A compact JWS split into its parts, or undefined if it is not one. */
function parseJwt(token: string | undefined): ParsedJwt | undefined {
	const parts = token?.split('.');
	if (!parts || parts.length !== 3 || parts.some((part) => !/^[A-Za-z0-9_-]+$/.test(part))) return undefined;
	try {
		const decode = (part: string): unknown => JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
		const [header, payload] = [decode(parts[0]), decode(parts[1])];
		const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
		if (!isObject(header) || !isObject(payload)) return undefined;
		return { header, payload, signature: parts[2], signingInput: `${parts[0]}.${parts[1]}` };
	} catch {
		return undefined;
	}
}

function equalInConstantTime(a: string, b: string): boolean {
	const left = Buffer.from(a);
	const right = Buffer.from(b);
	return left.length === right.length && timingSafeEqual(left, right);
}
