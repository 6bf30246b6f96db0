import { describe, expect, it } from 'vitest';
import { loadBuiltSite, sitemapLocs } from '../../../scripts/lib/site-checks/builtSite';
import { parseCsp, parsePage, relTokens } from '../../../scripts/lib/site-checks/htmlPage';
import { checkLinks, externalLinks, resolveFile } from '../../../scripts/lib/site-checks/linkCheck';
import { cspHash } from '../../../src/lib/cspHashes';
import { checkCsp, checkPage, checkPageHygiene, findUnhashedInline } from '../../../scripts/lib/site-checks/pageHygiene';

const site = new URL('https://fixture.example.org');
const fixture = (name: string) => new URL(`../../fixtures/built-site/${name}`, import.meta.url).pathname;

describe('reading a built page', () => {
	it('should read head metadata, ids, and every URL with its target and rel', () => {
		const page = parsePage(`<!doctype html><html lang="de"><head>
			<title> Seite &amp; Titel </title><meta name="description" content="Beschreibung">
			<link rel="Canonical" href="https://fixture.example.org/de/">
			<meta http-equiv="Content-Security-Policy" content="script-src 'self'">
			<meta property="og:image" content="/og.png"></head>
			<body><svg><title>Icon</title></svg><h2 id="a">A</h2><a name="b" href="#a" target="_blank" rel="noopener">x</a>
			<img src="/i.png"><form action="/search/"></form><script>var x = '<a id="not-an-element">';</script></body></html>`);
		expect(page).toMatchObject({
			lang: 'de',
			title: 'Seite & Titel',
			description: 'Beschreibung',
			canonical: 'https://fixture.example.org/de/',
			csp: "script-src 'self'",
			ids: ['a', 'b'],
			inlineScripts: ["var x = '<a id=\"not-an-element\">';"],
			inlineStyles: [],
		});
		expect(page.links).toEqual([
			{ tag: 'link', attribute: 'href', url: 'https://fixture.example.org/de/', rel: 'Canonical', target: undefined },
			{ tag: 'meta', attribute: 'content', url: '/og.png' },
			{ tag: 'a', attribute: 'href', url: '#a', target: '_blank', rel: 'noopener' },
			{ tag: 'img', attribute: 'src', url: '/i.png', target: undefined, rel: undefined },
			{ tag: 'form', attribute: 'action', url: '/search/', target: undefined, rel: undefined },
		]);
	});

	it('should split rel tokens and CSP directives', () => {
		expect(relTokens(' NoOpener  noreferrer ')).toEqual(['noopener', 'noreferrer']);
		expect(relTokens(undefined)).toEqual([]);
		const csp = parseCsp("default-src 'self'; script-src 'self' 'sha256-x=' ;; Style-Src 'self'");
		expect(csp.get('script-src')).toEqual(["'self'", "'sha256-x='"]);
		expect(csp.get('style-src')).toEqual(["'self'"]);
	});

	it('should read sitemap URLs', () => {
		expect(sitemapLocs('<urlset><url><loc>https://a.example/x/?a=1&amp;b=2</loc></url><url><loc> https://a.example/ </loc></url></urlset>')).toEqual([
			'https://a.example/x/?a=1&b=2',
			'https://a.example/',
		]);
	});
});

describe('resolving URLs to built files', () => {
	const files = new Set(['/index.html', '/guide/index.html', '/404.html', '/_astro/a.js']);

	it('should resolve directories, files, and extensionless paths as static hosts do', () => {
		expect(resolveFile('/', files)).toBe('/index.html');
		expect(resolveFile('/guide/', files)).toBe('/guide/index.html');
		expect(resolveFile('/guide', files)).toBe('/guide/index.html');
		expect(resolveFile('/404', files)).toBe('/404.html');
		expect(resolveFile('/_astro/a.js', files)).toBe('/_astro/a.js');
		expect(resolveFile('/missing/', files)).toBeUndefined();
		expect(resolveFile('/%E0%A4%A', files)).toBeUndefined();
	});
});

