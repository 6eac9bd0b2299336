/** Pure SLA presentation rules shared by the queue's badge and the ticket's clocks. */
export interface TimerLike {
  metric: string;
  state: 'RUNNING' | 'PAUSED' | 'MET' | 'BREACHED' | 'NOT_MEASURED' | 'WITHDRAWN';
  dueAt: string;
  percentUsed: number;
  stoppedAt?: string | null;
  policy?: { warningThresholds: readonly number[] } | null;
}

export type SlaBadge =
  | { kind: 'breached'; dueAt: string }
  | { kind: 'atRisk'; dueAt: string }
  | { kind: 'due'; dueAt: string }
  | { kind: 'paused'; dueAt: string }
  | { kind: 'none' };

/** The warning threshold of a timer (the lowest of its policy's, else 75 %). */
const warningAt = (t: TimerLike) => (t.policy?.warningThresholds.length ? Math.min(...t.policy.warningThresholds) : 75);

/** One badge per ticket: breached beats at risk beats the nearest due running clock; paused when all open clocks are. */
export function slaBadge(timers: readonly TimerLike[]): SlaBadge {
  const open = timers.filter((t) => !t.stoppedAt && t.state !== 'MET' && t.state !== 'NOT_MEASURED' && t.state !== 'WITHDRAWN');
  const byDue = [...open].sort((a, b) => a.dueAt.localeCompare(b.dueAt));
  const breached = byDue.find((t) => t.state === 'BREACHED');
  if (breached) return { kind: 'breached', dueAt: breached.dueAt };
  const running = byDue.filter((t) => t.state === 'RUNNING');
  const atRisk = running.find((t) => t.percentUsed >= warningAt(t));
  if (atRisk) return { kind: 'atRisk', dueAt: atRisk.dueAt };
  if (running[0]) return { kind: 'due', dueAt: running[0].dueAt };
  if (byDue[0]) return { kind: 'paused', dueAt: byDue[0].dueAt };
  return { kind: 'none' };
}

/** A duration as "2 h 05 min" (or "45 s" under a minute), for countdowns; always positive. */
export function formatDuration(ms: number): string {
  const s = Math.floor(Math.abs(ms) / 1000);
  const d = Math.floor(s / 86400);
  const h = Math.floor((s % 86400) / 3600);
  const m = Math.floor((s % 3600) / 60);
  if (d > 0) return `${d} d ${h} h`;
  if (h > 0) return `${h} h ${String(m).padStart(2, '0')} min`;
  if (m > 0) return `${m} min ${String(s % 60).padStart(2, '0')} s`;
  return `${s % 60} s`;
}
