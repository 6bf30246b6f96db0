/** The checklist as it shows on the page (items that show, with their ticks) as a GitHub task list. */
import { checklistMarkdown } from '../../lib/checklist/markdown';
import { isTickedOnPage } from './progress';

export function visibleChecklistMarkdown(root: HTMLElement, title: string, shareUrl: string): string {
	return checklistMarkdown({
		title,
		shareUrl,
		phases: [...root.querySelectorAll<HTMLElement>('[data-phase]')].map((phase) => ({
			title: phase.querySelector('h2')!.textContent!.trim(),
			items: [...phase.querySelectorAll<HTMLLIElement>('[data-checklist-item]')]
				.filter((item) => !item.hidden)
				.map((item) => ({
					title: item.dataset.title!,
					done: isTickedOnPage(item),
					url: new URL(item.dataset.link ?? `#${item.id}`, location.href).href,
				})),
		})),
	});
}
