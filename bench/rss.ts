import { readFileSync } from 'node:fs';

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

/** CPU time (user + system) a process has used so far, in ms, from /proc/<pid>/stat (clock ticks of 10 ms). */
export function cpuMs(pid: number | undefined): number {
  if (!pid) return NaN;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return NaN;
  }
}
