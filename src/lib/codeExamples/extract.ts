/**
 * The TypeScript and JavaScript code blocks of a provider page's Markdown body, and the npm packages each
 * imports: what `tests/unit/codeExamples.test.ts` type-checks and what the page's "Type-checked against"
 * line names (src/lib/codeExamples/remarkTypeChecked.ts).
 */

/** Fence languages that are type-checked; Python, shell and JSON blocks are not. */
export const CHECKED_LANGUAGES = ['ts', 'typescript', 'js', 'javascript', 'cjs', 'mjs'] as const;

/** One fenced code block. */
export interface CodeBlock {
	/** The fence's language: "ts". */
	lang: string;
	/** The fence's `title="…"`: also the file name it is checked under, so blocks can import each other. */
	title: string | undefined;
	/** The code between the fences. */
	code: string;
	/** 1-based line of the opening fence in the Markdown file. */
	line: number;
}

/** Every fenced block whose language is type-checked, in order. */
export function extractCheckedBlocks(markdown: string): CodeBlock[] {
	const blocks: CodeBlock[] = [];
	const lines = markdown.split('\n');
	for (let index = 0; index < lines.length; index++) {
		const open = /^(`{3,}|~{3,})\s*([\w-]+)?(.*)$/.exec(lines[index]);
		if (!open) continue;
		const [, fence, lang = '', meta] = open;
		const end = lines.findIndex((text, at) => at > index && text.startsWith(fence) && text.trim() === fence);
		const close = end === -1 ? lines.length : end;
		if ((CHECKED_LANGUAGES as readonly string[]).includes(lang)) {
			blocks.push({
				lang,
				title: /title="([^"]+)"/.exec(meta)?.[1],
				code: lines.slice(index + 1, close).join('\n'),
				line: index + 1,
			});
		}
		index = close;
	}
	return blocks;
}

/** The npm packages a block imports (`import … from`, `import(…)`, `require(…)`), without `node:` and relative paths. */
export function importedPackages(code: string): string[] {
	const specifiers = [...code.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm)].map((match) => match[1]);
	const packages = specifiers
		.filter((specifier) => !specifier.startsWith('.') && !specifier.startsWith('node:') && !specifier.startsWith('/'))
		.map((specifier) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/'));
	return [...new Set(packages)].sort();
}
