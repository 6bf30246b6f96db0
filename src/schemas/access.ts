import { z } from 'astro/zod';
import { FactProvenance } from './common';

/**
 * What an integrator needs before the first request works: the account, a place to test, the plan or
 * programme that unlocks the API, any review before going live, and where the credentials come from.
 */
export const AccessSchema = z.object({
	/** The account to create: "A Stripe account (free to open)", "An AWS account". Markdown inline syntax is allowed. */
	account: z.string().min(1),
	/**
	 * Where to develop and test without touching real data or money, and its limits: test mode, sandbox
	 * accounts, developer stores. Say so when there is none.
	 */
	testing: z.string().min(1),
	/** A paid plan, usage tier or partner programme the API (or part of it) requires; omit when every account has it. */
	plan: z.string().min(1).optional(),
	/** Review, verification or approval needed before real users or production traffic; omit when there is none. */
	review: z.string().min(1).optional(),
	/** Where the keys or app credentials are created: "Dashboard → Developers → API keys". */
	credentials: z.string().min(1),
	...FactProvenance,
});

export type Access = z.infer<typeof AccessSchema>;
