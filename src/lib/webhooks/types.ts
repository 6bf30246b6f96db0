/**
 * The shape of a webhook test-vector file (`content/webhooks/vectors/<provider>.json`), served as
 * `/api/v1/webhook-vectors/<provider>.json`. Each vector is one request and whether the provider's
 * recipe (`content/webhooks/<provider>.ts`) must accept it.
 */

/** A webhook request exactly as a server received it. */
export interface VectorRequest {
	/** HTTP method: "POST". */
	method: string;
	/** The full URL the provider called. */
	url: string;
	/** Headers, names in lower case. */
	headers: Record<string, string>;
	/** The raw body, byte for byte. */
	body: string;
}

/** How a vector was made. */
export interface VectorOrigin {
	/**
	 * `provider-example`: the provider's own published example, verbatim; `official-sdk`: signed with the
	 * provider's official SDK helper; `documented-scheme`: computed here from the documented scheme.
	 */
	kind: 'provider-example' | 'official-sdk' | 'documented-scheme';
	/** What exactly: "stripe@23.1.0 webhooks.generateTestHeaderString", or the change made to a valid request. */
	description: string;
	/** Where the example, helper or scheme is published. */
	source: string;
}

/** One known-answer test. */
export interface WebhookVector {
	/** Stable, unique within the file: "valid", "reserialized-body", "wrong-key", "stale-timestamp"… */
	name: string;
	/** What the receiver verifies with: signing secret, auth token, client secret, public key or webhook ID. */
	key: string;
	/** The request as received. */
	request: VectorRequest;
	/** ISO 8601 time the check runs at, or null where the scheme signs no timestamp. */
	now: string | null;
	/** Whether a correct verifier accepts the request. */
	valid: boolean;
	/** How the vector was made. */
	origin: VectorOrigin;
	/** Extra inputs the recipe takes in `options` (PayPal: the PEM `certificate`; Plaid: the `jwk`). */
	options?: {
		certificate?: string;
		/** Plaid: the JWK `/webhook_verification_key/get` returned for the JWT's `kid`. */
		jwk?: Record<string, string | number | null>;
	};
}

/** One provider's vector file. */
export interface WebhookVectorFile {
	/** Provider id, as in `content/providers/<id>.md`. */
	provider: string;
	/** The scheme in one sentence. */
	scheme: string;
	/** Path of the recipe in the repository. */
	module: string;
	/** The provider's page that documents the scheme. */
	source: string;
	/** The script that wrote this file. */
	generatedBy: string;
	/** The known-answer tests. */
	vectors: WebhookVector[];
}
