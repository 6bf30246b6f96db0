import { describe, expect, it } from 'vitest';
import { withCanonical } from '../../src/lib/canonical';

describe('canonical URLs in the page head', () => {
	it('should point the canonical link and og:url at the given URL and leave the rest alone', () => {
		const head = [
			{ tag: 'title' as const, attrs: {}, content: '404' },
			{ tag: 'link' as const, attrs: { rel: 'canonical', href: 'https://site.example/404/' }, content: '' },
			{ tag: 'meta' as const, attrs: { property: 'og:url', content: 'https://site.example/404/' }, content: '' },
		];
		expect(withCanonical(head, 'https://site.example/404.html')).toEqual([
			head[0],
			{ tag: 'link', attrs: { rel: 'canonical', href: 'https://site.example/404.html' }, content: '' },
			{ tag: 'meta', attrs: { property: 'og:url', content: 'https://site.example/404.html' }, content: '' },
		]);
	});
});
