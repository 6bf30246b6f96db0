/**
 * The providers that have a webhook verification recipe (`content/webhooks/<id>.ts`) and test vectors
 * (`content/webhooks/vectors/<id>.json`). AWS and Salesforce are absent: neither signs HTTP webhooks
 * (their provider pages have no `webhooks` facts).
 */
export const WEBHOOK_RECIPE_PROVIDERS = [
	'discord',
	'github',
	'hubspot',
	'openai',
	'paypal',
	'sendgrid',
	'shopify',
	'slack',
	'stripe',
	'twilio',
	'square',
	'zoom',
	'intercom',
	'jira',
	'cloudflare',
	'adyen',
	'plaid',
	'anthropic',
	'gemini',
	'resend',
	'linear',
	'notion',
	'airtable',
	'zendesk',
] as const;

export type WebhookRecipeProvider = (typeof WEBHOOK_RECIPE_PROVIDERS)[number];

/** Path of a provider's recipe in the repository. */
export function recipePath(provider: string): string {
	return `content/webhooks/${provider}.ts`;
}

/** Path of a provider's vector file in the repository. */
export function vectorFilePath(provider: string): string {
	return `content/webhooks/vectors/${provider}.json`;
}

/** URL of a provider's published vectors on the site. */
export function vectorUrl(provider: string): string {
	return `/api/v1/webhook-vectors/${provider}.json`;
}

/** Whether a provider has a recipe. */
export function hasWebhookRecipe(provider: string): provider is WebhookRecipeProvider {
	return (WEBHOOK_RECIPE_PROVIDERS as readonly string[]).includes(provider);
}

/** An official verification function a provider ships on npm, which the tests run on the same vectors. */
export interface OfficialHelper {
	/** The npm package (pinned in package.json devDependencies). */
	package: string;
	/** The function, as its docs name it. */
	call: string;
}

/**
 * Providers whose official verification function is cross-checked (Slack, Shopify, PayPal, Zoom, Intercom, Jira,
 * Cloudflare, Plaid, Airtable and Zendesk ship none we can run on the raw body). Anthropic's SDKs and Google's
 * webhook cookbook verify with `standardwebhooks`, so that library is their helper.
 */
export const OFFICIAL_HELPERS: Partial<Record<WebhookRecipeProvider, OfficialHelper>> = {
	discord: { package: 'discord-interactions', call: 'verifyKey' },
	github: { package: '@octokit/webhooks-methods', call: 'verify' },
	hubspot: { package: '@hubspot/api-client', call: 'Signature.isValid' },
	openai: { package: 'standardwebhooks', call: 'Webhook.verify' },
	sendgrid: { package: '@sendgrid/eventwebhook', call: 'EventWebhook.verifySignature' },
	stripe: { package: 'stripe', call: 'webhooks.constructEvent' },
	twilio: { package: 'twilio', call: 'validateRequest' },
	adyen: { package: '@adyen/api-library', call: 'hmacValidator.validateHMAC / validateHMACSignature' },
	square: { package: 'square', call: 'WebhooksHelper.verifySignature' },
	anthropic: { package: 'standardwebhooks', call: 'Webhook.verify' },
	gemini: { package: 'standardwebhooks', call: 'Webhook.verify' },
	resend: { package: 'svix', call: 'Webhook.verify' },
	linear: { package: '@linear/sdk', call: 'LinearWebhookClient.verify' },
	notion: { package: '@notionhq/client', call: 'verifyWebhookSignature' },
};
