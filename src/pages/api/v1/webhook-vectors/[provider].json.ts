/**
 * `/api/v1/webhook-vectors/<provider>.json`: a provider's webhook test vectors, the committed files
 * `content/webhooks/vectors/<provider>.json` (written by scripts/webhook-vectors.ts) served as they are.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { WebhookVectorFile } from '../../../../lib/webhooks/types';

const files = import.meta.glob<WebhookVectorFile>('../../../../../content/webhooks/vectors/*.json', {
	eager: true,
	import: 'default',
});

export const getStaticPaths = (() =>
	Object.values(files).map((file) => ({ params: { provider: file.provider }, props: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: WebhookVectorFile }> = ({ props }) =>
	new Response(`${JSON.stringify(props.file, null, '\t')}\n`, {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
