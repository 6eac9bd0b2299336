import { LockMode } from '@mikro-orm/core';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Clock } from '../platform/clock';
import { calendarSpecLoader } from './calendar.service';
import { settleTimer } from './sla-settle';
import { SlaTimer } from './sla-timer.entity';

/**
 * Durable detection: a timer's check job (graphile-worker, keyed per timer) and the sweep (every
 * minute, and at start-up) both come here. Each check is one transaction on a locked timer row,
 * so instances never record the same crossing twice, and a crossing that fell due while every
 * server was down is recorded by the first one to start.
 */
export async function checkTimer(orm: MikroORM, timerId: number, clock: Clock, options: { skipLocked?: boolean } = {}): Promise<number[]> {
  return orm.em.fork().transactional(async (em: EntityManager) => {
    const now = clock.now();
    if (options.skipLocked) {
      const free = await em.execute(`select id from sla_timer where id = ? and next_check_at <= ? for update skip locked`, [timerId, now]);
      if (free.length === 0) return [];
    }
    const timer = await em.findOne(SlaTimer, timerId, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!timer || timer.stoppedAt || timer.pausedAt) return [];
    await em.populate(timer, ['policy']);
    const spec = await calendarSpecLoader(em, () => now).load(timer.policy.calendar.id);
    return settleTimer(em, timer, spec, now.getTime());
  });
}

/** Settles every timer whose next check is due; returns how many events it recorded. */
export async function sweep(orm: MikroORM, clock: Clock, batch = 500): Promise<number> {
  let recorded = 0;
  for (;;) {
    const due = await orm.em
      .fork()
      .execute<{ id: number }[]>(`select id from sla_timer where next_check_at <= ? order by next_check_at limit ?`, [clock.now(), batch]);
    for (const { id } of due) recorded += (await checkTimer(orm, id, clock, { skipLocked: true })).length;
    if (due.length < batch) return recorded;
  }
}
