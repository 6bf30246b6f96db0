/**
 * The shape of every file of the JSON API (`/api/v1/…`), as Zod schemas built from the content schemas
 * (src/schemas/): a provider's facts as parsed (defaults applied), with each fact's verified date filled
 * in, dates written `YYYY-MM-DD`, and the URLs of its page entry and permalink added. The published JSON
 * Schemas are generated from these (src/lib/data/jsonSchemas.ts); the builders (apiFiles.ts) are typed by them.
 */
import { z } from 'astro/zod';
import { AccessSchema } from '../../schemas/access';
import { ChecklistPhaseIdSchema, ChecklistPhaseSchema, ChecklistTemplateItemSchema } from '../../schemas/checklist';
import { FactProvenance, SourceUrlSchema, StableIdSchema } from '../../schemas/common';
import { ErrorCodeSchema } from '../../schemas/errorCode';
import { IdempotencySchema } from '../../schemas/idempotency';
import { PaginationSchema } from '../../schemas/pagination';
import { PatternSchema } from '../../schemas/pattern';
import { ProviderSchema } from '../../schemas/provider';
import { RateLimitSchema } from '../../schemas/rateLimit';
import { VersioningSchema } from '../../schemas/versioning';
import { WebhookSchema } from '../../schemas/webhook';
import type { ApiFileKind } from './paths';

/** A calendar day as the API writes it: "2026-11-27". */
const DayStringSchema = z.iso.date().meta({ description: 'A calendar day, YYYY-MM-DD (UTC).' });

/** A path on this site, from its root: "/providers/stripe/#error-card-declined". */
const SitePathSchema = z
	.string()
	.regex(/^\/\S*$/)
	.meta({ description: 'A path on this site, from its root (resolve it against https://api-patterns.example.org).' });

/** The `$schema` field every file starts with. */
const SchemaFieldSchema = z.url().meta({ description: 'The URL of the JSON Schema this file follows.' });

/** Where a published fact comes from; `verified` is always set here. */
const PublishedProvenance = {
	/** The official documentation page that states the fact. */
	source: SourceUrlSchema.meta({ description: "The provider's documentation page that states this fact." }),
	/** When the fact was last checked: its own date, else the provider's `lastVerified`. */
	verified: DayStringSchema.meta({ description: "When this fact was last checked against `source`: its own date, else the provider's `lastVerified`." }),
	/** Present when the fact could not be confirmed: what is uncertain. */
	unverified: FactProvenance.unverified.meta({ description: 'Present when the fact could not be confirmed in the official docs: what is uncertain.' }),
};

/** The two URLs of an entry that has its own anchor and permalink. */
const EntryLinks = {
	/** The entry on its provider page: `/providers/stripe/#error-card-declined`. */
	url: SitePathSchema.meta({ description: 'The entry on its provider page, with its anchor: /providers/stripe/#error-card-declined.' }),
	/** The short permalink, built from ids only: `/e/stripe/card-declined/`. */
	permalink: SitePathSchema.meta({ description: 'The short permalink, built from ids only: /e/stripe/card-declined/.' }),
};

/** The URL of a section of the provider page: `/providers/stripe/#webhooks`. */
const SectionLink = {
	/** The section on the provider page. */
	url: SitePathSchema.meta({ description: 'The section on the provider page: /providers/stripe/#webhooks.' }),
};

/** One rate limit as published. */
export const ApiRateLimitSchema = z.object({ ...RateLimitSchema.shape, ...PublishedProvenance, ...EntryLinks }).meta({ title: 'Rate limit' });
/** One error code as published. */
export const ApiErrorSchema = z.object({ ...ErrorCodeSchema.shape, ...PublishedProvenance, ...EntryLinks }).meta({ title: 'Error code' });
/** One pattern or gotcha as published. */
export const ApiPatternSchema = z.object({ ...PatternSchema.shape, ...PublishedProvenance, ...EntryLinks }).meta({ title: 'Pattern or gotcha' });

/** The file `/api/v1/providers/<id>.json`: every fact of one provider. */
export const ApiProviderFileSchema = z
	.object({
		/** The schema URL. */
		$schema: SchemaFieldSchema,
		...ProviderSchema.shape,
		/** The date every fact without its own `verified` date was last checked. */
		lastVerified: DayStringSchema,
		/** What an integrator needs before the first request; absent until the provider file has it. */
		access: z.object({ ...AccessSchema.shape, ...PublishedProvenance, ...SectionLink }).optional(),
		/** How the API is versioned; absent until the provider file has it. */
		versioning: z.object({ ...VersioningSchema.shape, ...PublishedProvenance, ...SectionLink }).optional(),
		/** Rate limits, in page order. */
		rateLimits: z.array(ApiRateLimitSchema),
		/** Error codes, in page order. */
		errors: z.array(ApiErrorSchema),
		/** Patterns and gotchas, in page order. */
		patterns: z.array(ApiPatternSchema),
		/** Webhook signing and delivery; absent when the provider sends none. */
		webhooks: z.object({ ...WebhookSchema.shape, ...PublishedProvenance, ...SectionLink }).optional(),
		/** How lists page; absent when the API has no lists. */
		pagination: z.object({ ...PaginationSchema.shape, ...PublishedProvenance, ...SectionLink }).optional(),
		/** Idempotency support. */
		idempotency: z.object({ ...IdempotencySchema.shape, ...PublishedProvenance, ...SectionLink }),
		/** The provider page. */
		url: SitePathSchema.meta({ description: 'The provider page: /providers/stripe/.' }),
		/** The page's Markdown twin. */
		markdownUrl: SitePathSchema.meta({ description: "The provider page's Markdown twin: /providers/stripe.md." }),
		/** The provider's integration checklist. */
		checklistUrl: SitePathSchema.meta({ description: "The provider's integration checklist: /checklist/stripe/." }),
	})
	.meta({ title: 'Provider', description: "Every documented fact of one API provider, after defaults; each fact with its source, verified date and URLs." });

