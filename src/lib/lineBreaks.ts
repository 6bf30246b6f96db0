/**
 * Where a long code token may wrap in a narrow table cell, so that it breaks between its parts and
 * never inside one: module paths and install commands after `/`, `:` or a space; identifiers also after
 * `_`, `.` or `-` and between a lower-case letter and the capital that starts the next word
 * (`Provisioned|Throughput|Exceeded|Exception`). Each piece is rendered unbreakable, with `<wbr>` between.
 */

/** `path`: package names, module paths, install commands. `identifier`: error codes, exception names. */
export type BreakKind = 'path' | 'identifier';

const BREAK_AFTER: Record<BreakKind, RegExp> = {
	path: /(?<=[/: ])(?=.)/g,
	identifier: /(?<=[/: _.-])(?=.)|(?<=[a-z0-9])(?=[A-Z][a-z])/g,
};

/** The pieces of `text` between which a line may break; joined, they give back `text`. */
export function breakablePieces(text: string, kind: BreakKind): string[] {
	return text.split(BREAK_AFTER[kind]).filter((piece) => piece.length > 0);
}
