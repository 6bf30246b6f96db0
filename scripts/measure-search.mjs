/**
 * Measures what search costs a reader, on a running build (`npm start`, or `astro preview --port <port>`):
 * JavaScript (gzip) before `load` and at network idle on pages where search is not opened, what opening a
 * search adds, and how long the first results take after typing (cold cache).
 *
 *   node scripts/measure-search.mjs [base URL, default http://localhost:4321] [paths…]
 */
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const [base = 'http://localhost:4321', ...args] = process.argv.slice(2);
const paths = args.length > 0 ? args : ['/', '/providers/stripe/', '/errors/'];
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

for (const path of paths) {
	const page = await browser.newPage();
	const scripts = [];
	let loaded = false;
	page.on('load', () => (loaded = true));
	page.on('response', async (response) => {
		const url = new URL(response.url());
		if (response.request().resourceType() !== 'script' && !url.pathname.endsWith('.js')) return;
		const beforeLoad = !loaded;
		const body = await response.body().catch(() => Buffer.alloc(0));
		scripts.push({ path: url.pathname, gzip: gzipSync(body, { level: 9 }).length, beforeLoad });
	});
	await page.goto(base + path, { waitUntil: 'load' });
	await page.waitForLoadState('networkidle');
	const total = (list) => list.reduce((sum, script) => sum + script.gzip, 0);
	const inline = await page.evaluate(() => [...document.querySelectorAll('script:not([src])')].map((s) => s.textContent).join('\n'));
	console.log(
		`${path}: JS before load ${kb(total(scripts.filter((s) => s.beforeLoad)))}, at network idle ${kb(total(scripts))}` +
			` (+ ${kb(gzipSync(Buffer.from(inline), { level: 9 }).length)} inline), gzip`
	);

	const seen = scripts.length;
	const started = Date.now();
	await page.keyboard.press('Control+k');
	await page.keyboard.type('card_declined', { delay: 30 });
	await page.locator('site-search .search-results > li').first().waitFor();
	const firstResults = Date.now() - started;
	await page.waitForLoadState('networkidle');
	console.log(`  opening search and typing "card_declined": first results after ${firstResults} ms; +${kb(total(scripts.slice(seen)))} JS`);
	await page.close();
}
await browser.close();
