/**
 * The provider pages whose TypeScript and JavaScript blocks are type-checked (`npm run check:examples`)
 * and say so under each block: every provider page that has such a block (tests/unit/codeExamples.test.ts
 * fails when one is missing), so a new provider's blocks must compile before it is added.
 */
export const TYPE_CHECKED_PROVIDERS = [
	'adyen',
	'airtable',
	'anthropic',
	'aws',
	'cloudflare',
	'discord',
	'gemini',
	'github',
	'hubspot',
	'intercom',
	'jira',
	'linear',
	'mailgun',
	'microsoft-graph',
	'notion',
	'openai',
	'paypal',
	'plaid',
	'postmark',
	'resend',
	'salesforce',
	'sendgrid',
	'shopify',
	'slack',
	'square',
	'stripe',
	'telegram',
	'twilio',
	'zendesk',
	'zoom',
] as const;

/** Whether a provider's code blocks are type-checked. */
export function isTypeChecked(provider: string): boolean {
	return (TYPE_CHECKED_PROVIDERS as readonly string[]).includes(provider);
}

/** Type packages that come with a package the blocks import (the page names both). */
const TYPE_PACKAGES: Readonly<Record<string, string>> = { express: '@types/express' };

/**
 * What a block is type-checked against, as the page says it: "stripe@23.1.0", "express@5.3.0
 * (@types/express@5.0.6)", or TypeScript and the Node.js types for a block that imports no package.
 */
export function typeCheckedAgainst(packages: readonly string[], version: (name: string) => string): string {
	if (packages.length === 0) return `typescript@${version('typescript')} with @types/node@${version('@types/node')}`;
	return packages
		.map((name) => {
			const types = TYPE_PACKAGES[name];
			return types ? `${name}@${version(name)} (${types}@${version(types)})` : `${name}@${version(name)}`;
		})
		.join(', ');
}
