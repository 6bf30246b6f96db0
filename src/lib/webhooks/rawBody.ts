/**
 * The raw-body guide (`/webhooks/raw-body/`): one real, type-checked file per framework under
 * content/webhooks/raw-body/, each verifying a Stripe delivery with the Stripe recipe.
 */

/** Path of the guide on the site. */
export const RAW_BODY_PATH = '/webhooks/raw-body/';

/** One framework's section of the guide. */
export interface RawBodyFramework {
	/** Anchor of its section. */
	id: string;
	/** The snippet is content/webhooks/raw-body/<file>.ts. */
	file: string;
	/** Heading. */
	name: string;
	/** devDependencies it is type-checked against (none: only TypeScript's DOM types, as for Next.js). */
	packages: readonly string[];
}

/** The frameworks shown, in page order. */
export const RAW_BODY_FRAMEWORKS: readonly RawBodyFramework[] = [
	{ id: 'express', file: 'express', name: 'Express', packages: ['express', '@types/express'] },
	{ id: 'fastify', file: 'fastify', name: 'Fastify', packages: ['fastify'] },
	{ id: 'nextjs-app-router', file: 'next-app-router', name: 'Next.js App Router', packages: [] },
	{ id: 'hono', file: 'hono', name: 'Hono', packages: ['hono'] },
	{ id: 'aws-lambda', file: 'aws-lambda', name: 'AWS Lambda behind API Gateway', packages: ['@types/aws-lambda'] },
];
