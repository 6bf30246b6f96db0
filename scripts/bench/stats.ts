/**
 * Statistics and size helpers for the benchmark: medians, percentiles, ratios and gzip sizes.
 * Pure (no I/O), so they are unit-tested in tests/unit/bench/stats.test.ts.
 */
import { gzipSync } from 'node:zlib';

/** Values sorted ascending, without changing the input. */
const sorted = (values: readonly number[]) => [...values].sort((a, b) => a - b);

/** The median: the middle value, or the mean of the two middle values; NaN for no values. */
export function median(values: readonly number[]): number {
	if (values.length === 0) return Number.NaN;
	const s = sorted(values);
	const mid = Math.floor(s.length / 2);
	return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/**
 * The p-th percentile (0–100) by linear interpolation between closest ranks (the method of
 * numpy's default and of most spreadsheets); NaN for no values.
 */
export function percentile(values: readonly number[], p: number): number {
	if (values.length === 0) return Number.NaN;
	if (p < 0 || p > 100) throw new RangeError(`percentile must be within 0–100, got ${p}`);
	const s = sorted(values);
	const rank = (p / 100) * (s.length - 1);
	const low = Math.floor(rank);
	const high = Math.ceil(rank);
	return s[low]! + (s[high]! - s[low]!) * (rank - low);
}

/** The largest value; NaN for no values. */
export function max(values: readonly number[]): number {
	return values.length === 0 ? Number.NaN : Math.max(...values);
}

/** a / b, or NaN when either is missing or b is 0. */
export function ratio(a: number | undefined, b: number | undefined): number {
	if (a === undefined || b === undefined || !Number.isFinite(a) || !Number.isFinite(b) || b === 0) return Number.NaN;
	return a / b;
}

/** Level used for every gzipped size in the benchmark: zlib's default, what most servers send. */
export const GZIP_LEVEL = 6;

/**
 * Bytes a response takes on the wire with gzip: the gzipped size, or the raw size when gzip does
 * not make it smaller (Pagefind's index files and WebAssembly are already compressed).
 */
export function gzipSize(body: Buffer | string): number {
	const raw = typeof body === 'string' ? Buffer.from(body) : body;
	if (raw.length === 0) return 0;
	return Math.min(raw.length, gzipSync(raw, { level: GZIP_LEVEL }).length);
}

/** "12.3 KB" (1 KB = 1,024 bytes), "1.20 MB", "512 B"; "–" for a missing value. */
export function formatBytes(bytes: number | undefined): string {
	if (bytes === undefined || !Number.isFinite(bytes)) return '–';
	if (Math.abs(bytes) < 1024) return `${Math.round(bytes)} B`;
	if (Math.abs(bytes) < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
	if (Math.abs(bytes) < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(2)} MB`;
	return `${(bytes / 1024 ** 3).toFixed(2)} GB`;
}

/** "850 ms", "12.4 s"; "–" for a missing value. */
export function formatMs(ms: number | undefined): string {
	if (ms === undefined || !Number.isFinite(ms)) return '–';
	return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

/** "1.23×"; "–" for a missing value. */
export function formatRatio(value: number | undefined): string {
	if (value === undefined || !Number.isFinite(value)) return '–';
	return `${value.toFixed(2)}×`;
}
