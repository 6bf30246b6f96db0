import { z } from 'astro/zod';
import { AccessSchema } from './access';
import { AuthSchema } from './auth';
import { DaySchema, SourceUrlSchema, StableIdSchema } from './common';
import { ErrorCodeSchema } from './errorCode';
import { IdempotencySchema } from './idempotency';
import { PaginationSchema } from './pagination';
import { PatternSchema, type FactItem } from './pattern';
import { RateLimitSchema } from './rateLimit';
import { SdkSchema } from './sdk';
import { VersioningSchema } from './versioning';
import { WebhookSchema } from './webhook';

/** The kind of API a provider offers; groups providers on the home page, index and sidebar. */
export const CategorySchema = z.enum([
	'payments',
	'communications',
	'email',
	'chat',
	'commerce',
	'crm',
	'ai',
	'cloud',
	'source-control',
	'productivity',
	'support',
]);

/** A page of the provider's documentation this file was checked against. */
export const ProviderSourceSchema = z.object({
	/** The page's title, as a reader would recognise it. */
	title: z.string().min(1),
	/** Its https URL. */
	url: SourceUrlSchema,
});

/**
 * The frontmatter of `content/providers/<id>.md`: every structured fact about one API provider.
 * The Markdown body below it holds prose and code examples.
 */
export const ProviderSchema = z
	.object({
		/** Stable id, also the URL: `/providers/<id>/`. Must equal the file name. */
		id: StableIdSchema,
		/** Display name: "Stripe", "AWS SDK". */
		name: z.string().min(1),
		/** What kind of API it is. */
		category: CategorySchema,
		/** One or two sentences: what the API is and what integrating it involves. */
		summary: z.string().min(1),
		/** The official API documentation's home page. */
		docsUrl: SourceUrlSchema,
		/** The date every fact without its own `verified` date was last checked against its source. */
		lastVerified: DaySchema,
		/** Official SDKs, most used first. */
		sdks: z.array(SdkSchema).min(1),
		/** What you need before you can integrate or test: account, test environment, plan, review, credentials. */
		access: AccessSchema,
		/** How to authenticate. */
		auth: AuthSchema,
		/** How the API is versioned and how long old versions live. */
		versioning: VersioningSchema,
		/** Documented rate limits and quotas. */
		rateLimits: z.array(RateLimitSchema).default([]),
		/** Errors an integration must handle, with what to do about each. */
		errors: z.array(ErrorCodeSchema).default([]),
		/** Core patterns and gotchas, most severe first. */
		patterns: z.array(PatternSchema).default([]),
		/** How webhooks are signed and delivered; omit when the provider sends none. */
		webhooks: WebhookSchema.optional(),
		/** How list endpoints page; omit when the API has no lists. */
		pagination: PaginationSchema.optional(),
		/** Idempotency support for mutations. */
		idempotency: IdempotencySchema,
		/** The documentation pages these facts were checked against. */
		sources: z.array(ProviderSourceSchema).min(1),
	})
	.superRefine((provider, ctx) => {
		reportDuplicates(ctx, 'rateLimits', provider.rateLimits.map((limit) => limit.id), 'id');
		reportDuplicates(ctx, 'errors', provider.errors.map((error) => error.code), 'code');
		reportDuplicates(ctx, 'patterns', provider.patterns.map((pattern) => pattern.id), 'id');
		const knownCodes = new Set(provider.errors.map((error) => error.code));
		provider.patterns.forEach((pattern, patternIndex) => {
			pattern.relatedErrors.forEach((code, codeIndex) => {
				if (knownCodes.has(code)) return;
				ctx.addIssue({
					code: 'custom',
					path: ['patterns', patternIndex, 'relatedErrors', codeIndex],
					message: `expected a code defined in this provider's \`errors\`, got "${code}"`,
				});
			});
		});
		reportSameTaskProblems(ctx, provider);
	});

/** The parts of a provider that decide which checklist items its facts generate. */
interface FactsForItems {
	webhooks?: unknown;
	idempotency: { supported: boolean; header?: string | undefined };
	rateLimits: readonly unknown[];
	pagination?: unknown;
	patterns: readonly { severity: string; sameTaskAs?: FactItem | undefined }[];
}

/**
 * The facts each generated checklist item comes from (mirrors src/lib/checklist/items.ts), as a test
 * on the provider and the field to name when it fails.
 */
const FACT_ITEM_SOURCES: Record<FactItem, { field: string; present: (provider: FactsForItems) => boolean }> = {
	'webhook-signature': { field: '`webhooks`', present: (provider) => provider.webhooks !== undefined },
	'idempotency-key': {
		field: '`idempotency.supported: true` with a `header`',
		present: (provider) => provider.idempotency.supported && provider.idempotency.header !== undefined,
	},
	backoff: { field: 'at least one `rateLimits` entry', present: (provider) => provider.rateLimits.length > 0 },
	pagination: { field: '`pagination`', present: (provider) => provider.pagination !== undefined },
};

/** `sameTaskAs` only on `must` patterns, naming an item the provider's facts generate, at most once each. */
function reportSameTaskProblems(ctx: z.RefinementCtx, provider: FactsForItems) {
	const claimedBy = new Map<FactItem, number>();
	provider.patterns.forEach((pattern, index) => {
		const item = pattern.sameTaskAs;
		if (item === undefined) return;
		const path = ['patterns', index, 'sameTaskAs'];
		const problem = (message: string) => ctx.addIssue({ code: 'custom', path, message });
		if (pattern.severity !== 'must') problem(`expected only on a \`severity: must\` pattern (only those become checklist items), got "${pattern.severity}"`);
		const source = FACT_ITEM_SOURCES[item];
		if (!source.present(provider)) problem(`expected "${item}" to be an item this provider's facts generate, which needs ${source.field}`);
		const first = claimedBy.get(item);
		if (first !== undefined) problem(`expected one pattern per generated item, but "${item}" is already the task of patterns[${first}]`);
		else claimedBy.set(item, index);
	});
}

/** Adds an issue at `<list>.<index>.<field>` for every value seen earlier in the same list. */
function reportDuplicates(ctx: z.RefinementCtx, list: string, values: string[], field: string) {
	const firstIndex = new Map<string, number>();
	values.forEach((value, index) => {
		const first = firstIndex.get(value);
		if (first === undefined) {
			firstIndex.set(value, index);
			return;
		}
		ctx.addIssue({
			code: 'custom',
			path: [list, index, field],
			message: `expected a unique ${field}, but "${value}" is already used by ${list}[${first}]`,
		});
	});
}

/** A provider's facts as the site uses them, after defaults are applied. */
export type Provider = z.infer<typeof ProviderSchema>;
/** A provider's facts as written in frontmatter. */
export type ProviderInput = z.input<typeof ProviderSchema>;
export type Category = z.infer<typeof CategorySchema>;