/** One line of `/api/v1/providers.json`. */
export const ApiProviderSummarySchema = z.object({
	id: ProviderSchema.shape.id,
	name: ProviderSchema.shape.name,
	category: ProviderSchema.shape.category,
	summary: ProviderSchema.shape.summary,
	docsUrl: ProviderSchema.shape.docsUrl,
	lastVerified: DayStringSchema,
	/** How many entries of each kind the provider page has. */
	counts: z
		.object({ rateLimits: z.int().nonnegative(), errors: z.int().nonnegative(), patterns: z.int().nonnegative() })
		.meta({ description: 'How many rate limits, error codes and patterns (with gotchas) the provider documents.' }),
	url: SitePathSchema.meta({ description: 'The provider page: /providers/stripe/.' }),
	markdownUrl: SitePathSchema.meta({ description: 'Its Markdown twin: /providers/stripe.md.' }),
	jsonUrl: SitePathSchema.meta({ description: 'Its JSON file: /api/v1/providers/stripe.json.' }),
});

/** The file `/api/v1/providers.json`: every provider, sorted by name. */
export const ApiProvidersFileSchema = z
	.object({ $schema: SchemaFieldSchema, providers: z.array(ApiProviderSummarySchema) })
	.meta({ title: 'Providers', description: 'Every provider in the reference, sorted by name, with the URLs of its page, Markdown twin and JSON file.' });

/** The provider a row of a cross-provider file belongs to. */
const RowProvider = {
	provider: StableIdSchema.meta({ description: 'The provider id: stripe. Its facts are at /api/v1/providers/<id>.json.' }),
	providerName: z.string().min(1).meta({ description: 'The provider name: Stripe.' }),
};

/** The file `/api/v1/errors.json`: every error code of every provider. */
export const ApiErrorsFileSchema = z
	.object({ $schema: SchemaFieldSchema, errors: z.array(z.object({ ...RowProvider, ...ApiErrorSchema.shape })) })
	.meta({
		title: 'Error codes',
		description: 'Every error code of every provider with its HTTP status and retry class: the table a client needs to decide "retry or not".',
	});

/** The file `/api/v1/rate-limits.json`: every rate limit of every provider. */
export const ApiRateLimitsFileSchema = z
	.object({ $schema: SchemaFieldSchema, rateLimits: z.array(z.object({ ...RowProvider, ...ApiRateLimitSchema.shape })) })
	.meta({ title: 'Rate limits', description: 'Every documented rate limit of every provider.' });

/** One checklist item as published: a template item, or one generated from a provider's facts. */
export const ApiChecklistItemSchema = z.object({
	id: ChecklistTemplateItemSchema.shape.id,
	aliases: z.array(StableIdSchema).meta({ description: 'Earlier ids of this item; links and saved progress using them still find it.' }),
	phase: ChecklistPhaseIdSchema,
	kind: z.enum(['template', 'generated']).meta({ description: '`template`: from content/checklist.yaml; `generated`: implied by one provider\'s facts.' }),
	title: ChecklistTemplateItemSchema.shape.title,
	why: ChecklistTemplateItemSchema.shape.why,
	verify: ChecklistTemplateItemSchema.shape.verify,
	provider: StableIdSchema.optional().meta({ description: 'For generated items, the provider whose facts imply it.' }),
	appliesTo: z
		.array(StableIdSchema)
		.optional()
		.meta({ description: 'For template items with conditions, the providers that meet one; absent when the item always applies.' }),
	source: z
		.object({ url: SitePathSchema, label: z.string().min(1) })
		.optional()
		.meta({ description: 'For generated items, the fact on the provider page it comes from.' }),
	url: SitePathSchema.meta({ description: 'The item on its checklist page: /checklist/#<id>, or /checklist/<provider>/#<id> for generated items.' }),
});

/** The file `/api/v1/checklist.json`: the four phases with template and generated items. */
export const ApiChecklistFileSchema = z
	.object({
		$schema: SchemaFieldSchema,
		phases: z.array(
			z.object({
				id: ChecklistPhaseSchema.shape.id,
				title: ChecklistPhaseSchema.shape.title,
				description: ChecklistPhaseSchema.shape.description,
				items: z.array(ApiChecklistItemSchema),
			})
		),
	})
	.meta({ title: 'Integration checklist', description: 'The four-phase checklist: the generic template items and the items each provider\'s facts imply, with their stable ids.' });

/** The schema of each kind of file. */
export const API_SCHEMAS = {
	providers: ApiProvidersFileSchema,
	provider: ApiProviderFileSchema,
	errors: ApiErrorsFileSchema,
	'rate-limits': ApiRateLimitsFileSchema,
	checklist: ApiChecklistFileSchema,
} as const satisfies Record<ApiFileKind, z.ZodType>;

export type ApiProvidersFile = z.output<typeof ApiProvidersFileSchema>;
export type ApiProviderFile = z.output<typeof ApiProviderFileSchema>;
export type ApiErrorsFile = z.output<typeof ApiErrorsFileSchema>;
export type ApiRateLimitsFile = z.output<typeof ApiRateLimitsFileSchema>;
export type ApiChecklistFile = z.output<typeof ApiChecklistFileSchema>;
export type ApiChecklistItem = z.output<typeof ApiChecklistItemSchema>;
