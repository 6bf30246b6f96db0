import { describe, expect, it } from 'vitest';
import { fileUrlPath, pagePathOf, pageUrlOf } from '../../src/lib/builtPaths';

describe('paths of the build output', () => {
	it('should turn a file path relative to dist/ into a URL path, whatever the separator', () => {
		expect(fileUrlPath('providers/stripe/index.html')).toBe('/providers/stripe/index.html');
		expect(fileUrlPath('providers\\stripe\\index.html')).toBe('/providers/stripe/index.html');
	});

	it('should map page files to the paths they are served at', () => {
		expect(pagePathOf('/guide/index.html')).toBe('/guide/');
		expect(pagePathOf('/404.html')).toBe('/404.html');
	});

	it('should turn built file paths into URLs', () => {
		expect(pageUrlOf('providers/stripe/index.html')).toBe('/providers/stripe/');
		expect(pageUrlOf('index.html')).toBe('/');
		expect(pageUrlOf('404.html')).toBe('/404.html');
	});
});
