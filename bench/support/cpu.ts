import { readdirSync, readFileSync } from 'node:fs';

/**
 * CPU time of this process and of each process tree it started, from /proc (Linux only; elsewhere
 * empty). With every piece of the stack on one machine, "who burns the cores" explains latency
 * better than any single timer.
 */

const TICKS_PER_S = 100; // USER_HZ: 100 on every Linux platform Node runs on

interface Proc {
  pid: number;
  ppid: number;
  ticks: number;
}

function readProcs(): Proc[] {
  const out: Proc[] = [];
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return out;
  }
  for (const e of entries) {
    if (!/^\d+$/.test(e)) continue;
    try {
      const stat = readFileSync(`/proc/${e}/stat`, 'utf8');
      // Fields after the parenthesised command name (which may itself hold spaces or parentheses).
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // utime, stime, cutime, cstime: reaped children's time is in cutime/cstime, and they are no longer listed, so nothing counts twice.
      out.push({ pid: Number(e), ppid: Number(f[1]), ticks: Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14]) });
    } catch {
      // The process ended between listing and reading.
    }
  }
  return out;
}

function label(pid: number): string {
  let cmd: string;
  try {
    cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
  } catch {
    return `pid ${pid}`;
  }
  if (/main\.ts server/.test(cmd)) return 'app server';
  if (/main\.ts worker/.test(cmd)) return 'app worker';
  if (/temporal/.test(cmd)) return 'Temporal dev server';
  if (/postgres/.test(cmd)) return 'PostgreSQL';
  return cmd.split(' ')[0]!.split('/').pop() ?? `pid ${pid}`;
}

/** Busy CPU seconds of the whole machine so far (all cores), from the first line of /proc/stat. */
function machineBusy(): number | null {
  try {
    const f = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
    // user nice system idle iowait irq softirq steal: everything but idle and iowait is busy.
    return (f[0]! + f[1]! + f[2]! + f[5]! + f[6]! + f[7]!) / TICKS_PER_S;
  } catch {
    return null;
  }
}

export const MACHINE = 'whole machine';

/** CPU seconds so far, per child process tree of this process, plus this process itself, plus the whole machine. */
export function cpuSnapshot(): Map<string, number> {
  const procs = readProcs();
  const snap = new Map<string, number>();
  if (!procs.length) return snap;
  const children = new Map<number, Proc[]>();
  for (const p of procs) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p]);
  const tree = (p: Proc): number => p.ticks + (children.get(p.pid) ?? []).reduce((s, c) => s + tree(c), 0);
  for (const child of children.get(process.pid) ?? []) {
    const name = label(child.pid);
    snap.set(name, (snap.get(name) ?? 0) + tree(child) / TICKS_PER_S);
  }
  const self = process.cpuUsage();
  snap.set('bench client (this process)', (self.user + self.system) / 1e6);
  const busy = machineBusy();
  if (busy !== null) snap.set(MACHINE, busy);
  return snap;
}

/**
 * Cores busy per component between two snapshots over wallMs, e.g. "app worker 0.62", and the rest of
 * the machine as "other processes": a run measured beside someone else's load says so.
 */
export function cpuBetween(before: Map<string, number>, after: Map<string, number>, wallMs: number): { ours: Array<[string, number]>; others: number | null } {
  const ours: Array<[string, number]> = [];
  const cores = (name: string) => ((after.get(name) ?? 0) - (before.get(name) ?? 0)) / (wallMs / 1000);
  for (const name of after.keys()) if (name !== MACHINE) ours.push([name, cores(name)]);
  const others = after.has(MACHINE) ? Math.max(0, cores(MACHINE) - ours.reduce((s, [, v]) => s + v, 0)) : null;
  return { ours: ours.sort((a, b) => b[1] - a[1]), others };
}
