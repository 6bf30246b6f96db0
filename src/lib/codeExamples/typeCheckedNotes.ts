/**
 * Sätteri (Astro's Markdown processor) plugin: under each TypeScript or JavaScript block of a
 * type-checked provider page, a line "Type-checked against stripe@23.1.0." naming the installed versions
 * of the packages the block imports (`npm run check:examples` compiles the same blocks against them).
 */
import { resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { installedVersion } from '../installedVersion';
import { escapeHtml } from '../inlineMarkdown';
import { CHECKED_LANGUAGES, importedPackages } from './extract';
import { isTypeChecked, typeCheckedAgainst } from './providers';

/** The note shown under a block, as HTML. */
export function typeCheckedNoteHtml(code: string, version: (name: string) => string = installedVersion): string {
	return `<p class="type-checked">Type-checked against ${escapeHtml(typeCheckedAgainst(importedPackages(code), version))}.</p>`;
}

/** The parts of a Markdown code node and of Sätteri's visitor context this plugin uses. */
interface CodeNode {
	lang?: string | null;
	value: string;
}
interface VisitorContext {
	insertAfter(node: CodeNode, newNode: { type: 'html'; value: string }): void;
}

/** The provider id of a file in the providers folder, else undefined. */
export function providerIdOf(path: string, providersDir: string): string | undefined {
	const folder = resolve(providersDir) + sep;
	const file = resolve(path);
	return file.startsWith(folder) && file.endsWith('.md') ? file.slice(folder.length, -3) : undefined;
}

/**
 * The plugin entry for `satteri({ mdastPlugins })`: for each document, a plugin when it is a listed
 * provider page, else none.
 */
export function typeCheckedNotes(options: { providersDir: string; version?: (name: string) => string }) {
	return ({ fileURL }: { fileURL?: URL | undefined }) => {
		const id = fileURL?.protocol === 'file:' ? providerIdOf(fileURLToPath(fileURL), options.providersDir) : undefined;
		if (!id || !isTypeChecked(id)) return undefined;
		return {
			name: 'type-checked-notes',
			code(node: CodeNode, ctx: VisitorContext) {
				if (!(CHECKED_LANGUAGES as readonly string[]).includes(node.lang ?? '')) return;
				ctx.insertAfter(node, { type: 'html', value: typeCheckedNoteHtml(node.value, options.version) });
			},
		};
	};
}
