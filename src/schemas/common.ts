import { z } from 'astro/zod';

/**
 * A stable identifier: lowercase letters, digits and hyphens, starting with a letter.
 * Ids become URL fragments and permalinks, so they never change when wording does.
 */
export const StableIdSchema = z
	.string()
	.regex(/^[a-z][a-z0-9-]*$/, {
		error: 'expected a stable id: lowercase letters, digits and hyphens, starting with a letter (e.g. "verify-webhook-signature")',
	});

/** An HTTP status code, 100 to 599. */
export const HttpStatusSchema = z.int().min(100).max(599);

/** An https URL of the provider's own documentation or changelog. */
export const SourceUrlSchema = z.url({ protocol: /^https$/, error: 'expected an https URL' });

/** A calendar day, written in YAML as `2026-11-27`. */
export const DaySchema = z.coerce.date({ error: 'expected a date written as YYYY-MM-DD' });

/**
 * Where a single fact comes from. Spread into every fact schema (`...FactProvenance`)
 * so that each rate limit, error code, gotcha and webhook rule carries its own source.
 */
export const FactProvenance = {
	/** The official documentation page that states this fact. */
	source: SourceUrlSchema,
	/** When this fact was last checked against `source`; defaults to the provider's `lastVerified`. */
	verified: DaySchema.optional(),
	/**
	 * Set when the fact could not be confirmed in the official docs (or sources disagree):
	 * a short note saying what is uncertain. The page shows it as unverified.
	 */
	unverified: z.string().min(1).optional(),
};

/** A fact's provenance on its own, for code that reads only these three fields. */
export const ProvenanceSchema = z.object(FactProvenance);

/** A fact's provenance once parsed: `verified` is a `Date`. */
export type Provenance = z.infer<typeof ProvenanceSchema>;
/** A fact's provenance as written in frontmatter: `verified` may be a date string. */
export type ProvenanceInput = z.input<typeof ProvenanceSchema>;

/**
 * Fixed section ids of a provider page (its headings' anchors). A pattern's id becomes an anchor on
 * the same page, so it may not take one of these; src/lib/anchors.ts and the content rules read them here.
 */
export const PROVIDER_SECTION_IDS = [
	'overview',
	'access',
	'sdks',
	'authentication',
	'versioning',
	'rate-limits',
	'error-codes',
	'patterns',
	'webhooks',
	'pagination',
	'idempotency',
	'code-examples',
	'sources',
] as const;
