import { z } from 'astro/zod';
import { FactProvenance, HttpStatusSchema, StableIdSchema } from './common';

/** The window a limit is counted over; `concurrent` counts requests in flight at once. */
export const RateWindowSchema = z.enum(['second', 'minute', 'hour', 'day', 'month', 'concurrent']);

/** A limit value that depends on the plan, tier or edition of the account. */
export const RateTierSchema = z.object({
	/** The plan or tier as the provider names it: "Tier 1", "Enterprise Cloud", "Professional". */
	tier: z.string().min(1),
	/** The limit for this tier, in the rate limit's `unit` per its window. */
	limit: z.number().positive(),
	/** Anything that qualifies this tier's figure. */
	note: z.string().optional(),
});

/** What the API answers when the limit is exceeded. */
export const ThrottleResponseSchema = z.object({
	/**
	 * HTTP status of the throttled response (429, 403, 503…; 200 where the error is in the body).
	 * A list when the provider documents several (GitHub: `[403, 429]`); always a list once parsed (the
	 * final pipe names that output type, so the JSON Schema of the parsed output can say it).
	 */
	status: z
		.union([HttpStatusSchema, z.array(HttpStatusSchema).min(1)])
		.transform((status) => [status].flat())
		.pipe(z.array(HttpStatusSchema)),
	/** Error name or code in the body: "SlowDown", "ratelimited", "20429". */
	error: z.string().min(1).optional(),
});

/** When and how to try again after being throttled. */
export const RetryGuidanceSchema = z.object({
	/** Response header that says when to retry ("Retry-After", "x-ratelimit-reset"); omit if there is none. */
	header: z.string().min(1).optional(),
	/** What the provider's documentation tells clients to do. */
	guidance: z.string().min(1),
});

/** One documented rate limit or quota. */
export const RateLimitSchema = z
	.object({
		/** Stable id, unique within the provider; the anchor `#limit-<id>` on the provider page. */
		id: StableIdSchema,
		/** What is limited: "Live-mode API requests", "S3 GET/HEAD requests". */
		name: z.string().min(1),
		/** Who or what the limit applies to: "per account", "per partitioned prefix", "per Region". */
		scope: z.string().min(1),
		/** The number allowed per window, in `unit`; omit when it is configured per resource or only set by tier. */
		limit: z.number().positive().optional(),
		/** What `limit` counts: "requests", "messages", "points", "tokens", "executions". */
		unit: z.string().min(1),
		/** The window the limit is counted over; omit when the provider documents none (never guess one). */
		per: RateWindowSchema.optional(),
		/** Length of the window in `per` units: 10 with `per: second` means "per 10 seconds". */
		interval: z.int().positive().default(1),
		/** How requests are charged when one request does not cost one unit (query cost, points). */
		cost: z.string().min(1).optional(),
		/** Figures that depend on the account's plan or tier, when the limit is not one number. */
		tiers: z.array(RateTierSchema).default([]),
		/** Whether the provider raises the limit on request. */
		adjustable: z.boolean().optional(),
		/** The response when the limit is exceeded; omit when excess work is queued, not refused. */
		throttle: ThrottleResponseSchema.optional(),
		/** How to retry after being throttled. */
		retry: RetryGuidanceSchema,
		/** Further detail worth a sentence. Markdown inline syntax is allowed. */
		notes: z.string().min(1).optional(),
		...FactProvenance,
	})
	.refine((limit) => limit.limit !== undefined || limit.tiers.length > 0 || limit.notes !== undefined, {
		error: 'expected a `limit`, `tiers`, or `notes` explaining why there is no fixed number',
		path: ['limit'],
	});

export type RateLimit = z.infer<typeof RateLimitSchema>;
/** A rate limit as written in frontmatter: `throttle.status` may be one status, `interval` and `tiers` may be missing. */
export type RateLimitInput = z.input<typeof RateLimitSchema>;
export type RateWindow = z.infer<typeof RateWindowSchema>;
