/**
 * A provider's frontmatter facts as plain Markdown, the way a docs author would write them by hand in
 * a Starlight page: Markdown tables for rate limits, errors and SDKs, headings and paragraphs for
 * patterns, lists for the rest, a "Source" link per fact, and the webhook recipe as a fenced code
 * block. The baseline page gets this before the body, so it carries the same content as ours.
 */
import type { Provider } from '../../src/schemas/provider';
import { describeVerification, formatDay, formatLimit, formatSeconds, formatThrottle, RETRY_CLASS_LABELS, SEVERITY_LABELS } from '../../src/lib/providers/facts';

/** A webhook verification recipe shown on the page: its repository path and its source. */
export interface BaselineRecipe {
	path: string;
	source: string;
}

/** Text fit for one Markdown table cell: on one line, with its pipes escaped. */
export function cell(text: string): string {
	return text.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');
}

/** A Markdown table. */
function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
	const line = (cells: readonly string[]) => `| ${cells.map(cell).join(' | ')} |`;
	return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

/** "[docs.stripe.com](https://docs.stripe.com/…)", as a hand-written source link. */
function sourceLink(url: string): string {
	return `[${new URL(url).host.replace(/^www\./, '')}](${url})`;
}

/** `code` for an identifier, with backticks inside it doubled up. */
const code = (text: string) => (text.includes('`') ? `\`\` ${text} \`\`` : `\`${text}\``);

