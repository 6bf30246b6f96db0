import { z } from 'astro/zod';
import { FactProvenance } from './common';

/** A shared-secret signature: the provider computes an HMAC over `signedContent` with a secret you share. */
const HmacVerificationSchema = z.object({
	/** Discriminator: verify by recomputing an HMAC. */
	method: z.literal('hmac'),
	/** The HMAC hash function. */
	algorithm: z.enum(['hmac-sha1', 'hmac-sha256', 'hmac-sha512']),
	/** How the digest is encoded in the header. */
	encoding: z.enum(['hex', 'base64']),
	/** Where the shared secret comes from: "the endpoint's signing secret (whsec_…)". */
	secret: z.string().min(1),
});

/** An asymmetric signature: the provider signs with a private key, you verify with its public key. */
const PublicKeyVerificationSchema = z.object({
	/** Discriminator: verify with the provider's public key. */
	method: z.literal('public-key'),
	/** The signature scheme. */
	algorithm: z.enum(['ed25519', 'ecdsa-p256-sha256', 'rsa-sha256']),
	/** How the signature is encoded in the header. */
	encoding: z.enum(['hex', 'base64']),
	/** Where the public key comes from: "the application's public key in the developer portal". */
	publicKey: z.string().min(1),
});

/** Verification by calling the provider: you send the event back and it answers whether it sent it. */
const ApiVerificationSchema = z.object({
	/** Discriminator: verify by an API call. */
	method: z.literal('api'),
	/** The endpoint that verifies a delivery: "POST /v1/notifications/verify-webhook-signature". */
	endpoint: z.string().min(1),
});

/** How a receiver proves a delivery came from the provider. */
export const WebhookVerificationSchema = z.discriminatedUnion('method', [
	HmacVerificationSchema,
	PublicKeyVerificationSchema,
	ApiVerificationSchema,
]);

/** How the provider signs and delivers webhooks (callbacks, events). */
export const WebhookSchema = z.object({
	/** The header that carries the signature: "Stripe-Signature", "X-Hub-Signature-256". */
	signatureHeader: z.string().min(1),
	/** Other headers that take part in verification (timestamp, key id, delivery id). */
	otherHeaders: z.array(z.string().min(1)).default([]),
	/** How the signature is verified. */
	verification: WebhookVerificationSchema,
	/** Exactly what is signed: "`timestamp` + `.` + raw request body". */
	signedContent: z.string().min(1),
	/** Whether verification needs the exact raw body bytes (re-serialised JSON fails). */
	rawBodyRequired: z.boolean(),
	/** Maximum age of a delivery accepted by the documented check, in seconds; omit when none is documented. */
	replayToleranceSeconds: z.int().positive().optional(),
	/** How deliveries are retried, and how to deduplicate them. */
	delivery: z.string().min(1),
	...FactProvenance,
});

export type Webhook = z.infer<typeof WebhookSchema>;
/** Webhook facts as written in frontmatter: `otherHeaders` may be missing, `verified` a date string. */
export type WebhookInput = z.input<typeof WebhookSchema>;
export type WebhookVerification = z.infer<typeof WebhookVerificationSchema>;
