import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { formatBytes, formatMs, formatRatio, gzipSize, max, median, percentile, ratio } from '../../../scripts/bench/stats';
import { descendants, parseProcStat } from '../../../scripts/bench/process-tree';

describe('benchmark statistics', () => {
	it('should take the middle value as the median, or the mean of the two middle values', () => {
		expect(median([3, 1, 2])).toBe(2);
		expect(median([4, 1, 3, 2])).toBe(2.5);
		expect(median([7])).toBe(7);
		expect(median([])).toBeNaN();
	});

	it('should not reorder the values it is given', () => {
		const values = [3, 1, 2];
		median(values);
		percentile(values, 95);
		expect(values).toEqual([3, 1, 2]);
	});

	it('should interpolate percentiles between closest ranks', () => {
		const values = Array.from({ length: 20 }, (_, i) => i + 1); // 1…20
		expect(percentile(values, 50)).toBe(10.5);
		expect(percentile(values, 95)).toBeCloseTo(19.05);
		expect(percentile(values, 0)).toBe(1);
		expect(percentile(values, 100)).toBe(20);
		expect(percentile([5], 95)).toBe(5);
		expect(percentile([], 50)).toBeNaN();
		expect(() => percentile(values, 101)).toThrow(RangeError);
	});

	it('should give NaN for a ratio with a missing or zero denominator', () => {
		expect(ratio(6, 4)).toBe(1.5);
		expect(ratio(6, 0)).toBeNaN();
		expect(ratio(undefined, 4)).toBeNaN();
		expect(ratio(Number.NaN, 4)).toBeNaN();
		expect(max([2, 9, 4])).toBe(9);
		expect(max([])).toBeNaN();
	});

	it('should measure gzip size, and count already-compressed bodies as they are', () => {
		const text = 'rate limit '.repeat(500);
		const size = gzipSize(text);
		expect(size).toBeLessThan(text.length / 10);
		const compressed = gzipSync(Buffer.from(text));
		expect(gunzipSync(compressed).toString()).toBe(text);
		expect(gzipSize(compressed)).toBe(compressed.length);
		expect(gzipSize('')).toBe(0);
	});

	it('should format bytes, times and ratios for the report', () => {
		expect(formatBytes(512)).toBe('512 B');
		expect(formatBytes(6 * 1024)).toBe('6.0 KB');
		expect(formatBytes(1.5 * 1024 ** 3)).toBe('1.50 GB');
		expect(formatBytes(Number.NaN)).toBe('–');
		expect(formatMs(850.4)).toBe('850 ms');
		expect(formatMs(12_400)).toBe('12.4 s');
		expect(formatRatio(1.234)).toBe('1.23×');
		expect(formatRatio(undefined)).toBe('–');
	});
});

describe('process tree', () => {
	it('should read the parent pid from /proc/<pid>/stat even when the command has spaces and parentheses', () => {
		expect(parseProcStat('4242 (node (astro) build) S 4200 4242 4242 0 -1')).toEqual({ pid: 4242, ppid: 4200, name: 'node (astro) build' });
		expect(parseProcStat('garbage')).toBeUndefined();
	});

	it('should find every descendant of the root and nothing else', () => {
		const processes = [
			{ pid: 1, ppid: 0 },
			{ pid: 10, ppid: 1 }, // the build
			{ pid: 11, ppid: 10 }, // a worker
			{ pid: 12, ppid: 11 }, // pagefind, started by the worker
			{ pid: 20, ppid: 1 }, // unrelated
		];
		expect(descendants(processes, 10).sort()).toEqual([10, 11, 12]);
		expect(descendants(processes, 99)).toEqual([99]);
	});
});
