/** The site's public URL: `site` in astro.config.mjs, and the origin the built-site checks treat as internal. */
export const SITE_URL = 'https://api-patterns.example.org';
