import { z } from 'astro/zod';
import { StableIdSchema } from './common';

/** A word or phrase as a reader types it: lower case, letters, digits, spaces, `_`, `-` and `.`. */
const TermSchema = z
	.union([z.string(), z.int()])
	.transform(String)
	.pipe(z.string().regex(/^[a-z0-9][a-z0-9 _.-]*$/, { error: 'expected a lower-case word or phrase (letters, digits, spaces, _ - .)' }));

/** content/search/synonyms.yaml: the search's reviewed table of provider aliases and concept groups. */
export const SynonymsSchema = z.strictObject({
	/** Other names readers use for a provider, by provider id: `aws: [s3, dynamodb]`. */
	providers: z.record(StableIdSchema, z.array(TermSchema).min(1)).default({}),
	/** Groups of interchangeable words or phrases: a query word matches text that uses any word of its group. */
	concepts: z.array(z.array(TermSchema).min(2, { error: 'expected a group of at least two words' })).default([]),
});

export type Synonyms = z.infer<typeof SynonymsSchema>;
