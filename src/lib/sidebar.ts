/**
 * The sidebar's provider navigation, built from provider facts. It lists categories, and the
 * providers in them while the site is small; past `MAX_LISTED_PROVIDERS` it lists only categories
 * (linking to the providers index) and the current provider, so the page shell stays the same size
 * however many providers there are.
 */
import type { StarlightRouteData } from '@astrojs/starlight/route-data';
import type { Provider } from '../schemas/provider';
import { COMPARE_PATHS, providerPath } from './anchors';
import { groupByCategory } from './providers/facts';

type SidebarEntry = StarlightRouteData['sidebar'][number];

/** Above this many providers, the sidebar stops listing every provider. */
export const MAX_LISTED_PROVIDERS = 40;

/** Normalises a path for comparison: always with a trailing slash. */
const withSlash = (path: string) => (path.endsWith('/') ? path : `${path}/`);

function link(label: string, href: string, currentPath: string): SidebarEntry {
	return { type: 'link', label, href, isCurrent: withSlash(currentPath) === href, badge: undefined, attrs: {} };
}

/** The cross-provider views, in the order the sidebar's "Compare" group lists them. */
export const COMPARE_LINKS = [
	{ label: 'Error codes', href: COMPARE_PATHS.errors },
	{ label: 'Rate limits', href: COMPARE_PATHS.rateLimits },
	{ label: 'Webhook signatures', href: COMPARE_PATHS.webhooks },
	{ label: 'Idempotency & pagination', href: COMPARE_PATHS.idempotencyPagination },
] as const;

const groupings = new WeakMap<readonly unknown[], ReturnType<typeof groupByCategory>>();

/** `groupByCategory` of the same list of providers, computed once for all the pages that share it. */
function groupedByCategory<T extends Pick<Provider, 'id' | 'name' | 'category'>>(providers: readonly T[]) {
	let groups = groupings.get(providers) as ReturnType<typeof groupByCategory<T>> | undefined;
	if (!groups) {
		groups = groupByCategory(providers);
		groupings.set(providers, groups);
	}
	return groups;
}

/** Sidebar entries for the site's own pages and the providers, marking the one at `currentPath`. */
export function buildProviderSidebar(
	providers: readonly Pick<Provider, 'id' | 'name' | 'category'>[],
	currentPath: string
): SidebarEntry[] {
	const listAll = providers.length <= MAX_LISTED_PROVIDERS;
	// The provider whose page this is, if any (read from the path once, not built for every provider per page).
	const currentProvider = /^\/providers\/([^/]+)\/$/.exec(withSlash(currentPath))?.[1];
	const groups = groupedByCategory(providers).map((group): SidebarEntry => {
		const shown = listAll ? group.items : group.items.filter((provider) => provider.id === currentProvider);
		const entries = shown.map((provider) => link(provider.name, providerPath(provider.id), currentPath));
		if (!listAll) entries.unshift(link(`All ${group.label}`, `/providers/#category-${group.category}`, currentPath));
		return { type: 'group', label: group.label, entries, collapsed: false, badge: undefined };
	});
	return [
		link('Home', '/', currentPath),
		link('All providers', '/providers/', currentPath),
		link('Integration checklist', '/checklist/', currentPath),
		{
			type: 'group',
			label: 'Compare',
			entries: COMPARE_LINKS.map((entry) => link(entry.label, entry.href, currentPath)),
			collapsed: false,
			badge: undefined,
		},
		...groups,
		link('The facts as data', '/data/', currentPath),
		link('About this reference', '/about/', currentPath),
	];
}
