/** OpenSearch description: lets a browser add the site as a search engine; queries open the search dialog. */
import type { APIRoute } from 'astro';
import { searchUrl } from '../lib/anchors';
import { escapeHtml } from '../lib/inlineMarkdown';

/** Site name as shown in the browser's list of search engines. */
const OPENSEARCH_NAME = 'API Integration Patterns';

export const GET: APIRoute = ({ site, url }) => {
	const origin = (site ?? url).origin;
	const template = `${origin}${searchUrl('').replace(/=$/, '={searchTerms}')}`;
	const xml = `<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/" xmlns:moz="http://www.mozilla.org/2006/browser/search/">
	<ShortName>${escapeHtml(OPENSEARCH_NAME)}</ShortName>
	<Description>Search rate limits, error codes, gotchas and checklists of third-party APIs.</Description>
	<InputEncoding>UTF-8</InputEncoding>
	<Image width="16" height="16" type="image/svg+xml">${origin}/favicon.svg</Image>
	<Url type="text/html" method="get" template="${escapeHtml(template)}"/>
	<Url type="application/opensearchdescription+xml" rel="self" template="${origin}/opensearch.xml"/>
	<moz:SearchForm>${origin}/</moz:SearchForm>
</OpenSearchDescription>
`;
	return new Response(xml, { headers: { 'Content-Type': 'application/opensearchdescription+xml; charset=utf-8' } });
};
