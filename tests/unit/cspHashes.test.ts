import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cspHash, inlineScriptBodies, inlineScriptHashes, starlightInlineScriptHashes } from '../../src/lib/cspHashes';

describe('hashes for the Content Security Policy', () => {
	it('should hash a body as browsers do (SHA-256, base64)', () => {
		expect(cspHash('')).toBe('sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
		expect(cspHash('alert(1)')).toBe('sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI=');
	});

	it('should take the exact bodies of is:inline scripts, leaving bundled scripts alone', () => {
		const source = `---\n---\n<script is:inline>\n\tfirst();\n</script>\n<script>bundled();</script>\n<script is:inline aria-hidden="true">second()</script>`;
		expect(inlineScriptBodies(source)).toEqual(['\n\tfirst();\n', 'second()']);
	});

	it("should hash the installed Starlight's inline scripts, including the theme script", () => {
		const require = createRequire(import.meta.url);
		const themeProvider = readFileSync(require.resolve('@astrojs/starlight/components/ThemeProvider.astro'), 'utf8');
		const hashes = starlightInlineScriptHashes();
		expect(hashes.length).toBeGreaterThanOrEqual(3);
		expect(hashes).toContain(cspHash(inlineScriptBodies(themeProvider)[0]!));
	});

	it("should also hash the site's own theme script (the guarded ThemeProvider override)", () => {
		const override = readFileSync('src/components/ThemeProvider.astro', 'utf8');
		const hashes = inlineScriptHashes();
		expect(hashes).toContain(cspHash(inlineScriptBodies(override)[0]!));
		expect(hashes).toEqual(expect.arrayContaining(starlightInlineScriptHashes()));
	});
});
