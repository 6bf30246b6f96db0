/**
 * Canonical URLs in a Starlight page head. Starlight derives them from the route's path, which for the
 * 404 page is `/404/`, a URL that does not exist: the page is the file `/404.html`, served at any
 * missing URL.
 */
import type { StarlightRouteData } from '@astrojs/starlight/route-data';

type HeadEntries = StarlightRouteData['head'];

/** Path of the built 404 page. */
export const NOT_FOUND_PATH = '/404.html';

/** The head with its canonical link and `og:url` pointing at `href`. */
export function withCanonical(head: HeadEntries, href: string): HeadEntries {
	return head.map((entry) => {
		if (entry.tag === 'link' && entry.attrs?.rel === 'canonical') return { ...entry, attrs: { ...entry.attrs, href } };
		if (entry.tag === 'meta' && entry.attrs?.property === 'og:url') return { ...entry, attrs: { ...entry.attrs, content: href } };
		return entry;
	});
}
