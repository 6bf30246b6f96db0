import type { Page } from '@playwright/test';

/**
 * For each anchor, how many elements carry it and how many visible links in `main` point at it,
 * measured in one pass in the page; returns the anchors that do not have exactly one target and
 * at least one visible link.
 */
export async function findBrokenAnchors(page: Page, anchors: string[]) {
	const report = await page.evaluate((ids) => {
		const selector = (id: string) => CSS.escape(id);
		return ids.map((id) => ({
			id,
			targets: document.querySelectorAll(`[id="${selector(id)}"]`).length,
			visibleLinks: [...document.querySelectorAll(`main a[href="#${selector(id)}"]`)].filter((link) => link.checkVisibility()).length,
		}));
	}, anchors);
	return report.filter((entry) => entry.targets !== 1 || entry.visibleLinks < 1);
}
