import { describe, expect, it } from 'vitest';
import { breakablePieces } from '../../src/lib/lineBreaks';

describe('where long code tokens may break', () => {
	it('should break module paths and install commands only after slashes, colons and spaces', () => {
		expect(breakablePieces('github.com/stripe/stripe-go/v82', 'path')).toEqual(['github.com/', 'stripe/', 'stripe-go/', 'v82']);
		expect(breakablePieces('npm install @aws-sdk/client-s3', 'path')).toEqual(['npm ', 'install ', '@aws-sdk/', 'client-s3']);
		expect(breakablePieces('implementation("com.slack.api:bolt-jetty:1.9.+")', 'path')).toEqual([
			'implementation("com.slack.api:',
			'bolt-jetty:',
			'1.9.+")',
		]);
	});

	it('should break identifiers between their words, never inside one', () => {
		expect(breakablePieces('ProvisionedThroughputExceededException', 'identifier')).toEqual([
			'Provisioned',
			'Throughput',
			'Exceeded',
			'Exception',
		]);
		expect(breakablePieces('invalid_request_error', 'identifier')).toEqual(['invalid_', 'request_', 'error']);
		expect(breakablePieces('FIELD_CUSTOM_VALIDATION_EXCEPTION', 'identifier')).toEqual(['FIELD_', 'CUSTOM_', 'VALIDATION_', 'EXCEPTION']);
		expect(breakablePieces('21610', 'identifier')).toEqual(['21610']);
		expect(breakablePieces('HTTP429', 'identifier')).toEqual(['HTTP429']);
		expect(breakablePieces('PAYPAL-TRANSMISSION-SIG', 'identifier')).toEqual(['PAYPAL-', 'TRANSMISSION-', 'SIG']);
	});

	it('should give back the text when the pieces are joined, and never an empty piece', () => {
		for (const text of ['a/', '/a', 'a  b', '_x_', 'X-RateLimit-Reset']) {
			const pieces = breakablePieces(text, 'identifier');
			expect(pieces.join('')).toBe(text);
			expect(pieces.every((piece) => piece.length > 0)).toBe(true);
		}
	});
});
