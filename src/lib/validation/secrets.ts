/**
 * Finds credential-shaped strings in text: a provider file must never carry a real key, token or
 * private key, only obvious placeholders (`sk_test_...`, `AKIAIOSFODNN7EXAMPLE`, `ghp_xxxx…`).
 * Findings name the kind of secret and show only its first characters, never the whole value.
 */

/** One credential-shaped string found in a text. */
export interface SecretFinding {
	/** 1-based line of the match. */
	line: number;
	/** What it looks like: "Stripe live secret key". */
	kind: string;
	/** The start of the match followed by "…": enough to find it, never the whole secret. */
	preview: string;
}

interface SecretPattern {
	kind: string;
	/** A global regex; when it has a capture group, group 1 is the secret and the rest is context. */
	pattern: RegExp;
	/** Characters of the secret shown in the preview. */
	shown: number;
	/** Extra condition on the secret, beyond not being a placeholder. */
	accept?: (secret: string) => boolean;
}

/** A private key block's body holds at least this many base64 characters; "..." placeholders hold none. */
const MIN_PRIVATE_KEY_BODY = 64;

/** Every kind of credential the check knows, most specific first. */
const SECRET_PATTERNS: readonly SecretPattern[] = [
	{ kind: 'Stripe live secret key', pattern: /\b[sr]k_live_[A-Za-z0-9]{24,}/g, shown: 8 },
	{ kind: 'AWS access key id', pattern: /\b(?:AKIA|ASIA)[A-Z0-9]{16}\b/g, shown: 4 },
	{ kind: 'GitHub token', pattern: /\bgh[opsur]_[A-Za-z0-9]{36,}/g, shown: 4 },
	{ kind: 'GitHub fine-grained token', pattern: /\bgithub_pat_[A-Za-z0-9_]{40,}/g, shown: 11 },
	{ kind: 'Slack token', pattern: /\bxox[abposr]-\d{5,}-[A-Za-z0-9-]{8,}/g, shown: 5 },
	{ kind: 'OpenAI API key', pattern: /\bsk-(?:proj|svcacct|admin)-[A-Za-z0-9_-]{32,}/g, shown: 8 },
	{ kind: 'OpenAI API key', pattern: /\bsk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}\b/g, shown: 3 },
	{ kind: 'SendGrid API key', pattern: /\bSG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}/g, shown: 3 },
	{ kind: 'Twilio API key SID', pattern: /\bSK[0-9a-f]{32}\b/g, shown: 2 },
	{ kind: 'Twilio account SID', pattern: /\bAC[0-9a-f]{32}\b/g, shown: 2 },
	{
		kind: 'Twilio auth token',
		// 32 hex characters right after a name that says it is an auth token or API secret.
		pattern: /(?:auth[_-]?token|api[_-]?secret)["'`]?\s*[:=,(]\s*["'`]?([0-9a-f]{32})\b/gi,
		shown: 0,
	},
	{
		kind: 'private key',
		pattern: /-----BEGIN ((?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?)-----([\s\S]*?)(?:-----END|$)/g,
		shown: 0,
		accept: (body) => (body.match(/[A-Za-z0-9+/=]/g) ?? []).length >= MIN_PRIVATE_KEY_BODY,
	},
];

/** Words that mark a value as an example, not a credential. */
const PLACEHOLDER_WORDS = /example|x{4}|your|placeholder|redacted|dummy|sample|fake|0{6}|123456|abcdef/i;

/**
 * Whether a credential-shaped value is an obvious placeholder: it says so ("EXAMPLE", "xxxx", "your"),
 * counts up ("123456", "abcdef"), or repeats a handful of characters ("AKIA0000000000000000").
 */
export function isPlaceholder(value: string): boolean {
	const body = value.replace(/^(?:[sr]k_live_|AKIA|ASIA|gh[opsur]_|github_pat_|xox[abposr]-|sk-(?:proj|svcacct|admin)-|SG\.|SK|AC)/, '');
	if (PLACEHOLDER_WORDS.test(body)) return true;
	return new Set(body.replace(/[^A-Za-z0-9]/g, '')).size <= 4;
}

/** 1-based line number of a character offset. */
function lineAt(text: string, offset: number): number {
	let line = 1;
	for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) line++;
	return line;
}

/** Every credential-shaped string in `text` that is not an obvious placeholder, in order of appearance. */
export function findSecrets(text: string): SecretFinding[] {
	const findings: (SecretFinding & { offset: number })[] = [];
	const taken = new Set<number>();
	for (const { kind, pattern, shown, accept } of SECRET_PATTERNS) {
		for (const match of text.matchAll(pattern)) {
			const isBlock = kind === 'private key';
			const secret = isBlock ? match[2]! : (match[1] ?? match[0]);
			const offset = isBlock ? match.index : match.index + match[0].indexOf(secret);
			if (taken.has(offset)) continue;
			if (accept ? !accept(secret) : isPlaceholder(secret)) continue;
			taken.add(offset);
			const preview = isBlock ? `-----BEGIN ${match[1]}-----` : `${secret.slice(0, shown)}…`;
			findings.push({ line: lineAt(text, offset), kind, preview, offset });
		}
	}
	return findings.sort((a, b) => a.offset - b.offset).map(({ offset: _offset, ...finding }) => finding);
}

/** One problem line per finding, in the content check's format: `<file>:<line>: <kind> (<preview>) …`. */
export function formatSecretFindings(file: string, findings: readonly SecretFinding[]): string[] {
	return findings.map(
		({ line, kind, preview }) =>
			`${file}:${line}: expected no credentials, found what looks like a real ${kind} (${preview}); use an obvious placeholder such as "xxxx" or "EXAMPLE"`
	);
}
