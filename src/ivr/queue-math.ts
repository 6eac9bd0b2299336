/**
 * The expected wait in a call queue, from how fast the queue has been answered recently. Pure.
 *
 * With at least MIN_RECENT answers in the last WINDOW, the queue's answer rate is known: a caller
 * at position p waits about p answer intervals. With fewer, the median wait of the last answered
 * calls is the best guess; with none, the wait is unknown (null) rather than invented.
 */
export const WINDOW_MS = 30 * 60_000;
export const MIN_RECENT = 3;

export interface AnsweredCall {
  queuedAt: Date;
  answeredAt: Date;
}

export function expectedWaitSeconds(position: number, answered: readonly AnsweredCall[], now: Date): number | null {
  if (position < 1 || answered.length === 0) return null;
  const since = now.getTime() - WINDOW_MS;
  const recent = answered.filter((a) => a.answeredAt.getTime() > since && a.answeredAt.getTime() <= now.getTime());
  if (recent.length >= MIN_RECENT) {
    const earliest = Math.min(...recent.map((a) => a.answeredAt.getTime()));
    const interval = (now.getTime() - earliest) / recent.length;
    return Math.round((position * interval) / 1000);
  }
  const waits = answered.map((a) => a.answeredAt.getTime() - a.queuedAt.getTime()).sort((a, b) => a - b);
  const mid = waits.length >> 1;
  const median = waits.length % 2 ? waits[mid] : (waits[mid - 1] + waits[mid]) / 2;
  return Math.round(median / 1000);
}

/** A place among a queue's waiting: when the caller joined, and their call's id to break a tie. */
export interface WaitingKey {
  joinedAt: Date;
  callId: number;
}

/**
 * Whether `a` comes before `b` among the waiting of one queue: calls and pending callbacks are one
 * line, ordered by when the caller joined the queue (a callback keeps the caller's place). Pure.
 */
export function comesBefore(a: WaitingKey, b: WaitingKey): boolean {
  const [x, y] = [a.joinedAt.getTime(), b.joinedAt.getTime()];
  return x < y || (x === y && a.callId < b.callId);
}
