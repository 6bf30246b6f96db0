// AWS Lambda behind an API Gateway HTTP API (payload format 2.0): event.body is the body, base64-encoded
// when event.isBase64Encoded; header names are lower case
// (https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-lambda.html).
import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2 } from 'aws-lambda';
import { verifyWebhook } from '../stripe';

export async function handler(event: APIGatewayProxyEventV2): Promise<APIGatewayProxyResultV2> {
	const raw = event.body ?? '';
	const body = event.isBase64Encoded ? Buffer.from(raw, 'base64').toString('utf8') : raw;
	const headers: Record<string, string> = {};
	for (const [name, value] of Object.entries(event.headers)) {
		if (value !== undefined) headers[name] = value;
	}
	const query = event.rawQueryString ? `?${event.rawQueryString}` : '';
	const url = `https://${event.requestContext.domainName}${event.rawPath}${query}`;
	const method = event.requestContext.http.method;
	if (!(await verifyWebhook({ method, url, headers, body }, process.env.STRIPE_WEBHOOK_SECRET ?? ''))) {
		return { statusCode: 400, body: 'invalid signature' };
	}
	const parsed = JSON.parse(body); // parse only after verifying
	return { statusCode: parsed ? 204 : 400 };
}