describe('checking links of a built site', () => {
	it('should accept a site whose links, anchors and sitemap all resolve', async () => {
		const built = await loadBuiltSite(fixture('sound'), site);
		expect(built.pages.size).toBe(2);
		expect(built.files.has('/_astro/page.js')).toBe(true);
		expect(checkLinks(built)).toEqual([]);
	});

	it('should read the links of Markdown, text and API files, outside code and under URL keys only', async () => {
		const built = await loadBuiltSite(fixture('sound'), site);
		expect([...built.documents!.keys()]).toEqual(['/api/v1/guide.json', '/guide.md']);
		expect(built.documents!.get('/guide.md')!.map((link) => link.url)).toEqual([
			'https://fixture.example.org/guide/#step-1',
			'/guide/#café',
			'https://fixture.example.org/guide/',
			'https://docs.example.com/api',
		]);
		expect(built.documents!.get('/api/v1/guide.json')!.map((link) => `${link.attribute}: ${link.url}`)).toEqual([
			'$schema: https://fixture.example.org/api/v1/guide.json',
			'url: /guide/#step-1',
			'markdownUrl: /guide.md',
		]);
	});

	it('should report missing pages, files and anchors, http links, script URLs and new tabs without noopener', async () => {
		const built = await loadBuiltSite(fixture('broken'), site);
		expect(checkLinks(built)).toEqual([
			'/index.html: <script src="/_astro/missing.js">: expected a page or file at /_astro/missing.js, found none',
			'/index.html: <a href="/nowhere/">: expected a page or file at /nowhere/, found none',
			'/index.html: <a href="/guide/#no-such-step">: expected an element with id="no-such-step" on /guide/, found none',
			'/index.html: <a href="#no-such-anchor">: expected an element with id="no-such-anchor" on /, found none',
			'/index.html: <a href="http://insecure.example.com/">: expected an https URL',
			'/index.html: <a href="https://docs.example.com/">: expected rel="noopener" on a link that opens a new tab',
			'/index.html: <a href="javascript:void(0)">: expected an https URL',
			'/api/v1/guide.json: <json permalink="/s/gone/">: expected a page or file at /s/gone/, found none',
			'/guide.md: <markdown link="https://fixture.example.org/guide/#step-9">: expected an element with id="step-9" on /guide/, found none',
			'/guide.md: <markdown url="https://fixture.example.org/gone/">: expected a page or file at /gone/, found none',
			'sitemap: <loc sitemap="https://fixture.example.org/gone/">: expected a page or file at /gone/, found none',
		]);
	});

	it('should list each external URL once, with the pages that link it', async () => {
		const built = await loadBuiltSite(fixture('sound'), site);
		expect(externalLinks(built)).toEqual([{ url: 'https://docs.example.com/api', pages: ['/'] }]);
	});
});

describe('page hygiene', () => {
	it('should accept pages with unique titles, descriptions, lang, canonical URLs, unique ids and a strict policy', async () => {
		const built = await loadBuiltSite(fixture('sound'), site);
		expect(checkPageHygiene(built.pages, site)).toEqual([]);
	});

	it('should report every missing or duplicate piece, naming the file', async () => {
		const built = await loadBuiltSite(fixture('broken'), site);
		expect(checkPageHygiene(built.pages, site)).toEqual([
			'/guide/index.html: expected a non-empty <meta name="description">',
			'/guide/index.html: expected a <meta http-equiv="content-security-policy">, found none',
			'/index.html: expected a lang attribute on <html>',
			'/index.html: expected a non-empty <meta name="description">',
			'/index.html: expected a canonical URL on https://fixture.example.org, got "https://elsewhere.example.com/"',
			'/index.html: expected unique element ids, but id="twice" is used more than once',
			"/index.html: content-security-policy: script-src: expected no 'unsafe-inline'",
			'/index.html: content-security-policy: expected an object-src or default-src directive',
			`/index.html: content-security-policy: expected the hash '${cspHash("document.title = 'changed';")}' of the inline script "document.title = 'changed';…" in script-src, or the browser blocks it`,
			'/index.html: expected a unique <title>, but "Home | Fixture" is also the title of /guide/index.html',
		]);
	});

	it('should require a canonical URL only when the site URL is known', () => {
		const page = parsePage(`<html lang="en"><head><title>T</title><meta name="description" content="D">
			<meta http-equiv="content-security-policy" content="default-src 'self'"></head></html>`);
		expect(checkPage(page, undefined)).toEqual(['content-security-policy: expected a script-src directive']);
		expect(checkPage(page, site)).toContain('expected a <link rel="canonical">');
	});

	it('should find inline scripts and styles whose hash the policy lacks, preferring -elem directives', () => {
		const page = {
			inlineScripts: ['run()'],
			inlineStyles: ['p{}'],
			csp: `script-src 'self' '${cspHash('run()')}'; style-src 'self' '${cspHash('p{}')}'; style-src-elem 'self'`,
		};
		expect(findUnhashedInline(page)).toEqual([
			`content-security-policy: expected the hash '${cspHash('p{}')}' of the inline style "p{}…" in style-src, or the browser blocks it`,
		]);
		expect(findUnhashedInline({ ...page, csp: `script-src 'self' 'unsafe-inline'; style-src 'unsafe-inline'` })).toEqual([]);
		expect(findUnhashedInline({ ...page, csp: undefined })).toEqual([]);
	});

	it('should reject script sources that allow inline, eval or any host', () => {
		expect(checkCsp("script-src 'self' 'sha256-x=' 'wasm-unsafe-eval'; object-src 'none'")).toEqual([]);
		expect(checkCsp("script-src 'self' 'unsafe-eval' https:; object-src 'none'")).toEqual([
			"content-security-policy: script-src: expected no 'unsafe-eval'",
			'content-security-policy: script-src: expected no https:',
		]);
	});
});
