/**
 * The raw-body snippets of /webhooks/raw-body/ (content/webhooks/raw-body/*.ts) run for real: each
 * framework receives the Stripe vectors and must answer 204 to the valid one and 400 to a re-serialized body.
 */
import type { AddressInfo } from 'node:net';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { handler } from '../../content/webhooks/raw-body/aws-lambda';
import expressApp from '../../content/webhooks/raw-body/express';
import fastifyApp from '../../content/webhooks/raw-body/fastify';
import honoApp from '../../content/webhooks/raw-body/hono';
import { POST } from '../../content/webhooks/raw-body/next-app-router';
import type { WebhookVector, WebhookVectorFile } from '../../src/lib/webhooks/types';

const stripe = JSON.parse(readFileSync('content/webhooks/vectors/stripe.json', 'utf8')) as WebhookVectorFile;
const vector = (name: string) => stripe.vectors.find((candidate) => candidate.name === name)!;
const CASES: [string, number][] = [
	['valid', 204],
	['reserialized-body', 400],
];

/** Sends a vector's request to `path` on the app and returns the status, with the clock at the vector's `now`. */
type Send = (vector: WebhookVector) => Promise<number>;

const requestHeaders = (v: WebhookVector) => {
	const { host: _host, ...rest } = v.request.headers;
	return rest;
};

beforeAll(() => {
	vi.useFakeTimers({ toFake: ['Date'] });
	vi.setSystemTime(new Date(vector('valid').now!));
	process.env.STRIPE_WEBHOOK_SECRET = vector('valid').key;
});

afterAll(() => {
	vi.useRealTimers();
	delete process.env.STRIPE_WEBHOOK_SECRET;
});

describe('raw-body snippets verify a real Stripe delivery', () => {
	let server: ReturnType<typeof expressApp.listen> | undefined;
	afterAll(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

	const senders: [string, Send][] = [
		[
			'Express',
			async (v) => {
				server ??= await new Promise<ReturnType<typeof expressApp.listen>>((resolve) => {
					const listening = expressApp.listen(0, '127.0.0.1', () => resolve(listening));
				});
				const { port } = server.address() as AddressInfo;
				const response = await fetch(`http://127.0.0.1:${port}/webhooks/stripe`, { method: 'POST', headers: requestHeaders(v), body: v.request.body });
				return response.status;
			},
		],
		[
			'Fastify',
			async (v) => (await fastifyApp.inject({ method: 'POST', url: '/webhooks/stripe', headers: requestHeaders(v), payload: v.request.body })).statusCode,
		],
		['Next.js App Router', async (v) => (await POST(new Request(v.request.url, { method: 'POST', headers: v.request.headers, body: v.request.body }))).status],
		['Hono', async (v) => (await honoApp.request(v.request.url, { method: 'POST', headers: v.request.headers, body: v.request.body })).status],
		[
			'AWS Lambda',
			async (v) => {
				const url = new URL(v.request.url);
				const event = {
					version: '2.0',
					routeKey: 'POST /webhooks/stripe',
					rawPath: url.pathname,
					rawQueryString: url.search.slice(1),
					headers: v.request.headers,
					isBase64Encoded: true,
					body: Buffer.from(v.request.body).toString('base64'),
					requestContext: { domainName: url.host, http: { method: 'POST', path: url.pathname } },
				} as unknown as APIGatewayProxyEventV2;
				const result = await handler(event);
				return typeof result === 'object' ? (result.statusCode ?? 200) : 200;
			},
		],
	];

	for (const [framework, send] of senders) {
		it.each(CASES)(`${framework}: %s → %i`, async (name, status) => {
			expect(await send(vector(name))).toBe(status);
		});
	}
});
