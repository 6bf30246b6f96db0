import { z } from 'astro/zod';

/** One way to authenticate against the provider's API. */
export const AuthMethodSchema = z.object({
	/** Short name: "Secret API key", "IAM role", "GitHub App installation token". */
	name: z.string().min(1),
	/** How it works and when to use it. Markdown inline syntax is allowed. */
	description: z.string().min(1),
});

/** A permission scope an integration typically needs. */
export const AuthScopeSchema = z.object({
	/** The scope as the provider spells it: "repo", "read:org". */
	name: z.string().min(1),
	/** What it grants. */
	description: z.string().min(1),
});

/** How an integration proves who it is, in development and in production. */
export const AuthSchema = z.object({
	/** Supported authentication methods, most recommended first. */
	methods: z.array(AuthMethodSchema).min(1),
	/** Environment variables the SDKs or examples read credentials from: ["STRIPE_SECRET_KEY"]. */
	envVars: z.array(z.string().regex(/^[A-Z][A-Z0-9_]*$/, { error: 'expected an UPPER_SNAKE_CASE variable name' })),
	/** What to use while developing (test keys, sandbox accounts, SSO profiles). */
	development: z.string().min(1),
	/** What to use in production (restricted keys, roles, rotation). */
	production: z.string().min(1),
	/** Permission scopes commonly needed, if the provider has scopes. */
	scopes: z.array(AuthScopeSchema).default([]),
});

export type Auth = z.infer<typeof AuthSchema>;
/** Authentication facts as written in frontmatter: `scopes` may be missing. */
export type AuthInput = z.input<typeof AuthSchema>;
