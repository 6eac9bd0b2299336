import { readdirSync, readFileSync } from 'node:fs';

/**
 * The peak resident set of a process so far, in MB, from the kernel's high-water mark (VmHWM in
 * /proc/<pid>/status): exact, with no sampling to miss a spike. Read it before the process ends.
 */
export function peakRssMb(pid: number | undefined): number {
  if (!pid) return NaN;
  try {
    const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) / 1024 : NaN;
  } catch {
    return NaN;
  }
}

/** The line every bench prints: each server's peak RSS beside the 300 MB target (issue 19). */
export function rssLine(servers: { name: string; pid: number | undefined }[]): string {
  const figures = servers.map((s) => `${s.name} ${peakRssMb(s.pid).toFixed(0)} MB`).join(', ');
  return `peak RSS (target < 300 MB): ${figures}`;
}

/** A process's parent and CPU time (user + system) so far in ms, from /proc/<pid>/stat (clock ticks of 10 ms). */
function statOf(pid: number): { ppid: number; cpuMs: number } | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return { ppid: Number(fields[1]), cpuMs: (Number(fields[11]) + Number(fields[12])) * 10 };
  } catch {
    return null;
  }
}

/** CPU time a process has used so far, in ms. */
export function cpuMs(pid: number | undefined): number {
  return (pid && statOf(pid)?.cpuMs) ?? NaN;
}

/**
 * What reads the CPU time a PostgreSQL server has used so far, in ms: its postmaster and every
 * process it started (backends, WAL writer, checkpointer, autovacuum), found once from one backend's
 * pid (`pg_backend_pid()`), which may end before a reading (a pool closes its idle connections). A
 * process that already ended is not counted: take it around a phase the same connections serve.
 */
export function serverCpuReader(backendPid: number): () => number {
  const postmaster = statOf(backendPid)?.ppid;
  if (!postmaster) throw new Error(`no process ${backendPid} to find its PostgreSQL server from`);
  return () => treeCpuMs(postmaster);
}

/** A process's CPU time and its children's (those still running), in ms. */
function treeCpuMs(parent: number): number {
  let total = statOf(parent)?.cpuMs ?? 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = statOf(Number(entry));
    if (stat?.ppid === parent) total += stat.cpuMs;
  }
  return total;
}

/** The machine's CPU time so far in clock ticks, all of it and what the hypervisor gave other guests (steal), from /proc/stat's first line. */
export function machineTicks(): { total: number; steal: number; idle: number } {
  try {
    // cpu  user nice system idle iowait irq softirq steal guest guest_nice (guest time is inside user's)
    const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1, 9).map(Number);
    return { total: fields.reduce((a, b) => a + b, 0), steal: fields[7], idle: fields[3] + fields[4] };
  } catch {
    return { total: NaN, steal: NaN, idle: NaN };
  }
}

/** The share of the CPU time since `from` (machineTicks) that was stolen, in percent: a virtual machine's neighbours at work. */
export function stealPercent(from: { total: number; steal: number }): number {
  const now = machineTicks();
  return (100 * (now.steal - from.steal)) / (now.total - from.total);
}
