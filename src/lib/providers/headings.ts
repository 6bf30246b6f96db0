/**
 * The table of contents of a provider page: the fixed sections rendered from frontmatter in the order
 * an integrator needs them (getting access and authenticating; what limits and fails; the gotchas; then
 * the mechanics of idempotency, webhooks, pagination, versions and SDKs), each pattern as a sub-heading,
 * then the Markdown body's own headings, then sources. src/pages/providers/[id].astro renders the same order.
 */
import type { MarkdownHeading } from 'astro';
import type { Provider } from '../../schemas/provider';
import { patternAnchor } from '../anchors';

/** Headings in page order; sections without data are left out, as the page leaves them out. */
export function buildProviderHeadings(
	provider: Pick<Provider, 'patterns' | 'webhooks' | 'pagination'>,
	bodyHeadings: readonly MarkdownHeading[]
): MarkdownHeading[] {
	const section = (slug: string, text: string): MarkdownHeading => ({ depth: 2, slug, text });
	return [
		section('access', 'Access'),
		section('authentication', 'Authentication'),
		section('rate-limits', 'Rate limits'),
		section('error-codes', 'Error codes'),
		section('patterns', 'Patterns and gotchas'),
		...provider.patterns.map((pattern) => ({ depth: 3, slug: patternAnchor(pattern.id), text: pattern.title })),
		section('idempotency', 'Idempotency'),
		...(provider.webhooks ? [section('webhooks', 'Webhooks')] : []),
		...(provider.pagination ? [section('pagination', 'Pagination')] : []),
		section('versioning', 'Versioning'),
		section('sdks', 'SDKs'),
		...bodyHeadings,
		section('sources', 'Sources'),
	];
}
