import { readdirSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractCheckedBlocks, importedPackages } from '../../src/lib/codeExamples/extract';
import { isTypeChecked, TYPE_CHECKED_PROVIDERS, typeCheckedAgainst } from '../../src/lib/codeExamples/providers';
import { providerIdOf, typeCheckedNoteHtml, typeCheckedNotes } from '../../src/lib/codeExamples/typeCheckedNotes';

const MARKDOWN = [
	'# Code examples',
	'',
	'```ts title="client.ts"',
	"import Stripe from 'stripe';",
	'```',
	'',
	'```py title="client.py"',
	'import stripe',
	'```',
	'',
	'````js',
	"const twilio = require('twilio');",
	'```',
	'````',
].join('\n');

const versions: Record<string, string> = { stripe: '23.1.0', express: '5.3.0', '@types/express': '5.0.6', '@aws-sdk/client-s3': '3.1162.0', typescript: '6.0.3', '@types/node': '26.6.6' };
const version = (name: string) => versions[name];

describe('extractCheckedBlocks', () => {
	it('returns TypeScript and JavaScript blocks with their title and fence line, skipping other languages', () => {
		expect(extractCheckedBlocks(MARKDOWN)).toEqual([
			{ lang: 'ts', title: 'client.ts', code: "import Stripe from 'stripe';", line: 3 },
			{ lang: 'js', title: undefined, code: "const twilio = require('twilio');\n```", line: 11 },
		]);
	});
});

describe('importedPackages', () => {
	it('names each package once, scoped packages by scope and name, without node: and relative imports', () => {
		const code = [
			"import { S3Client } from '@aws-sdk/client-s3';",
			"import { getSignedUrl } from '@aws-sdk/s3-request-presigner/dist';",
			"import crypto from 'node:crypto';",
			"import { octokit } from './octokit';",
			"const express = require('express');",
			"import 'dotenv/config';",
			"const lazy = await import('stripe');",
			"import Stripe from 'stripe';",
		].join('\n');
		expect(importedPackages(code)).toEqual(['@aws-sdk/client-s3', '@aws-sdk/s3-request-presigner', 'dotenv', 'express', 'stripe']);
	});
});

describe('typeCheckedAgainst', () => {
	it('names each package with its version, express with its type package, and TypeScript when nothing is imported', () => {
		expect(typeCheckedAgainst(['stripe'], version)).toBe('stripe@23.1.0');
		expect(typeCheckedAgainst(['express', 'stripe'], version)).toBe('express@5.3.0 (@types/express@5.0.6), stripe@23.1.0');
		expect(typeCheckedAgainst([], version)).toBe('typescript@6.0.3 with @types/node@26.6.6');
	});

	it('covers the listed providers only', () => {
		expect(isTypeChecked('stripe')).toBe(true);
		expect(isTypeChecked('mailgun')).toBe(true);
		expect(isTypeChecked('not-a-provider')).toBe(false);
	});

	it('lists every provider page that has a TypeScript or JavaScript block (issue 16: every example type-checks)', () => {
		const withBlocks = readdirSync('content/providers')
			.filter((file) => file.endsWith('.md'))
			.filter((file) => extractCheckedBlocks(readFileSync(`content/providers/${file}`, 'utf8')).length > 0)
			.map((file) => file.slice(0, -'.md'.length));
		expect(withBlocks.filter((id) => !isTypeChecked(id))).toEqual([]);
		expect([...TYPE_CHECKED_PROVIDERS].sort()).toEqual(withBlocks.sort());
	});
});

describe('typeCheckedNotes', () => {
	const plugin = typeCheckedNotes({ providersDir: '/site/content/providers', version });
	const insertions: { after: string; html: string }[] = [];
	const ctx = { insertAfter: (node: { value: string }, html: { value: string }) => insertions.push({ after: node.value, html: html.value }) };

	it('adds the note under each TypeScript or JavaScript block of a listed provider page', () => {
		insertions.length = 0;
		const visitor = plugin({ fileURL: pathToFileURL('/site/content/providers/stripe.md') });
		visitor?.code({ lang: 'ts', value: "import Stripe from 'stripe';" }, ctx);
		visitor?.code({ lang: 'py', value: 'import stripe' }, ctx);
		visitor?.code({ lang: 'js', value: "const crypto = require('node:crypto');" }, ctx);
		expect(insertions).toEqual([
			{ after: "import Stripe from 'stripe';", html: '<p class="type-checked">Type-checked against stripe@23.1.0.</p>' },
			{ after: "const crypto = require('node:crypto');", html: '<p class="type-checked">Type-checked against typescript@6.0.3 with @types/node@26.6.6.</p>' },
		]);
		expect(typeCheckedNoteHtml("import express from 'express';", version)).toBe(
			'<p class="type-checked">Type-checked against express@5.3.0 (@types/express@5.0.6).</p>',
		);
	});

	it('leaves other files alone: unlisted providers, files outside the providers folder, documents without a file', () => {
		expect(plugin({ fileURL: pathToFileURL('/site/content/providers/not-a-provider.md') })).toBeUndefined();
		expect(plugin({ fileURL: pathToFileURL('/site/docs/stripe.md') })).toBeUndefined();
		expect(plugin({ fileURL: undefined })).toBeUndefined();
		expect(providerIdOf('/site/content/providers/stripe.md', '/site/content/providers')).toBe('stripe');
		expect(providerIdOf('/site/content/providers-old/stripe.md', '/site/content/providers')).toBeUndefined();
	});
});
