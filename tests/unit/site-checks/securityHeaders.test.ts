import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parseCsp } from '../../../scripts/lib/site-checks/htmlPage';

/** The headers `public/_headers` sets for one path pattern (Netlify and Cloudflare Pages syntax). */
async function headersFor(pattern: string): Promise<Map<string, string>> {
	const text = await readFile(new URL('../../../public/_headers', import.meta.url), 'utf8');
	const headers = new Map<string, string>();
	let current: string | undefined;
	for (const line of text.split('\n')) {
		if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
		if (!/^\s/.test(line)) current = line.trim();
		else if (current === pattern) {
			const [name, ...value] = line.trim().split(':');
			headers.set(name!.toLowerCase(), value.join(':').trim());
		}
	}
	return headers;
}

describe('security headers for static hosts', () => {
	it('should forbid framing on every path, with the directives a <meta> policy cannot carry', async () => {
		const headers = await headersFor('/*');
		expect(parseCsp(headers.get('content-security-policy') ?? '').get('frame-ancestors')).toEqual(["'none'"]);
		expect(headers.get('x-frame-options')).toBe('DENY');
		expect(headers.get('x-content-type-options')).toBe('nosniff');
	});

	it('should not restrict scripts in the header, where hashes of inline scripts cannot be kept in step', async () => {
		const policy = parseCsp((await headersFor('/*')).get('content-security-policy') ?? '');
		expect([...policy.keys()].filter((name) => /^(script|style|default)-src/.test(name))).toEqual([]);
	});

	it('should let any origin fetch the JSON API, and only the API', async () => {
		expect((await headersFor('/api/*')).get('access-control-allow-origin')).toBe('*');
		expect((await headersFor('/*')).has('access-control-allow-origin')).toBe(false);
	});
});
