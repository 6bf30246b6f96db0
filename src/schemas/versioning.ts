import { z } from 'astro/zod';
import { FactProvenance } from './common';

/**
 * Where a request names the API version it wants: a request `header` (`Stripe-Version`), the URL `path`
 * (`/v1/`, `/2025-01/`), a `query` parameter, only the account or app `settings`, or `none` (one unversioned API).
 */
export const VersionSelectorSchema = z.enum(['header', 'path', 'query', 'settings', 'none']);

/** How the API is versioned, what the current version is, and how long old versions keep working. */
export const VersioningSchema = z.object({
	/** Where the version is chosen; see `VersionSelectorSchema`. */
	selector: VersionSelectorSchema,
	/** The header, path segment or parameter as the provider spells it: "Stripe-Version", "/v1/", "api-version". */
	name: z.string().min(1).optional(),
	/** The current (or default) version as documented, e.g. "2022-11-28"; omit when it changes too often to pin here. */
	current: z.string().min(1).optional(),
	/** What a request that names no version gets: "the account's default version", "the oldest supported version". */
	default: z.string().min(1).optional(),
	/** How long an old version keeps working, and how retirement is announced. */
	support: z.string().min(1).optional(),
	/** Anything else worth a sentence: SDK majors pinned to a version, breaking-change policy. Markdown inline syntax is allowed. */
	notes: z.string().min(1).optional(),
	...FactProvenance,
});

export type Versioning = z.infer<typeof VersioningSchema>;
export type VersionSelector = z.infer<typeof VersionSelectorSchema>;
