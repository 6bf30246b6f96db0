/**
 * Paths of the build output (dist/) as URLs: what a file's path is on the site, and the page URL it is
 * served at. Used by the site checks, the search index, the end-to-end page list and the benchmark.
 */

/** A file's path relative to dist/ as a URL path: `providers/stripe/index.html` (any separator) → `/providers/stripe/index.html`. */
export function fileUrlPath(relativeFile: string): string {
	return `/${relativeFile.split(/[\\/]/).join('/')}`;
}

/** The URL path a page file is served at: "/providers/stripe/index.html" → "/providers/stripe/". */
export function pagePathOf(file: string): string {
	return file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
}

/** The page URL of a file relative to dist/: `providers/stripe/index.html` → `/providers/stripe/`. */
export function pageUrlOf(relativeFile: string): string {
	return pagePathOf(fileUrlPath(relativeFile));
}
