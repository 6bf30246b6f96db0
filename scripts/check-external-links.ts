/**
 * Opt-in network check of the built site's external links (needs a network; not part of `npm test`):
 * requests every distinct https URL in dist/ once, a few at a time, each with a timeout.
 * Usage: npm run check:external-links [-- <folder>]   (after `npm run build`)
 * Settings: LINKS_CONCURRENCY (8), LINKS_TIMEOUT_MS (10000), LINKS_DEADLINE_MS (120000).
 * Exit code 1 when a link is broken or unreachable; rate-limited and skipped links are only listed.
 */
import { existsSync } from 'node:fs';
import { loadBuiltSite } from './lib/site-checks/builtSite';
import { DEFAULT_EXTERNAL_LINK_OPTIONS, checkExternalUrls, formatExternalLinkResults } from './lib/site-checks/externalLinks';
import { externalLinks } from './lib/site-checks/linkCheck';
import { SITE_URL } from '../src/siteUrl';

const folder = process.argv[2] ?? 'dist';
if (!existsSync(folder)) {
	console.error(`✗ ${folder}: no build output; run \`npm run build\` first`);
	process.exit(1);
}
const setting = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const options = {
	concurrency: setting('LINKS_CONCURRENCY', DEFAULT_EXTERNAL_LINK_OPTIONS.concurrency),
	timeoutMs: setting('LINKS_TIMEOUT_MS', DEFAULT_EXTERNAL_LINK_OPTIONS.timeoutMs),
	deadlineMs: setting('LINKS_DEADLINE_MS', DEFAULT_EXTERNAL_LINK_OPTIONS.deadlineMs),
};
const links = externalLinks(await loadBuiltSite(folder, new URL(SITE_URL)));
console.log(`Checking ${links.length} external URL(s), ${options.concurrency} at a time…`);
const results = await checkExternalUrls(links.map((link) => link.url), fetch, options);
const pagesByUrl = new Map(links.map((link) => [link.url, link.pages]));
const lines = formatExternalLinkResults(results, (url) => pagesByUrl.get(url) ?? []);
if (lines.length > 0) console.log(lines.map((line) => `  ${line}`).join('\n'));
const failed = results.filter((result) => result.outcome === 'broken' || result.outcome === 'unreachable').length;
const answered = results.filter((result) => result.outcome === 'ok').length;
console.log(`${failed > 0 ? '✗' : '✓'} ${answered} of ${results.length} external URL(s) answered; ${failed} broken or unreachable`);
process.exit(failed > 0 ? 1 : 0);
