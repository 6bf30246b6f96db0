/** The site's public URL: `site` in astro.config.mjs, and the origin the built-site checks treat as internal. */
export const SITE_URL = 'https://api-patterns.example.org';

/** The site's title: Starlight's `title` in astro.config.mjs, and the heading of /llms.txt. */
export const SITE_TITLE = 'API Integration Patterns';

/** One sentence on what the site is: Starlight's `description`, and the summary line of /llms.txt. */
export const SITE_DESCRIPTION = 'Rate limits, error codes with retry advice, gotchas and checklists for integrating third-party APIs.';
