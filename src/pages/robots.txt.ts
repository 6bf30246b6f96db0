/** robots.txt: every page may be crawled; the sitemap's URL follows `site` (SITE_URL, see src/siteUrl.ts). */
import type { APIRoute } from 'astro';

export const GET: APIRoute = ({ site, url }) => {
	const sitemap = new URL('/sitemap-index.xml', site ?? url).href;
	return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
