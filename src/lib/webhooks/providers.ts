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
