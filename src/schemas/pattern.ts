import { z } from 'astro/zod';
import { ChecklistPhaseIdSchema } from './checklist';
import { FactProvenance, PROVIDER_SECTION_IDS, StableIdSchema } from './common';

/** How much a pattern matters: `must` breaks money, security or data if ignored. */
export const SeveritySchema = z.enum(['must', 'should', 'good-to-know']);

/**
 * The checklist items generated from a provider's facts (src/lib/checklist/items.ts), one each:
 * `webhook-signature` from `webhooks`, `idempotency-key` from `idempotency.header`, `backoff` from
 * `rateLimits`, `pagination` from `pagination`.
 */
export const FactItemSchema = z.enum(['webhook-signature', 'idempotency-key', 'backoff', 'pagination']);

/** A core integration pattern, or a gotcha: something that goes wrong and how to do it right. */
export const PatternSchema = z.object({
	/**
	 * Stable id, unique within the provider: the heading's anchor `#<id>` on the provider page,
	 * so links from code reviews survive a change of title.
	 */
	id: StableIdSchema.refine((id) => !(PROVIDER_SECTION_IDS as readonly string[]).includes(id), {
		error: `expected an id that is not a section of the provider page (${PROVIDER_SECTION_IDS.join(', ')})`,
	}),
	/** `pattern` is a practice to follow; `gotcha` is a trap people fall into. */
	kind: z.enum(['pattern', 'gotcha']),
	/** Short title, shown as the heading. */
	title: z.string().min(1),
	/** How much it matters; `must` items also become checklist items. */
	severity: SeveritySchema,
	/** What goes wrong if you get it wrong. Markdown inline syntax is allowed. */
	problem: z.string().min(1),
	/** How to do it right. Markdown inline syntax is allowed. */
	solution: z.string().min(1),
	/** The checklist phase a `must` pattern's generated checklist item goes in. */
	checklistPhase: ChecklistPhaseIdSchema.default('implementation'),
	/**
	 * For a `must` pattern that asks for the same task as a checklist item generated from the
	 * provider's facts, that item (`webhook-signature`, `idempotency-key`, `backoff`, `pagination`):
	 * the checklist then shows one item, with the generated item's id, title and check, this pattern's
	 * problem and solution, and `<provider>-gotcha-<id>` kept as an alias so saved progress and shared
	 * links still find it. Leave it out when the pattern asks for something else.
	 */
	sameTaskAs: FactItemSchema.optional(),
	/** Codes from this provider's `errors` that this pattern causes or handles. */
	relatedErrors: z.array(z.union([z.string().min(1), z.int()]).pipe(z.coerce.string())).default([]),
	...FactProvenance,
});

export type Pattern = z.infer<typeof PatternSchema>;
/** A pattern as written in frontmatter: `relatedErrors` may hold numbers, defaulted fields may be missing. */
export type PatternInput = z.input<typeof PatternSchema>;
/** A checklist item generated from a provider's facts. */
export type FactItem = z.infer<typeof FactItemSchema>;
export type Severity = z.infer<typeof SeveritySchema>;
