/**
 * The exact path of search, built from frontmatter: every term a reader may type verbatim (an error
 * code or alias, a pattern or rate-limit id, a webhook or idempotency header) mapped
 * to the entries it names. Pagefind matches numbers and words by prefix (21610 also finds 216100), so
 * the dialog looks the query up here first and shows these hits above Pagefind's results.
 */
import type { Provider } from '../../schemas/provider';
import { entryUrl, errorAnchor, patternAnchor, rateLimitAnchor } from '../anchors';
import { inlineMarkdownToText } from '../inlineMarkdown';
import { describeVerification, formatLimit } from '../providers/facts';
import { ENTRY_KIND_LABELS, PAGE_KIND, normalizeTerm, shardCount, shardKey, type ExactHit, type ExactTable } from './query';

/** Plain text of inline Markdown, cut at a word boundary to about `max` characters. */
export function excerptOf(markdown: string, max = 160): string {
	const text = inlineMarkdownToText(markdown).replace(/\s+/g, ' ').trim();
	if (text.length <= max) return text;
	return `${text.slice(0, text.lastIndexOf(' ', max - 1) > 0 ? text.lastIndexOf(' ', max - 1) : max)}…`;
}

/** A header or field name written in a frontmatter field ("ClientToken (request parameter…)" → "ClientToken", "additionalData.hmacSignature (body field)" → "additionalData.hmacSignature"), if it is one. */
export function headerName(field: string | undefined): string | undefined {
	const match = field?.replace(/`/g, '').match(/^[A-Za-z][A-Za-z0-9_.-]*[A-Za-z0-9]|^[A-Za-z]/);
	return match?.[0];
}

/** The exact-match table of a set of providers; within a term, hits keep the providers' order. */
export function buildExactTable(providers: readonly Provider[]): ExactTable {
	const table: ExactTable = {};
	const add = (term: string | undefined, hit: ExactHit) => {
		const key = term === undefined ? '' : normalizeTerm(term);
		if (!key) return;
		const hits = (table[key] ??= []);
		if (!hits.some((existing) => existing.url === hit.url)) hits.push(hit);
	};

	for (const provider of providers) {
		const { id, name } = provider;
		// A provider's name is not an exact hit: the dialog reads it as the provider filter (src/lib/search/rank.ts).
		for (const error of provider.errors) {
			const hit: ExactHit = {
				url: entryUrl(id, errorAnchor(error.code)),
				title: error.code,
				kind: ENTRY_KIND_LABELS['error-code'],
				provider: name,
				excerpt: excerptOf(error.meaning),
			};
			add(error.code, hit);
			for (const alias of error.aliases) add(alias, hit);
		}

		for (const limit of provider.rateLimits) {
			add(limit.id, {
				url: entryUrl(id, rateLimitAnchor(limit.id)),
				title: limit.name,
				kind: ENTRY_KIND_LABELS['rate-limit'],
				provider: name,
				excerpt: `${formatLimit(limit)}, ${limit.scope}`,
			});
		}

		for (const pattern of provider.patterns) {
			add(pattern.id, {
				url: entryUrl(id, patternAnchor(pattern.id)),
				title: pattern.title,
				kind: ENTRY_KIND_LABELS[pattern.kind],
				provider: name,
				excerpt: excerptOf(pattern.problem),
			});
		}

		if (provider.webhooks) {
			const { webhooks } = provider;
			const hit: ExactHit = {
				url: entryUrl(id, 'webhooks'),
				title: `${name} webhooks`,
				kind: PAGE_KIND,
				provider: name,
				excerpt: `Signature in ${webhooks.signatureHeader}: ${describeVerification(webhooks.verification)}`,
			};
			for (const header of [webhooks.signatureHeader, ...webhooks.otherHeaders]) add(headerName(header), hit);
		}

		const idempotencyHeader = headerName(provider.idempotency.header);
		if (idempotencyHeader) {
			add(idempotencyHeader, {
				url: entryUrl(id, 'idempotency'),
				title: `${name} idempotency`,
				kind: PAGE_KIND,
				provider: name,
				excerpt: excerptOf(provider.idempotency.notes),
			});
		}
	}
	return table;
}

/** The table split into `shardCount` shards by `shardKey`: shard key → that shard's part of the table. */
export function shardExactTable(table: ExactTable): Map<string, ExactTable> {
	const count = shardCount(Object.keys(table).length);
	const shards = new Map<string, ExactTable>(Array.from({ length: count }, (_, index) => [index.toString(36), {}]));
	for (const [term, hits] of Object.entries(table)) {
		const key = shardKey(term, count);
		const shard = shards.get(key) ?? {};
		shard[term] = hits;
		shards.set(key, shard);
	}
	return shards;
}
