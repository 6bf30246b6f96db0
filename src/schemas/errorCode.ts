import { z } from 'astro/zod';
import { FactProvenance, HttpStatusSchema } from './common';

/**
 * What a client should do with an error, at a glance:
 * - `do-not-retry`: retrying the same request cannot succeed; tell the user or change the business flow.
 * - `fix-the-request`: a bug or bad input on the caller's side; fix it, then send a corrected request.
 * - `retry-with-backoff`: transient; retry the same request with exponential backoff and jitter
 *   (honouring a retry header when the provider sends one).
 */
export const RetryClassSchema = z.enum(['do-not-retry', 'fix-the-request', 'retry-with-backoff']);

/** One error a provider returns. */
export const ErrorCodeSchema = z.object({
	/**
	 * The code exactly as the API returns it: "card_declined", "21610", "ThrottlingException".
	 * It is also the error's stable id: the anchor `#error-<code>` on the provider page.
	 * Numbers in YAML are accepted and kept as text (a pipe, not a transform, so the JSON Schema of the
	 * parsed output says "string": see src/lib/data/jsonSchemas.ts).
	 */
	code: z.union([z.string().min(1), z.int()]).pipe(z.coerce.string()),
	/** Other names of the same error (an older name, another SDK's class name): they find this entry too. */
	aliases: z.array(z.string().min(1)).default([]),
	/** HTTP status the error comes with, where one applies. */
	httpStatus: HttpStatusSchema.optional(),
	/** The service or API area the code belongs to, where the provider has several: "S3", "Lambda". */
	service: z.string().min(1).optional(),
	/** How to recognise the error when the HTTP status does not, e.g. "`ok: false` in a 200 body". */
	detection: z.string().min(1).optional(),
	/** What it means, in the provider's terms. */
	meaning: z.string().min(1),
	/** What to do about it. */
	action: z.string().min(1),
	/** The retry class; see `RetryClassSchema`. */
	retry: RetryClassSchema,
	...FactProvenance,
});

export type ErrorCode = z.infer<typeof ErrorCodeSchema>;
/** An error code as written in frontmatter: `code` may be a number, `aliases` may be missing. */
export type ErrorCodeInput = z.input<typeof ErrorCodeSchema>;
export type RetryClass = z.infer<typeof RetryClassSchema>;
