/**
 * The Markdown twin of each content page: the same facts as Markdown tables and lists (plus, for a
 * provider, the page's Markdown body), for readers that prefer text: scripts, AI assistants, a pull
 * request. Pure: the endpoints (`src/pages/**\/*.md.ts`) pass what src/content.ts returns. Every link is
 * absolute, since a twin is read away from the site; every entry links to its anchor on the HTML page.
 */
import type { Provenance } from '../../schemas/common';
import type { Provider } from '../../schemas/provider';
import { checklistPath, entryUrl, errorAnchor, patternAnchor, providerPath, rateLimitAnchor } from '../anchors';
import type { ChecklistItem, ChecklistPhase } from '../checklist/items';
import type { ErrorIndexRow, IdempotencyRow, PaginationRow, RateLimitRow, WebhookRow } from '../providers/compare';
import { buildDate, isStale } from '../providers/freshness';
import {
	CATEGORY_LABELS,
	describeVerification,
	formatDay,
	formatLimit,
	formatSeconds,
	formatThrottle,
	groupByCategory,
	RETRY_CLASS_LABELS,
	SEVERITY_LABELS,
	VERSION_SELECTOR_LABELS,
	verifiedOn,
} from '../providers/facts';
import { inlineMarkdownToText } from '../inlineMarkdown';
import { absoluteUrl, API_PATHS, markdownTwinPath } from './paths';

/** A Markdown table; pipes in cells are escaped and line breaks become spaces. */
export function markdownTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
	const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
	return [
		`| ${headers.map(cell).join(' | ')} |`,
		`| ${headers.map(() => '---').join(' | ')} |`,
		...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
	].join('\n');
}

