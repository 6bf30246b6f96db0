// Next.js App Router: app/webhooks/stripe/route.ts. A Route Handler receives the Web Request;
// request.text() is the raw body (https://nextjs.org/docs/app/building-your-application/routing/route-handlers).
import { verifyWebhook } from '../stripe';

export async function POST(request: Request): Promise<Response> {
	const body = await request.text();
	const headers = Object.fromEntries(request.headers); // Headers yields lower-case names
	if (!(await verifyWebhook({ method: request.method, url: request.url, headers, body }, process.env.STRIPE_WEBHOOK_SECRET ?? ''))) {
		return new Response('invalid signature', { status: 400 });
	}
	const event = JSON.parse(body); // parse only after verifying
	return new Response(null, { status: event ? 204 : 400 });
}
