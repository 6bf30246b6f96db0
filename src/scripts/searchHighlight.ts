/**
 * On a page opened from a search result (`?highlight=word`), marks the searched words with Pagefind's
 * highlighter, inside the entry the link points at (or the whole page), and keeps that entry in view.
 * Bundled with the search logic (src/scripts/searchDialog.ts), which <site-search> loads when the parameter
 * is present.
 */
import { HIGHLIGHT_PARAM } from '../lib/search/query';

/** Class of the `<mark>` elements (styled in src/styles/site.css). */
const MARK_CLASS = 'search-highlight';
const BASE = import.meta.env.BASE_URL.replace(/\/$/, '');

type HighlightConstructor = new (options: object) => unknown;
let highlighter: Promise<HighlightConstructor> | undefined;

/** Removes earlier marks, so a second landing on the same page starts clean. */
function clearMarks() {
	for (const mark of document.querySelectorAll(`mark.${MARK_CLASS}`)) {
		const parent = mark.parentNode;
		mark.replaceWith(...mark.childNodes);
		parent?.normalize();
	}
}

/** The element id a URL fragment names; a malformed escape (`#%E0%A4%A`) is taken literally, never thrown. */
function decodedFragment(hash: string): string {
	const fragment = hash.slice(1);
	try {
		return decodeURIComponent(fragment);
	} catch {
		return fragment;
	}
}

/** Marks the words of `?highlight=` in the landing entry and scrolls it into view if needed. */
export async function highlightSearchWords() {
	if (!new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) return;
	const id = decodedFragment(location.hash);
	const target = id ? document.getElementById(id) : null;
	const context = target?.closest('[data-entry], [data-checklist-item]') ?? document.querySelector('[data-pagefind-body]') ?? document.body;
	highlighter ??= import(/* @vite-ignore */ `${BASE}/pagefind/pagefind-highlight.js`).then((module) => module.default);
	const PagefindHighlight = await highlighter;
	clearMarks();
	new PagefindHighlight({
		highlightParam: HIGHLIGHT_PARAM,
		markContext: context,
		// Across elements: a long code is split into pieces with line-break points (src/components/BreakableCode.astro).
		markOptions: { className: MARK_CLASS, acrossElements: true, exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *'] },
		addStyles: false,
	});
	const box = target?.getBoundingClientRect();
	if (target && box && (box.top < 0 || box.top > window.innerHeight)) target.scrollIntoView();
}

/** Highlights now, and again when a result on the same page changes only the hash. */
export function startHighlighting() {
	highlightSearchWords();
	window.addEventListener('hashchange', highlightSearchWords);
}
