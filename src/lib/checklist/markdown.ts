/** The checklist as a GitHub task list, ready for a pull request description. */

export interface MarkdownChecklist {
	title: string;
	/** The link that reproduces this checklist. */
	shareUrl: string;
	phases: { title: string; items: { title: string; done: boolean; url: string }[] }[];
}

/**
 * `### <phase>` headings with `- [x] Title (url)` items; phases without visible items are left out.
 * Square brackets in titles are escaped so they cannot break the task syntax.
 */
export function checklistMarkdown({ title, shareUrl, phases }: MarkdownChecklist): string {
	const escape = (text: string) => text.replace(/([[\]])/g, '\\$1');
	const lines = [`## ${title}`, '', `Shared checklist: ${shareUrl}`];
	for (const phase of phases.filter((phase) => phase.items.length > 0)) {
		lines.push('', `### ${phase.title}`, '');
		for (const item of phase.items) lines.push(`- [${item.done ? 'x' : ' '}] ${escape(item.title)} (${item.url})`);
	}
	return `${lines.join('\n')}\n`;
}
