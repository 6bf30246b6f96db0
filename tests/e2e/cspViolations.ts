import type { Page } from '@playwright/test';

/**
 * Collects every Content Security Policy violation a page reports, from its `securitypolicyviolation`
 * events and from the browser's "Refused to …" console messages, for a test to assert there are none.
 * Call before the first navigation.
 */
export async function collectCspViolations(page: Page): Promise<string[]> {
	const violations: string[] = [];
	await page.exposeFunction('__reportCspViolation', (violation: string) => violations.push(violation));
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			const where = event.sourceFile ? ` at ${event.sourceFile}:${event.lineNumber}` : '';
			const report = (window as unknown as { __reportCspViolation: (text: string) => void }).__reportCspViolation;
			report(`${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'}${where} on ${location.pathname}`);
		});
	});
	page.on('console', (message) => {
		if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
	});
	return violations;
}
