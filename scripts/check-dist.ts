/**
 * Checks the built site in dist/ without a browser or network: every internal link and #anchor (in the
 * pages, the Markdown twins, llms.txt and the JSON API) resolves, external links are https, new-tab links
 * carry rel="noopener", and every page has a unique title, a description, lang, a canonical URL, unique
 * element ids and a strict Content Security Policy.
 * Usage: npm run check:dist [-- <folder>]   (after `npm run build`; exit code 1 on any problem)
 */
import { existsSync } from 'node:fs';
import { loadBuiltSite } from './lib/site-checks/builtSite';
import { checkLinks } from './lib/site-checks/linkCheck';
import { checkPageHygiene } from './lib/site-checks/pageHygiene';
import { SITE_URL } from '../src/siteUrl';

const folder = process.argv[2] ?? 'dist';
if (!existsSync(folder)) {
	console.error(`✗ ${folder}: no build output; run \`npm run build\` first`);
	process.exit(1);
}
const started = performance.now();
const site = new URL(SITE_URL);
const built = await loadBuiltSite(folder, site);
const linkCount =
	[...built.pages.values()].reduce((sum, page) => sum + page.links.length, 0) +
	[...(built.documents?.values() ?? [])].reduce((sum, links) => sum + links.length, 0);
const problems = [...checkPageHygiene(built.pages, site), ...checkLinks(built)];
const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (built.pages.size === 0) problems.push(`${folder}: expected at least one HTML page`);
if (problems.length > 0) {
	console.error(`✗ ${problems.length} problem(s) in ${folder}:\n${problems.map((line) => `  ${line}`).join('\n')}`);
	process.exit(1);
}
console.log(`✓ ${built.pages.size} page(s), ${built.documents?.size ?? 0} Markdown, text and API file(s) and ${linkCount} link(s) in ${folder} are sound (${seconds} s)`);
