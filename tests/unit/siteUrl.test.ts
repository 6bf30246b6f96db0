import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_URL, siteUrlFrom } from '../../src/siteUrl';

describe('the site URL from SITE_URL', () => {
	it('should default to the placeholder for local builds', () => {
		expect(siteUrlFrom(undefined)).toBe('https://api-patterns.example.org');
		expect(siteUrlFrom('  ')).toBe(DEFAULT_SITE_URL);
	});

	it('should take the origin it names, with or without a trailing slash', () => {
		expect(siteUrlFrom('https://patterns.example.com')).toBe('https://patterns.example.com');
		expect(siteUrlFrom('https://octo.github.io/')).toBe('https://octo.github.io');
		expect(siteUrlFrom('http://localhost:4321')).toBe('http://localhost:4321');
	});

	it('should refuse what is not an http(s) origin, saying what was expected', () => {
		expect(() => siteUrlFrom('patterns.example.com')).toThrow('SITE_URL: expected an http(s) URL such as https://patterns.example.com, got "patterns.example.com"');
		expect(() => siteUrlFrom('ftp://example.com')).toThrow('expected an http(s) URL');
		expect(() => siteUrlFrom('https://octo.github.io/patterns/')).toThrow(
			'SITE_URL: expected an origin without a path (pages link from the root), got "https://octo.github.io/patterns/"'
		);
	});
});
