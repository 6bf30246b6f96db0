/**
 * Short notices above the checklist (`[data-notices]`, a polite live region): a share link that carried
 * nothing valid or named unknown ids, a provider whose items could not be fetched, and storage that
 * refuses to keep progress. Each is said once.
 */
import { checklistPath } from '../../lib/anchors';
import type { DroppedIds } from '../../lib/checklist/state';
import type { LinkReport } from './store';

/** A piece of a notice: plain text, an id shown as code, or an element. */
type Part = string | { code: string } | HTMLElement;

/** How many dropped ids a notice names before it says "and n more". */
const MAX_NAMED = 8;
/** How many characters of a dropped id it shows. */
const MAX_ID_LENGTH = 40;

export class Notices {
	readonly #region: HTMLElement;
	readonly #said = new Set<string>();

	constructor(region: HTMLElement) {
		this.#region = region;
	}

	/** Shows a notice unless one with the same key has been shown on this page. */
	say(key: string, parts: readonly Part[]) {
		if (this.#said.has(key)) return;
		this.#said.add(key);
		const notice = document.createElement('p');
		notice.dataset.notice = key;
		for (const part of parts) notice.append(typeof part === 'string' || part instanceof HTMLElement ? part : codeElement(part.code));
		this.#region.append(notice);
		this.#region.hidden = false;
	}

	/** What the page makes of the share link in its URL. */
	reportLink(link: LinkReport | undefined) {
		if (!link) return;
		const dropped = droppedParts(link.dropped);
		if (link.ignored) {
			this.say('link', [
				'This link carried no checklist this page knows',
				...(dropped.length > 0 ? [' (', ...dropped, ')'] : []),
				', so this is your own checklist.',
			]);
		} else if (dropped.length > 0) {
			this.say('link', ['Left out of this shared link, as this checklist has no such provider or item: ', ...dropped, '.']);
		}
	}

	/** Says that a provider's items could not be fetched, linking to its own checklist. */
	reportUnloaded(provider: string, name: string) {
		const link = document.createElement('a');
		link.href = checklistPath(provider);
		link.textContent = `${name}'s checklist`;
		this.say(`unloaded-${provider}`, [`${name}'s items could not be loaded; choose it again to retry, or open `, link, '.']);
	}

	/** Says, once, that progress is not kept in this browser. */
	reportUnsaved() {
		this.say('storage', [
			'Progress could not be saved in this browser: ticks last until you leave the page, and Copy link keeps them in a link.',
		]);
	}
}

/** The dropped ids as code, comma-separated: providers first, at most MAX_NAMED, long ones cut short. */
function droppedParts(dropped: DroppedIds): Part[] {
	const ids = [...dropped.providers, ...dropped.items];
	const named = ids.slice(0, MAX_NAMED).map((id) => ({ code: id.length > MAX_ID_LENGTH ? `${id.slice(0, MAX_ID_LENGTH)}…` : id }));
	const parts: Part[] = named.flatMap((part, index) => (index === 0 ? [part] : [', ', part]));
	if (ids.length > MAX_NAMED) parts.push(` and ${ids.length - MAX_NAMED} more`);
	return parts;
}

function codeElement(text: string): HTMLElement {
	const code = document.createElement('code');
	code.textContent = text;
	return code;
}
