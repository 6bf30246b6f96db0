import { describe, expect, it } from 'vitest';
import { asCode, escapeHtml, inlineMarkdownToText, renderInlineMarkdown } from '../../src/lib/inlineMarkdown';

describe('renderInlineMarkdown', () => {
	it('should render code spans literally and escape their content', () => {
		expect(renderInlineMarkdown('Use `a<b> **x**`')).toBe('Use <code>a&lt;b&gt; **x**</code>');
	});

	it('should render https, root-relative and fragment links but not other schemes', () => {
		expect(renderInlineMarkdown('[docs](https://x.dev/a) [page](/p/) [here](#id)')).toBe(
			'<a href="https://x.dev/a">docs</a> <a href="/p/">page</a> <a href="#id">here</a>'
		);
		expect(renderInlineMarkdown('[bad](javascript:alert(1))')).toBe('[bad](javascript:alert(1))');
	});

	it('should render strong and emphasis, leaving snake_case and lone asterisks alone', () => {
		expect(renderInlineMarkdown('**must** and *not*')).toBe('<strong>must</strong> and <em>not</em>');
		expect(renderInlineMarkdown('2 * 3 = 6, rate_limit_error')).toBe('2 * 3 = 6, rate_limit_error');
	});

	it('should escape raw HTML', () => {
		expect(renderInlineMarkdown('<script>x</script> & "q"')).toBe('&lt;script&gt;x&lt;/script&gt; &amp; &quot;q&quot;');
		expect(escapeHtml("'")).toBe('&#39;');
	});

	it('should strip syntax for plain text', () => {
		expect(inlineMarkdownToText('Send `Idempotency-Key` per [docs](https://x.dev) **always**')).toBe(
			'Send Idempotency-Key per docs always'
		);
	});
});

describe('asCode', () => {
	it('should put a name in a code span unless it already has its own', () => {
		expect(asCode('Idempotency-Key')).toBe('`Idempotency-Key`');
		expect(asCode('`@idempotent(key:)` directive (GraphQL)')).toBe('`@idempotent(key:)` directive (GraphQL)');
	});
});
