// Hono: c.req.text() is the raw body; c.req.header() with no argument returns every header with
// lower-case names (https://hono.dev/docs/api/request).
import { Hono } from 'hono';
import { verifyWebhook } from '../stripe';

const app = new Hono();

app.post('/webhooks/stripe', async (c) => {
	const body = await c.req.text();
	const request = { method: c.req.method, url: c.req.url, headers: c.req.header(), body };
	if (!(await verifyWebhook(request, process.env.STRIPE_WEBHOOK_SECRET ?? ''))) {
		return c.text('invalid signature', 400);
	}
	const event = JSON.parse(body); // parse only after verifying
	return c.body(null, event ? 204 : 400);
});

export default app;
