import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_FLAGS, chromiumPath } from './tests/chromium';

const port = Number(process.env.PORT ?? 4329);

export default defineConfig({
	testDir: './tests/e2e',
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	retries: process.env.CI ? 1 : 0,
	workers: 2,
	// Two cores run the browser, the server and the tests: allow for a loaded machine.
	timeout: 60_000,
	reporter: 'list',
	use: {
		baseURL: `http://localhost:${port}`,
		trace: 'retain-on-failure',
		// Debian's Chromium when present: Playwright's own browser download is not available everywhere.
		launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_FLAGS },
	},
	projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
	// The real production build, served statically: what visitors get. `npm test` builds (and checks dist/)
	// first and sets E2E_PREBUILT, so the site is not built twice. `--ignore-lock` lets it run beside a
	// preview server the developer already has open (Astro allows one tracked server per project).
	webServer: {
		command: `${process.env.E2E_PREBUILT ? '' : 'npm run build && '}npx astro preview --port ${port} --ignore-lock`,
		url: `http://localhost:${port}/`,
		reuseExistingServer: !process.env.CI,
		timeout: 300_000,
		stdout: 'ignore',
	},
});
