import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkProviderFolder } from '../../../src/lib/validation/providerFiles';
import { findSecrets, formatSecretFindings, isPlaceholder } from '../../../src/lib/validation/secrets';

/**
 * Credential-shaped values are assembled at run time from a fixed pseudo-random sequence, so no
 * secret-looking string is committed (secret scanners would flag the repository itself).
 */
function randomChars(alphabet: string, length: number, seed: number): string {
	// mulberry32: a tiny seeded generator, so every run tests the same values.
	let state = seed;
	let out = '';
	for (let index = 0; index < length; index++) {
		state = (state + 0x6d2b79f5) | 0;
		let t = Math.imul(state ^ (state >>> 15), 1 | state);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		out += alphabet[Math.floor((((t ^ (t >>> 14)) >>> 0) / 2 ** 32) * alphabet.length)];
	}
	return out;
}
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const HEX = '0123456789abcdef';
const B64 = `${ALNUM}+/`;
const join_ = (...parts: string[]) => parts.join('');

/** One realistic-looking value per kind of credential, with the kind the check must name. */
const SECRETS: [kind: string, value: string][] = [
	['Stripe live secret key', join_('sk_', 'live_', randomChars(ALNUM, 24, 1))],
	['Stripe live secret key', join_('rk_', 'live_', randomChars(ALNUM, 99, 2))],
	['AWS access key id', join_('AK', 'IA', randomChars(UPPER, 16, 3))],
	['AWS access key id', join_('AS', 'IA', randomChars(UPPER, 16, 4))],
	['GitHub token', join_('gh', 'p_', randomChars(ALNUM, 36, 5))],
	['GitHub token', join_('gh', 'o_', randomChars(ALNUM, 36, 6))],
	['GitHub token', join_('gh', 's_', randomChars(ALNUM, 36, 7))],
	['GitHub fine-grained token', join_('github_', 'pat_', randomChars(ALNUM, 22, 8), '_', randomChars(ALNUM, 59, 9))],
	['Slack token', join_('xo', 'xb-', randomChars('0123456789', 12, 10), '-', randomChars('0123456789', 13, 11), '-', randomChars(ALNUM, 24, 12))],
	['Slack token', join_('xo', 'xp-', randomChars('0123456789', 12, 13), '-', randomChars('0123456789', 13, 14), '-', randomChars(ALNUM, 32, 15))],
	['Twilio API key SID', join_('S', 'K', randomChars(HEX, 32, 16))],
	['Twilio account SID', join_('A', 'C', randomChars(HEX, 32, 17))],
	['OpenAI API key', join_('sk-', 'proj-', randomChars(`${ALNUM}_-`, 120, 18))],
	['OpenAI API key', join_('sk-', randomChars(ALNUM, 20, 19), 'T3Blbk', 'FJ', randomChars(ALNUM, 20, 20))],
	['SendGrid API key', join_('S', 'G.', randomChars(ALNUM, 22, 21), '.', randomChars(ALNUM, 43, 22))],
];

describe('finding credential-shaped strings', () => {
	for (const [kind, value] of SECRETS) {
		it(`should catch ${kind} values (${value.slice(0, 6)}…) and never print one whole`, () => {
			const text = `intro\n\nconst client = new Client("${value}");\n`;
			const findings = findSecrets(text);
			expect(findings).toEqual([{ line: 3, kind, preview: expect.stringMatching(/…$/) }]);
			expect(value.startsWith(findings[0]!.preview.slice(0, -1))).toBe(true);
			expect(findings[0]!.preview.length).toBeLessThan(value.length / 2);
			expect(formatSecretFindings('x.md', findings).join('')).not.toContain(value);
		});
	}

	it('should catch a 32-hex Twilio auth token where a name says it is one, showing none of it', () => {
		const token = randomChars(HEX, 32, 23);
		const findings = findSecrets(`a\nTWILIO_AUTH_TOKEN=${token}\nauthToken: '${randomChars(HEX, 32, 24)}'\nchecksum ${randomChars(HEX, 32, 25)}`);
		expect(findings).toEqual([
			{ line: 2, kind: 'Twilio auth token', preview: '…' },
			{ line: 3, kind: 'Twilio auth token', preview: '…' },
		]);
	});

	it('should catch a private key block with a body, naming only its header', () => {
		const body = randomChars(B64, 64, 26).match(/.{1,64}/g)!.join('\n');
		const findings = findSecrets(`x\n\`\`\`\n-----BEGIN RSA PRIVATE KEY-----\n${body}\n${randomChars(B64, 40, 27)}\n-----END RSA PRIVATE KEY-----\n\`\`\``);
		expect(findings).toEqual([{ line: 3, kind: 'private key', preview: '-----BEGIN RSA PRIVATE KEY-----' }]);
		expect(findSecrets(`-----BEGIN OPENSSH PRIVATE KEY-----\n${body}`)).toHaveLength(1);
		expect(findSecrets(`-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n${body}\n-----END PGP PRIVATE KEY BLOCK-----`)).toHaveLength(1);
	});

	it('should allow every obvious placeholder in the placeholders fixture', async () => {
		const text = await readFile(new URL('../../fixtures/secrets/placeholders.md', import.meta.url), 'utf8');
		expect(findSecrets(text)).toEqual([]);
	});

	it('should tell placeholders from random values', () => {
		expect(isPlaceholder('AKIAIOSFODNN7EXAMPLE')).toBe(true);
		expect(isPlaceholder('sk_live_xxxxxxxxxxxxxxxxxxxxxxxx')).toBe(true);
		expect(isPlaceholder('AC00000000000000000000000000000000')).toBe(true);
		expect(isPlaceholder(join_('AK', 'IA', randomChars(UPPER, 16, 28)))).toBe(false);
	});

	it('should report every secret of a text with its line, in order', () => {
		const [, aws] = SECRETS[2]!;
		const [, stripe] = SECRETS[0]!;
		expect(findSecrets(`${aws}\n\n  ${stripe} and ${aws}`).map(({ line, kind }) => `${line} ${kind}`)).toEqual([
			'1 AWS access key id',
			'3 Stripe live secret key',
			'3 AWS access key id',
		]);
	});
});

describe('the content check', () => {
	it('should fail on a provider file holding a credential, naming file, line and kind', async () => {
		const folder = await mkdtemp(join(tmpdir(), 'secrets-'));
		try {
			const valid = await readFile(new URL('../../fixtures/providers/valid/example.md', import.meta.url), 'utf8');
			const stripe = SECRETS[0]![1];
			const withSecret = `${valid.trimEnd()}\n\n\`\`\`js\nconst stripe = new Stripe('${stripe}');\n\`\`\`\n`;
			await writeFile(join(folder, 'example.md'), withSecret);
			const { problems } = await checkProviderFolder(folder);
			const line = withSecret.split('\n').findIndex((text) => text.includes(stripe)) + 1;
			expect(problems).toHaveLength(1);
			expect(problems[0]).toMatch(new RegExp(`example\\.md:${line}: expected no credentials, found what looks like a real Stripe live secret key \\(sk_live_…\\)`));
			expect(problems[0]).not.toContain(stripe);
		} finally {
			await rm(folder, { recursive: true });
		}
	});

	it('should pass the valid fixture, which uses placeholders only', async () => {
		const { problems } = await checkProviderFolder(new URL('../../fixtures/providers/valid', import.meta.url).pathname);
		expect(problems).toEqual([]);
	});
});