/** The facts part of the baseline page; `recipe` goes under the webhooks, as on our page. */
export function baselineFactsMarkdown(provider: Provider, recipe?: BaselineRecipe): string {
	const out: string[] = [];
	const { access, auth, versioning, idempotency, webhooks, pagination } = provider;
	out.push(provider.summary, `Official documentation: [${provider.docsUrl}](${provider.docsUrl}). Facts last verified ${formatDay(provider.lastVerified)}.`);

	out.push('## Access');
	out.push(
		[
			`- **Account:** ${access.account}`,
			`- **Testing:** ${access.testing}`,
			access.plan && `- **Plan:** ${access.plan}`,
			access.review && `- **Review:** ${access.review}`,
			`- **Credentials:** ${access.credentials}`,
		]
			.filter(Boolean)
			.map((line) => cell(line as string))
			.join('\n'),
		`Source: ${sourceLink(access.source)}`
	);

	out.push('## Authentication');
	out.push(auth.methods.map((method) => cell(`- **${method.name}:** ${method.description}`)).join('\n'));
	if (auth.envVars.length > 0) out.push(`Environment variables: ${auth.envVars.map(code).join(', ')}.`);
	out.push(cell(`**Development:** ${auth.development}`), cell(`**Production:** ${auth.production}`));
	if (auth.scopes.length > 0) out.push(table(['Scope', 'Grants'], auth.scopes.map((scope) => [code(scope.name), scope.description])));

	if (provider.rateLimits.length > 0) {
		out.push('## Rate limits');
		out.push(
			table(
				['What is limited', 'Limit', 'When exceeded', 'How to retry', 'Source'],
				provider.rateLimits.map((limit) => [
					`**${limit.name}** (${limit.scope})`,
					[formatLimit(limit), ...limit.tiers.map((tier) => `${tier.tier}: ${tier.limit.toLocaleString('en-US')}${tier.note ? ` (${tier.note})` : ''}`), limit.cost, limit.adjustable ? 'Raisable on request.' : undefined]
						.filter(Boolean)
						.join('<br>'),
					formatThrottle(limit.throttle),
					[limit.retry.header ? code(limit.retry.header) : 'No retry header', limit.retry.guidance, limit.notes].filter(Boolean).join('<br>'),
					sourceLink(limit.source),
				])
			)
		);
	}

	if (provider.errors.length > 0) {
		out.push('## Error codes');
		out.push(
			table(
				['Code', 'HTTP', 'Retry?', 'Meaning', 'Action', 'Source'],
				provider.errors.map((error) => [
					[code(error.code), ...error.aliases.map((alias) => `also ${code(alias)}`)].join('<br>'),
					error.httpStatus ? String(error.httpStatus) : '—',
					RETRY_CLASS_LABELS[error.retry].label,
					error.detection ? `${error.meaning}<br>Detect: ${error.detection}` : error.meaning,
					error.action,
					sourceLink(error.source),
				])
			)
		);
	}

	if (provider.patterns.length > 0) {
		out.push('## Patterns and gotchas');
		for (const pattern of provider.patterns) {
			out.push(`### ${pattern.title}`, `*${SEVERITY_LABELS[pattern.severity].label} · ${pattern.kind === 'gotcha' ? 'Gotcha' : 'Pattern'}*`);
			out.push(`**What goes wrong:** ${pattern.problem}`, `**Do this instead:** ${pattern.solution}`);
			if (pattern.relatedErrors.length > 0) out.push(`**Related errors:** ${pattern.relatedErrors.map(code).join(', ')}`);
			out.push(`Source: ${sourceLink(pattern.source)}`);
		}
	}

	out.push('## Idempotency');
	out.push(
		[
			`- **Supported:** ${idempotency.supported ? 'yes' : 'no'}`,
			idempotency.header && `- **Header:** ${code(idempotency.header)}`,
			idempotency.keyLifetime && `- **Key lifetime:** ${idempotency.keyLifetime}`,
		]
			.filter(Boolean)
			.join('\n'),
		idempotency.notes,
		`Source: ${sourceLink(idempotency.source)}`
	);

	if (webhooks) {
		out.push('## Webhooks');
		out.push(
			[
				`- **Signature header:** ${code(webhooks.signatureHeader)}`,
				webhooks.otherHeaders.length > 0 && `- **Other headers:** ${webhooks.otherHeaders.map(code).join(', ')}`,
				`- **Verification:** ${describeVerification(webhooks.verification)}`,
				`- **Signed content:** ${webhooks.signedContent}`,
				`- **Raw body required:** ${webhooks.rawBodyRequired ? 'yes' : 'no'}`,
				`- **Replay tolerance:** ${formatSeconds(webhooks.replayToleranceSeconds)}`,
				`- **Delivery:** ${webhooks.delivery}`,
			]
				.filter(Boolean)
				.map((line) => cell(line as string))
				.join('\n'),
			`Source: ${sourceLink(webhooks.source)}`
		);
		if (recipe) out.push('### Verification recipe', `This is ${code(recipe.path)}.`, `\`\`\`ts title="${recipe.path}"\n${recipe.source.trimEnd()}\n\`\`\``);
	}

	if (pagination) {
		out.push('## Pagination');
		out.push(
			[
				`- **Styles:** ${pagination.styles.join(', ')}`,
				pagination.parameters.length > 0 && `- **Parameters:** ${pagination.parameters.map(code).join(', ')}`,
				pagination.defaultPageSize && `- **Default page size:** ${pagination.defaultPageSize}`,
				pagination.maxPageSize && `- **Maximum page size:** ${pagination.maxPageSize}`,
			]
				.filter(Boolean)
				.join('\n'),
			pagination.notes,
			`Source: ${sourceLink(pagination.source)}`
		);
	}

	out.push('## Versioning');
	out.push(
		[
			`- **Selected by:** ${versioning.selector}`,
			versioning.name && `- **Name:** ${code(versioning.name)}`,
			versioning.current && `- **Current:** ${code(versioning.current)}`,
			versioning.default && `- **Default:** ${versioning.default}`,
			versioning.support && `- **Support:** ${versioning.support}`,
			versioning.notes && `- **Notes:** ${versioning.notes}`,
		]
			.filter(Boolean)
			.map((line) => cell(line as string))
			.join('\n'),
		`Source: ${sourceLink(versioning.source)}`
	);

	out.push('## SDKs');
	out.push(table(['Language', 'Package', 'Install', 'Note'], provider.sdks.map((sdk) => [sdk.language, code(sdk.package), code(sdk.install), sdk.note ?? ''])));

	return `${out.join('\n\n')}\n`;
}

/** The sources list that closes the page, after the body. */
export function baselineSourcesMarkdown(provider: Pick<Provider, 'sources' | 'lastVerified'>): string {
	return `## Sources\n\nFacts on this page were last verified on ${formatDay(provider.lastVerified)} against:\n\n${provider.sources.map((source) => `- [${source.title}](${source.url})`).join('\n')}\n`;
}
