// Express 5: express.raw() keeps the body as a Buffer on this route only (https://expressjs.com/en/api.html#express.raw).
import express from 'express';
import { verifyWebhook } from '../stripe';

const app = express();

app.post('/webhooks/stripe', express.raw({ type: '*/*' }), async (req, res) => {
	const body = Buffer.isBuffer(req.body) ? req.body.toString('utf8') : '';
	const headers: Record<string, string> = {};
	for (const [name, value] of Object.entries(req.headers)) {
		if (typeof value === 'string') headers[name] = value; // Node gives lower-case names
	}
	const url = `${req.protocol}://${req.get('host')}${req.originalUrl}`;
	if (!(await verifyWebhook({ method: req.method, url, headers, body }, process.env.STRIPE_WEBHOOK_SECRET ?? ''))) {
		res.status(400).send('invalid signature');
		return;
	}
	const event = JSON.parse(body); // parse only after verifying
	res.sendStatus(event ? 204 : 400);
});

// Register express.json() after the webhook route (or on other routes only), never in front of it.
app.use(express.json());

export default app;
