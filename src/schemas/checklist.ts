import { z } from 'astro/zod';
import { StableIdSchema } from './common';

/**
 * When a template item applies, judged against the providers a reader has chosen
 * (with none chosen, every item shows):
 * - `webhooks`: a chosen provider sends webhooks (has `webhooks`).
 * - `payments`: a chosen provider is in the `payments` category.
 * - `pagination`: a chosen provider has paginated lists (has `pagination`).
 * - `idempotency`: a chosen provider supports idempotency keys.
 * - `rate-limits`: a chosen provider documents rate limits.
 */
export const ChecklistConditionSchema = z.enum(['webhooks', 'payments', 'pagination', 'idempotency', 'rate-limits']);

/** One item of the generic checklist template. */
export const ChecklistTemplateItemSchema = z.object({
	/** Stable id: the item's anchor on checklist pages and its key in share links and saved progress. */
	id: StableIdSchema,
	/** Earlier ids of this item (renamed or merged items): old links and saved ticks still find it. */
	aliases: z.array(StableIdSchema).default([]),
	/** Short title, as a task: "Credentials in environment variables". */
	title: z.string().min(1),
	/** Why it matters. Markdown inline syntax is allowed. */
	why: z.string().min(1),
	/** How a reviewer can check it is done. Markdown inline syntax is allowed. */
	verify: z.string().min(1),
	/** Conditions under which the item applies; an empty list means always. Any one condition is enough. */
	appliesWhen: z.array(ChecklistConditionSchema).default([]),
});

/** The four phases of an integration, in order. */
export const ChecklistPhaseIdSchema = z.enum(['research', 'security', 'implementation', 'production']);

/** One phase of the template with its items. */
export const ChecklistPhaseSchema = z.object({
	/** Which phase. */
	id: ChecklistPhaseIdSchema,
	/** Heading shown for the phase: "Research". */
	title: z.string().min(1),
	/** One sentence on what the phase is for. */
	description: z.string().min(1),
	/** The phase's generic items, in the order they are worked through. */
	items: z.array(ChecklistTemplateItemSchema).min(1),
});

/**
 * The file `content/checklist.yaml`: the generic integration checklist, a list of the four phases.
 * The build loads each phase as an entry of the `checklist` collection; this schema adds the rules
 * across phases (order, ids unique across the whole file).
 */
export const ChecklistTemplateSchema = z
	.array(ChecklistPhaseSchema)
	.length(4, { error: 'expected the four phases: research, security, implementation, production' })
	.superRefine((phases, ctx) => {
		const expected = ChecklistPhaseIdSchema.options;
		phases.forEach((phase, index) => {
			if (phase.id !== expected[index]) {
				ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `expected "${expected[index]}" (phases in order)` });
			}
		});
		const seen = new Map<string, string>();
		phases.forEach((phase, phaseIndex) =>
			phase.items.forEach((item, itemIndex) => {
				for (const [field, id] of [['id', item.id], ...item.aliases.map((alias) => ['aliases', alias])] as const) {
					const other = seen.get(id);
					if (other) {
						ctx.addIssue({
							code: 'custom',
							path: [phaseIndex, 'items', itemIndex, field],
							message: `expected a unique id or alias, but "${id}" is already used by ${other}`,
						});
					} else seen.set(id, `${phase.id}/${item.id}`);
				}
			})
		);
	});

export type ChecklistTemplate = z.infer<typeof ChecklistTemplateSchema>;
/** The checklist template as written in YAML: `aliases` and `appliesWhen` may be missing. */
export type ChecklistTemplateInput = z.input<typeof ChecklistTemplateSchema>;
export type ChecklistTemplateItem = z.infer<typeof ChecklistTemplateItemSchema>;
export type ChecklistCondition = z.infer<typeof ChecklistConditionSchema>;
export type ChecklistPhaseId = z.infer<typeof ChecklistPhaseIdSchema>;
