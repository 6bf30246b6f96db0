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
	/** Command name ("node", "pagefind"). */
	name: string;
	/** Resident set size in bytes. */
	rss: number;
}

/** The bytes of a memory page, as /proc/<pid>/statm counts them (4 KiB on x86-64 and arm64 Linux). */
const PAGE_SIZE = 4096;

/** Pid, command name and parent pid from the text of /proc/<pid>/stat ("pid (comm) state ppid …"; comm may hold spaces or parentheses). */
export function parseProcStat(stat: string): { pid: number; ppid: number; name: string } | undefined {
	const open = stat.indexOf('(');
	const close = stat.lastIndexOf(')');
	const pid = Number.parseInt(stat, 10);
	const fields = stat.slice(close + 2).split(' ');
	const ppid = Number(fields[1]);
	if (open < 0 || close < 0 || !Number.isInteger(pid) || !Number.isInteger(ppid)) return undefined;
	return { pid, ppid, name: stat.slice(open + 1, close) };
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

/** The processes of the tree below `root` (included), right now. */
export function treeProcesses(root: number): ProcInfo[] {
	const processes = readProcesses();
	const inTree = new Set(descendants(processes, root));
	return processes.filter((proc) => inTree.has(proc.pid));
}

/** What sampling a tree found: the peak of the sum, and each command's own peak (all its processes summed). */
export interface PeakRss {
	peak: number;
	byCommand: Record<string, number>;
}

/** Samples a process tree until stopped; `stop()` returns the peaks in bytes (peak NaN where /proc is missing). */
export function samplePeakRss(root: number, intervalMs = 100): { stop: () => PeakRss } {
	let peak = 0;
	const byCommand: Record<string, number> = {};
	let supported = true;
	const sample = () => {
		try {
			const tree = treeProcesses(root);
			peak = Math.max(peak, tree.reduce((sum, proc) => sum + proc.rss, 0));
			const perCommand: Record<string, number> = {};
			for (const proc of tree) perCommand[proc.name] = (perCommand[proc.name] ?? 0) + proc.rss;
			for (const [name, rss] of Object.entries(perCommand)) byCommand[name] = Math.max(byCommand[name] ?? 0, rss);
		} catch {
			supported = false;
		}
	};
	sample();
	const timer = setInterval(sample, intervalMs);
	return {
		stop: () => {
			clearInterval(timer);
			return { peak: supported && peak > 0 ? peak : Number.NaN, byCommand };
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