/** `[text](absolute url)`. Square brackets in the text are escaped. */
const link = (text: string, path: string) => `[${text.replace(/([[\]])/g, '\\$1')}](${absoluteUrl(path)})`;
/** A code span that survives backticks in the text. */
const code = (text: string) => (text.includes('`') ? `\`\` ${text} \`\`` : `\`${text}\``);
/** Inline Markdown from frontmatter with relative links made absolute against `page`. */
const inline = (text: string, page: string) =>
	text.replace(/\]\(((?:\/|#)[^\s)]*)\)/g, (_, target: string) => `](${new URL(target, absoluteUrl(page)).href})`);

/** The page's title, its one-line summary and where its other forms are: how every twin starts. */
function header(title: string, summary: string, links: readonly [label: string, path: string][]): string {
	return [`# ${title}`, '', `> ${summary.replace(/\s*\n\s*/g, ' ')}`, '', ...links.map(([label, path]) => `- ${label}: ${absoluteUrl(path)}`)].join('\n');
}

/** "[docs.stripe.com](…), verified 2026-11-27", with the unverified note and freshness mark the page shows. */
function sourceText(fact: Provenance, provider: Pick<Provider, 'lastVerified'>, now: Date): string {
	const verified = verifiedOn(fact, provider);
	const host = new URL(fact.source).host.replace(/^www\./, '');
	const parts = [`[${host}](${fact.source}), verified ${formatDay(verified)}`];
	if (isStale(verified, now)) parts.push('**possibly out of date**: confirm at the source');
	if (fact.unverified) parts.push(`**unverified**: ${fact.unverified}`);
	return parts.join('; ');
}

/** `- **Label**: value` lines, skipping values that are undefined. */
const facts = (entries: readonly (readonly [string, string | undefined])[]) =>
	entries.flatMap(([label, value]) => (value === undefined ? [] : [`- **${label}**: ${value}`])).join('\n');

/** The Markdown twin of `/providers/<id>/`: every fact in page order, then the page body, then the sources. */
export function providerMarkdown(provider: Provider, body: string, now: Date = buildDate()): string {
	const { id } = provider;
	const page = providerPath(id);
	const md = (text: string) => inline(text, page);
	const source = (fact: Provenance) => sourceText(fact, provider, now);
	const sections: string[] = [
		header(provider.name, md(provider.summary), [
			['Page', page],
			['JSON', API_PATHS.provider(id)],
			['Checklist', markdownTwinPath(checklistPath(id))],
		]),
		facts([
			['Category', CATEGORY_LABELS[provider.category]],
			['Official documentation', provider.docsUrl],
			['Facts last verified', formatDay(provider.lastVerified)],
		]),
		...(provider.access
			? [
					'## Access',
					facts([
						['Account', md(provider.access.account)],
						['Testing', md(provider.access.testing)],
						['Plan or programme', provider.access.plan && md(provider.access.plan)],
						['Review before going live', provider.access.review && md(provider.access.review)],
						['Credentials', md(provider.access.credentials)],
						['Source', source(provider.access)],
					]),
				]
			: []),
		'## SDKs',
		markdownTable(
			['Language', 'Package', 'Install', 'Note'],
			provider.sdks.map((sdk) => [sdk.language, code(sdk.package), code(sdk.install), sdk.note ? md(sdk.note) : ''])
		),
		'## Authentication',
		facts([
			...provider.auth.methods.map((method) => [method.name, md(method.description)] as const),
			['In development', md(provider.auth.development)],
			['In production', md(provider.auth.production)],
			['Environment variables', provider.auth.envVars.length > 0 ? provider.auth.envVars.map(code).join(', ') : undefined],
			['Scopes', provider.auth.scopes.length > 0 ? provider.auth.scopes.map((scope) => `${code(scope.name)} (${md(scope.description)})`).join('; ') : undefined],
		]),
		...(provider.versioning
			? [
					'## Versioning',
					facts([
						['Version chosen by', `${VERSION_SELECTOR_LABELS[provider.versioning.selector]}${provider.versioning.name ? ` ${code(provider.versioning.name)}` : ''}`],
						['Current version', provider.versioning.current && code(provider.versioning.current)],
						['Without a version', provider.versioning.default && md(provider.versioning.default)],
						['Old versions', provider.versioning.support && md(provider.versioning.support)],
						['Notes', provider.versioning.notes && md(provider.versioning.notes)],
						['Source', source(provider.versioning)],
					]),
				]
			: []),
		'## Rate limits',
		provider.rateLimits.length === 0
			? 'No rate limits are documented in this reference yet.'
			: markdownTable(
					['What is limited', 'Scope', 'Limit', 'When exceeded', 'How to retry', 'Source'],
					provider.rateLimits.map((limit) => [
						link(limit.name, entryUrl(id, rateLimitAnchor(limit.id))),
						limit.scope,
						[
							formatLimit(limit),
							...limit.tiers.map((tier) => `${tier.tier}: ${tier.limit.toLocaleString('en-US')}${tier.note ? ` (${tier.note})` : ''}`),
							...(limit.cost ? [md(limit.cost)] : []),
							...(limit.adjustable ? ['Raisable on request.'] : []),
						].join('; '),
						formatThrottle(limit.throttle),
						`${limit.retry.header ? code(limit.retry.header) : 'No retry header'}: ${md(limit.retry.guidance)}${limit.notes ? ` ${md(limit.notes)}` : ''}`,
						source(limit),
					])
				),
		'## Error codes',
		provider.errors.length === 0
			? 'No error codes are documented in this reference yet.'
			: markdownTable(
					['Code', 'Retry?', 'HTTP', 'Meaning', 'Action', 'Source'],
					provider.errors.map((error) => [
						[
							`[${code(error.code)}](${absoluteUrl(entryUrl(id, errorAnchor(error.code)))})`,
							...(error.aliases.length > 0 ? [`(also ${error.aliases.map(code).join(', ')})`] : []),
							...(error.service ? [`(${error.service})`] : []),
						].join(' '),
						RETRY_CLASS_LABELS[error.retry].label,
						error.httpStatus === undefined ? '—' : String(error.httpStatus),
						[md(error.meaning), ...(error.detection ? [`Detect: ${md(error.detection)}`] : [])].join(' '),
						md(error.action),
						source(error),
					])
				),
		'## Patterns and gotchas',
		...provider.patterns.map((pattern) =>
			[
				`### ${pattern.title}`,
				'',
				facts([
					['Kind', `${SEVERITY_LABELS[pattern.severity].label} · ${pattern.kind === 'gotcha' ? 'Gotcha' : 'Pattern'}`],
					['Link', absoluteUrl(entryUrl(id, patternAnchor(pattern.id)))],
					['What goes wrong', md(pattern.problem)],
					['Do this instead', md(pattern.solution)],
					[
						'Related errors',
						pattern.relatedErrors.length > 0
							? pattern.relatedErrors.map((errorCode) => `[${code(errorCode)}](${absoluteUrl(entryUrl(id, errorAnchor(errorCode)))})`).join(', ')
							: undefined,
					],
					['Source', source(pattern)],
				]),
			].join('\n')
		),
	];
	const { webhooks, pagination, idempotency } = provider;
	if (webhooks) {
		const { verification } = webhooks;
		sections.push(
			'## Webhooks',
			facts([
				['Signature header', code(webhooks.signatureHeader)],
				['Other headers', webhooks.otherHeaders.length > 0 ? webhooks.otherHeaders.map(code).join(', ') : undefined],
				['Algorithm', describeVerification(verification)],
				['Key', verification.method === 'hmac' ? md(verification.secret) : verification.method === 'public-key' ? md(verification.publicKey) : undefined],
				['What is signed', md(webhooks.signedContent)],
				['Raw body needed', webhooks.rawBodyRequired ? 'Yes: verify the exact bytes received, before parsing' : 'No'],
				['Replay tolerance', formatSeconds(webhooks.replayToleranceSeconds)],
				['Delivery', md(webhooks.delivery)],
				['Source', source(webhooks)],
			])
		);
	}
	if (pagination) {
		sections.push(
			'## Pagination',
			facts([
				['Style', pagination.styles.join(', ')],
				['Parameters', pagination.parameters.length > 0 ? pagination.parameters.map(code).join(', ') : undefined],
				['Page size', `default ${pagination.defaultPageSize ?? 'not documented'}, maximum ${pagination.maxPageSize ?? 'not documented'}`],
				['Notes', md(pagination.notes)],
				['Source', source(pagination)],
			])
		);
	}
	sections.push(
		'## Idempotency',
		facts([
			['Idempotency keys', idempotency.supported ? 'Supported' : 'Not supported'],
			['Header', idempotency.header ? code(idempotency.header) : undefined],
			['Key lifetime', idempotency.keyLifetime],
			[idempotency.supported ? 'How to use it' : 'How to deduplicate', md(idempotency.notes)],
			['Source', source(idempotency)],
		]),
		body.trim(),
		'## Sources',
		`Facts on this page were last verified on ${formatDay(provider.lastVerified)} against:`,
		provider.sources.map((entry) => `- [${entry.title}](${entry.url})`).join('\n')
	);
	return `${sections.filter((section) => section !== '').join('\n\n')}\n`;
}

/** One checklist item as a task. */
function checklistItemMarkdown(item: ChecklistItem, page: string, providerNames?: ReadonlyMap<string, string>): string {
	const lines = [`- [ ] **${inline(item.title, page)}** (${code(item.id)})`, `  - Why: ${inline(item.why, page)}`, `  - Verify: ${inline(item.verify, page)}`];
	if (item.source) lines.push(`  - From: ${link(inlineMarkdownToText(item.source.label), item.source.href)}`);
	if (item.appliesTo && providerNames) lines.push(`  - Applies to: ${item.appliesTo.length > 0 ? item.appliesTo.map((id) => providerNames.get(id) ?? id).join(', ') : 'no provider documented here'}`);
	return lines.join('\n');
}

/** What a checklist twin needs. */
export interface ChecklistMarkdownPage {
	title: string;
	description: string;
	/** The HTML page: `/checklist/` or `/checklist/<id>/`. */
	path: string;
	/** The phases with only the items the page shows without JavaScript. */
	phases: readonly ChecklistPhase[];
	/** Provider names by id, to say which providers a conditional item applies to; left out on a one-provider page. */
	providerNames?: ReadonlyMap<string, string>;
	/** Extra lines after the header: links to the per-provider twins. */
	more?: string;
}

/** The Markdown twin of a checklist page: each phase with its items as tasks, ids kept. */
export function checklistPageMarkdown({ title, description, path, phases, providerNames, more }: ChecklistMarkdownPage): string {
	const sections = [header(title, description, [['Page', path], ['JSON (every item)', API_PATHS.checklist]]), more ?? ''];
	for (const phase of phases) {
		sections.push(`## ${phase.title}`, phase.description);
		if (phase.items.length > 0) sections.push(phase.items.map((item) => checklistItemMarkdown(item, path, providerNames)).join('\n'));
	}
	return `${sections.filter((section) => section !== '').join('\n\n')}\n`;
}

/** The twin of `/errors/`. */
export function errorIndexMarkdown(title: string, description: string, rows: readonly ErrorIndexRow[]): string {
	return `${header(title, description, [['Page', '/errors/'], ['JSON', API_PATHS.errors]])}

${markdownTable(
	['Provider', 'Code', 'HTTP', 'Retry?', 'Meaning'],
	rows.map((row) => [
		row.providerName,
		`[${code(row.error.code)}](${absoluteUrl(row.url)})`,
		row.error.httpStatus === undefined ? '—' : String(row.error.httpStatus),
		RETRY_CLASS_LABELS[row.error.retry].label,
		inline(row.error.meaning, row.url),
	])
)}
`;
}

/** The twin of `/compare/rate-limits/`. */
export function rateLimitsMarkdown(title: string, description: string, rows: readonly RateLimitRow[]): string {
	return `${header(title, description, [['Page', '/compare/rate-limits/'], ['JSON', API_PATHS.rateLimits]])}

${markdownTable(
	['Provider', 'What is limited', 'Scope', 'Limit', 'When exceeded', 'Retry header'],
	rows.map((row) => [row.providerName, link(row.limit.name, row.url), row.limit.scope, row.amount, row.whenExceeded, row.limit.retry.header ? code(row.limit.retry.header) : '—'])
)}
`;
}

/** The twin of `/compare/webhooks/`. */
export function webhooksMarkdown(title: string, description: string, rows: readonly WebhookRow[]): string {
	return `${header(title, description, [['Page', '/compare/webhooks/']])}

${markdownTable(
	['Provider', 'Signature header', 'Algorithm', 'What is signed', 'Raw body needed', 'Replay tolerance'],
	rows.map((row) => [link(row.providerName, row.url), code(row.header), row.algorithm, inline(row.signedContent, row.url), row.rawBodyRequired ? 'Yes' : 'No', row.replayTolerance])
)}
`;
}

/** The twin of `/compare/idempotency-pagination/`. */
export function idempotencyPaginationMarkdown(title: string, description: string, idempotency: readonly IdempotencyRow[], pagination: readonly PaginationRow[]): string {
	return `${header(title, description, [['Page', '/compare/idempotency-pagination/']])}

## Idempotency

${markdownTable(
	['Provider', 'Idempotency keys', 'Header or parameter', 'Key lifetime'],
	idempotency.map((row) => [
		link(row.providerName, row.url),
		row.idempotency.supported ? 'Supported' : 'Not supported',
		row.idempotency.header ? code(row.idempotency.header) : '—',
		row.idempotency.keyLifetime ?? '—',
	])
)}

## Pagination

${markdownTable(
	['Provider', 'Style', 'Parameters', 'Default page size', 'Maximum page size'],
	pagination.map((row) => [
		link(row.providerName, row.url),
		row.pagination.styles.join(', '),
		row.pagination.parameters.map(code).join(', ') || '—',
		row.pagination.defaultPageSize === undefined ? '—' : String(row.pagination.defaultPageSize),
		row.pagination.maxPageSize === undefined ? '—' : String(row.pagination.maxPageSize),
	])
)}
`;
}

/** The twin of `/providers/`: every provider by category, with its summary. */
export function providersIndexMarkdown(title: string, description: string, providers: readonly Provider[]): string {
	const groups = groupByCategory(providers).map(
		(group) =>
			`## ${group.label}\n\n${group.items
				.map((provider) => `- ${link(provider.name, markdownTwinPath(providerPath(provider.id)))}: ${inlineMarkdownToText(provider.summary)}`)
				.join('\n')}`
	);
	return `${[header(title, description, [['Page', '/providers/'], ['JSON', API_PATHS.providers]]), ...groups].join('\n\n')}\n`;
}

/** The twin of a prose page (Starlight's docs collection): its Markdown body under its title. */
export function proseMarkdown(title: string, description: string, path: string, body: string): string {
	return `${header(title, description, [['Page', path]])}\n\n${inline(body.trim(), path)}\n`;
}

/** A twin as the endpoints serve it. */
export function markdownResponse(markdown: string): Response {
	return new Response(markdown, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
}
