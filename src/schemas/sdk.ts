import { z } from 'astro/zod';

/** One official (or de facto standard) SDK for a provider. */
export const SdkSchema = z.object({
	/** Programming language, as readers search for it: "Node.js", "Python", "Go". */
	language: z.string().min(1),
	/** The package, module or gem name: "stripe", "github.com/stripe/stripe-go". */
	package: z.string().min(1),
	/** The shell command that installs it: "npm install stripe". */
	install: z.string().min(1),
	/** Anything worth knowing before installing (versioning, major-version paths). */
	note: z.string().optional(),
});

export type Sdk = z.infer<typeof SdkSchema>;
