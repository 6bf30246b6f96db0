/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite config, so unit tests can also render components with Astro's container API.
export default getViteConfig({
	test: {
		include: ['tests/unit/**/*.test.ts'],
	},
});
