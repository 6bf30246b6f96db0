/**
 * Peak memory of a whole process tree (a build and every process it starts, such as Pagefind), by
 * sampling /proc: the sum of the resident set sizes of the root and its descendants, every 100 ms.
 * Linux only; elsewhere the peak is reported as unknown. `descendants` and `parseProcStat` are pure.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** One process as far as the sampler needs it. */
export interface ProcInfo {
	pid: number;
	ppid: number;
	/** Resident set size in bytes. */
	rss: number;
}

/** The bytes of a memory page, as /proc/<pid>/statm counts them (4 KiB on x86-64 and arm64 Linux). */
const PAGE_SIZE = 4096;

/** Parent pid from the text of /proc/<pid>/stat ("pid (comm) state ppid …"; comm may hold spaces or parentheses). */
export function parseProcStat(stat: string): { pid: number; ppid: number } | undefined {
	const close = stat.lastIndexOf(')');
	const pid = Number.parseInt(stat, 10);
	const fields = stat.slice(close + 2).split(' ');
	const ppid = Number(fields[1]);
	if (close < 0 || !Number.isInteger(pid) || !Number.isInteger(ppid)) return undefined;
	return { pid, ppid };
}

/** The pids of `root` and every process below it, given each process's parent. */
export function descendants(processes: readonly Pick<ProcInfo, 'pid' | 'ppid'>[], root: number): number[] {
	const children = new Map<number, number[]>();
	for (const { pid, ppid } of processes) {
		const list = children.get(ppid);
		if (list) list.push(pid);
		else children.set(ppid, [pid]);
	}
	const tree: number[] = [];
	const queue = [root];
	const seen = new Set<number>();
	while (queue.length > 0) {
		const pid = queue.shift()!;
		if (seen.has(pid)) continue;
		seen.add(pid);
		tree.push(pid);
		queue.push(...(children.get(pid) ?? []));
	}
	return tree;
}

/** Every process visible in /proc, with parent and resident size; processes that exit meanwhile are skipped. */
function readProcesses(): ProcInfo[] {
	const processes: ProcInfo[] = [];
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		try {
			const stat = parseProcStat(readFileSync(`/proc/${name}/stat`, 'utf8'));
			const resident = Number(readFileSync(`/proc/${name}/statm`, 'utf8').split(' ')[1]);
			if (stat) processes.push({ ...stat, rss: resident * PAGE_SIZE });
		} catch {
			// The process ended between listing and reading.
		}
	}
	return processes;
}

/** Summed resident size of `root` and its descendants, in bytes, right now. */
export function treeRss(root: number): number {
	const processes = readProcesses();
	const inTree = new Set(descendants(processes, root));
	return processes.filter((proc) => inTree.has(proc.pid)).reduce((sum, proc) => sum + proc.rss, 0);
}

/** Samples a process tree until stopped; `stop()` returns the peak in bytes (NaN where /proc is missing). */
export function samplePeakRss(root: number, intervalMs = 100): { stop: () => number } {
	let peak = 0;
	let supported = true;
	const sample = () => {
		try {
			peak = Math.max(peak, treeRss(root));
		} catch {
			supported = false;
		}
	};
	sample();
	const timer = setInterval(sample, intervalMs);
	return {
		stop: () => {
			clearInterval(timer);
			return supported && peak > 0 ? peak : Number.NaN;
		},
	};
}

/** Clock ticks per second of /proc times (USER_HZ, 100 on every mainstream Linux build). */
const CLOCK_TICKS = 100;

/**
 * CPU time (user + system, ms) of this process's children that have ended, from /proc/self/stat's
 * cutime and cstime; a child's figure includes its own ended children. The difference across one
 * build is the CPU time of the build's whole process tree. NaN where /proc is missing.
 */
export function endedChildrenCpuMs(): number {
	try {
		const stat = readFileSync('/proc/self/stat', 'utf8');
		const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		// fields[0] is field 3 (state), so cutime (field 16) and cstime (field 17) are fields[13] and fields[14].
		return ((Number(fields[13]) + Number(fields[14])) * 1000) / CLOCK_TICKS;
	} catch {
		return Number.NaN;
	}
}
