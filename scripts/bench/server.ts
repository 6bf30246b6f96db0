/**
 * A small static server for a build, behaving like a typical static host: gzip for text when the
 * browser accepts it, long caching for hashed assets in /_astro/, `404.html` with status 404.
 * (Lighthouse would otherwise count missing compression against the site.) Listens on localhost only.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { GZIP_LEVEL } from './stats';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.xml': 'application/xml',
	'.txt': 'text/plain; charset=utf-8',
	'.wasm': 'application/wasm',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.webp': 'image/webp',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
};

/** Whether a file of this type is worth gzipping (Pagefind's index files are compressed already). */
const compressible = (type: string) => /^(text\/|application\/(json|xml|javascript)|image\/svg)/.test(type);

export interface StaticServer {
	url: string;
	close: () => Promise<void>;
}

/** Serves `root` on http://127.0.0.1:`port`/ until closed. */
export async function serveStatic(root: string, port: number): Promise<StaticServer> {
	const gzipped = new Map<string, Buffer>();

	/** The file for a URL path: the file itself, or the folder's index.html; undefined when there is none. */
	const resolveFile = async (urlPath: string): Promise<string | undefined> => {
		const path = normalize(join(root, decodeURIComponent(urlPath)));
		if (!path.startsWith(root)) return undefined;
		for (const candidate of [path, join(path, 'index.html')]) {
			const info = await stat(candidate).catch(() => undefined);
			if (info?.isFile()) return candidate;
		}
		return undefined;
	};

	const server: Server = createServer(async (request, response) => {
		try {
			const urlPath = new URL(request.url ?? '/', 'http://localhost').pathname;
			let file = await resolveFile(urlPath);
			let status = 200;
			if (!file) {
				status = 404;
				file = await resolveFile('/404.html');
			}
			if (!file) {
				response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
				return;
			}
			const type = TYPES[extname(file)] ?? 'application/octet-stream';
			let body: Buffer = await readFile(file);
			const headers: Record<string, string> = {
				'content-type': type,
				'cache-control': urlPath.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate',
			};
			if (compressible(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
				let packed = gzipped.get(file);
				if (!packed) gzipped.set(file, (packed = gzipSync(body, { level: GZIP_LEVEL })));
				body = packed;
				headers['content-encoding'] = 'gzip';
				headers['vary'] = 'accept-encoding';
			}
			headers['content-length'] = String(body.length);
			response.writeHead(status, headers).end(request.method === 'HEAD' ? undefined : body);
		} catch (error) {
			response.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
		}
	});
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, '127.0.0.1', resolve);
	});
	return {
		url: `http://127.0.0.1:${port}`,
		close: () =>
			new Promise((resolve) => {
				server.close(() => resolve());
				server.closeAllConnections();
			}),
	};
}
