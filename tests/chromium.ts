/**
 * The Chromium the browser tests and the benchmark drive, and its flags: one place for both
 * (playwright.config.ts, scripts/bench/browser.ts).
 */
import { existsSync } from 'node:fs';

/** Flags for Debian's Chromium in a container: no sandbox as root, no GPU, no calls home on a closed network. */
export const CHROMIUM_FLAGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
];

/** CHROMIUM_PATH, else Debian's Chromium, else undefined (Playwright's own download, where it can be had). */
export function chromiumPath(): string | undefined {
	return process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
}
