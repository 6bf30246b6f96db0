// Fastify 5: a content-type parser with parseAs: 'string', registered inside a plugin so that only the
// webhook routes see raw bodies (https://fastify.dev/docs/latest/Reference/ContentTypeParser/).
import Fastify, { type FastifyInstance } from 'fastify';
import { verifyWebhook } from '../stripe';

async function webhookRoutes(scope: FastifyInstance) {
	scope.removeAllContentTypeParsers();
	scope.addContentTypeParser('*', { parseAs: 'string' }, (_request, body, done) => done(null, body));

	scope.post('/webhooks/stripe', async (request, reply) => {
		const body = typeof request.body === 'string' ? request.body : '';
		const headers: Record<string, string> = {};
		for (const [name, value] of Object.entries(request.headers)) {
			if (typeof value === 'string') headers[name] = value; // Node gives lower-case names
		}
		const url = `${request.protocol}://${request.host}${request.url}`;
		if (!(await verifyWebhook({ method: request.method, url, headers, body }, process.env.STRIPE_WEBHOOK_SECRET ?? ''))) {
			return reply.code(400).send('invalid signature');
		}
		const event = JSON.parse(body); // parse only after verifying
		return reply.code(event ? 204 : 400).send();
	});
}

const app = Fastify();
app.register(webhookRoutes);

export default app;
