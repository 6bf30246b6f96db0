/**
 * Type-checks every TypeScript and JavaScript block on the provider pages listed in
 * src/lib/codeExamples/providers.ts against the package versions installed from package.json. Each block
 * is written under node_modules/.cache/code-examples/<provider>/<title> (its `title` is its file name, so
 * blocks import each other as `./octokit`), then compiled: TypeScript strictly, JavaScript with checkJs.
 * Errors are reported as `content/providers/<id>.md:<line>: …`; exit 1 if any.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { PROVIDERS_DIR } from '../src/providersDir';
import { extractCheckedBlocks } from '../src/lib/codeExamples/extract';
import { TYPE_CHECKED_PROVIDERS } from '../src/lib/codeExamples/providers';

const root = resolve('node_modules/.cache/code-examples');
rmSync(root, { recursive: true, force: true });

/** Where each written file's block starts in its Markdown file. */
const origins = new Map<string, { markdown: string; line: number }>();
const tsFiles: string[] = [];
const jsFiles: string[] = [];
for (const provider of TYPE_CHECKED_PROVIDERS) {
	const markdown = join(PROVIDERS_DIR, `${provider}.md`);
	extractCheckedBlocks(readFileSync(markdown, 'utf8')).forEach((block, index) => {
		const extension = block.lang.startsWith('t') ? 'ts' : block.lang === 'javascript' ? 'js' : block.lang;
		const file = join(root, provider, block.title ?? `block-${index + 1}.${extension}`);
		mkdirSync(dirname(file), { recursive: true });
		writeFileSync(file, block.code);
		origins.set(file, { markdown, line: block.line });
		(/\.[cm]?ts$/.test(file) ? tsFiles : jsFiles).push(file);
	});
}

const common: ts.CompilerOptions = {
	noEmit: true,
	module: ts.ModuleKind.Preserve,
	moduleResolution: ts.ModuleResolutionKind.Bundler,
	target: ts.ScriptTarget.ES2022,
	lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
	types: ['node'],
	esModuleInterop: true,
	skipLibCheck: true,
	allowJs: true,
	checkJs: true,
};
/** TypeScript blocks: strict. JavaScript blocks: checked as JavaScript (no annotations to demand). */
const programs = [
	ts.createProgram(tsFiles, { ...common, strict: true }),
	ts.createProgram(jsFiles, { ...common, strict: false }),
];

const problems: string[] = [];
for (const program of programs) {
	for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
		const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ');
		const origin = diagnostic.file && origins.get(resolve(diagnostic.file.fileName));
		if (!diagnostic.file || !origin) {
			problems.push(`${diagnostic.file ? relative('.', diagnostic.file.fileName) : 'compiler'}: ${message}`);
			continue;
		}
		const { line } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start ?? 0);
		problems.push(`${relative('.', origin.markdown)}:${origin.line + 1 + line}: ${message}`);
	}
}

const count = tsFiles.length + jsFiles.length;
if (problems.length > 0) {
	console.error(problems.join('\n'));
	console.error(`✗ ${problems.length} type error(s) in ${count} code block(s)`);
	process.exit(1);
}
console.log(`✓ ${count} code block(s) on ${TYPE_CHECKED_PROVIDERS.length} provider pages type-check`);
