import { z } from 'astro/zod';
import { FactProvenance } from './common';

/** Whether a retried mutation is safe, and how. */
export const IdempotencySchema = z.object({
	/** Whether the API accepts an idempotency key on mutations. */
	supported: z.boolean(),
	/** The request header (or parameter) carrying the key: "Idempotency-Key". */
	header: z.string().min(1).optional(),
	/** How long the provider remembers a key, as documented: "24 hours". */
	keyLifetime: z.string().min(1).optional(),
	/** How to use it, or how to deduplicate where there is no support. Markdown inline syntax is allowed. */
	notes: z.string().min(1),
	...FactProvenance,
});

export type Idempotency = z.infer<typeof IdempotencySchema>;
/** Idempotency facts as written in frontmatter: `verified` may be a date string. */
export type IdempotencyInput = z.input<typeof IdempotencySchema>;
