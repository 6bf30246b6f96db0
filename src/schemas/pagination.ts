import { z } from 'astro/zod';
import { FactProvenance } from './common';

/**
 * How list endpoints page:
 * - `cursor`: an opaque cursor or object id from the last page (`starting_after`, `next_cursor`).
 * - `offset`: a numeric offset or page number (`page`, `offset`).
 * - `link-header`: follow the `Link` response header's `rel="next"`.
 * - `token`: a continuation token or key returned by the previous response (`NextToken`, `LastEvaluatedKey`).
 */
export const PaginationStyleSchema = z.enum(['cursor', 'offset', 'link-header', 'token']);

/** How to read every page of a list. */
export const PaginationSchema = z.object({
	/** The paging style(s); the first is the recommended one. */
	styles: z.array(PaginationStyleSchema).min(1),
	/** The request parameters that control paging: ["per_page", "page"]. */
	parameters: z.array(z.string().min(1)).default([]),
	/** Items per page when the caller does not say. */
	defaultPageSize: z.int().positive().optional(),
	/** The most items one page can hold. */
	maxPageSize: z.int().positive().optional(),
	/** What to watch out for. Markdown inline syntax is allowed. */
	notes: z.string().min(1),
	...FactProvenance,
});

export type Pagination = z.infer<typeof PaginationSchema>;
/** Pagination facts as written in frontmatter: `parameters` may be missing, `verified` a date string. */
export type PaginationInput = z.input<typeof PaginationSchema>;
export type PaginationStyle = z.infer<typeof PaginationStyleSchema>;
