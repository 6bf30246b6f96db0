/**
 * Twilio: verify the `X-Twilio-Signature` header of a webhook (SMS, voice, status callbacks).
 * Scheme: https://www.twilio.com/docs/usage/webhooks/webhooks-security (and twilio-node's webhooks.ts).
 * The header is the base64 HMAC-SHA1, keyed with the account's Auth Token, over the full URL Twilio
 * requested followed by every POST parameter name and value, sorted by name. A JSON body is not
 * signed as parameters: the URL carries `bodySHA256` (hex SHA-256 of the raw body), which must match.
 * Like the SDK, the URL is tried as received, with and without the default port. Twilio signs no timestamp.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

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
	/** Unused: Twilio signs no timestamp. Accepted so every recipe takes the same options. */
	now?: Date;
}

/**
 * Whether the request carries a valid Twilio signature. `request.url` must be the URL exactly as
 * Twilio requested it (a proxy that changes scheme, host or port breaks this: rebuild it).
 * `key`: the Auth Token, or several while you rotate them. Never throws.
 */
export async function verifyWebhook(
	request: WebhookRequest,
	key: string | readonly string[],
	_options: VerifyOptions = {},
): Promise<boolean> {
	const signature = request.headers['x-twilio-signature'];
	if (!signature || !/^[A-Za-z0-9+/]{27}=$/.test(signature)) return false;
	const bodyHash = queryParameter(request.url, 'bodySHA256');
	// GET callbacks carry their parameters in the URL; every POST has a body.
	if (request.body === '' && request.method.toUpperCase() !== 'GET') return false;

	let parameters = '';
	if (bodyHash !== undefined) {
		const actual = createHash('sha256').update(request.body, 'utf8').digest('hex');
		if (!equalInConstantTime(bodyHash, actual)) return false;
	} else if (request.body !== '') {
		parameters = sortedParameters(request.body);
	}

	const secrets = typeof key === 'string' ? [key] : key;
	for (const secret of secrets) {
		if (!secret) continue;
		for (const url of withAndWithoutPort(request.url)) {
			const expected = createHmac('sha1', secret).update(url + parameters, 'utf8').digest('base64');
			if (equalInConstantTime(signature, expected)) return true;
		}
	}
	return false;
}

/** Each form parameter's name followed by its value, sorted by name (repeated values sorted too). */
function sortedParameters(body: string): string {
	const values = new Map<string, Set<string>>();
	for (const [name, value] of new URLSearchParams(body)) {
		values.set(name, (values.get(name) ?? new Set()).add(value));
	}
	return [...values.keys()]
		.sort()
		.map((name) => [...values.get(name)!].sort().map((value) => name + value).join(''))
		.join('');
}

function queryParameter(url: string, name: string): string | undefined {
	const query = url.indexOf('?');
	if (query === -1) return undefined;
	return new URLSearchParams(url.slice(query + 1).split('#')[0]).get(name) ?? undefined;
}

/** The URL as received, then without its port or with the scheme's default port added. */
function withAndWithoutPort(url: string): string[] {
	const match = /^([a-z][a-z0-9+.-]*:\/\/)([^/?#@]*@)?(\[[^\]]*\]|[^/?#:]*)(:\d+)?(.*)$/i.exec(url);
	if (!match) return [url];
	const [, scheme, userInfo = '', host, port, rest] = match;
	const defaultPort = scheme.toLowerCase() === 'https://' ? ':443' : ':80';
	return [url, scheme + userInfo + host + rest, scheme + userInfo + host + (port ?? defaultPort) + rest];
}

function equalInConstantTime(a: string, b: string): boolean {
	const left = Buffer.from(a);
	const right = Buffer.from(b);
	return left.length === right.length && timingSafeEqual(left, right);
}
