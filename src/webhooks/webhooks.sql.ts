import type { ClosingPart } from '../platform/db/closing-statement';
import { addJobsFromSql } from '../platform/jobs/jobs.sql';
import type { EntityManager } from '@mikro-orm/postgresql';
import { readRows } from '../platform/db/read-model';
import { WebhookAttempt, WebhookDelivery } from './webhook-delivery.entity';

/** The SQL of the webhooks domain: the fan-out (set-based), the send job's lock, the log's pages. */

export interface NewDelivery {
  kind: string;
  messageId: string;
  eventKey: string | null;
  body: string;
  at: Date;
}

/**
 * One delivery per active, unpaused endpoint subscribed to each event's kind, and its send job (due
 * now, keyed `sendKeyPrefix` + its id), as a part of a statement (closing-statement.ts): most
 * transactions find no endpoint and write nothing, without a round trip to ask. A cause already
 * delivered to an endpoint (its event key) is skipped.
 */
export function deliveriesPart(events: readonly NewDelivery[], send: { task: string; maxAttempts: number; keyPrefix: string }): ClosingPart {
  if (!/^[a-z0-9_:-]*$/.test(send.keyPrefix)) throw new Error(`bad job key prefix ${send.keyPrefix}`);
  const job = { payload: `json_build_object('deliveryId', webhook_rows.id)`, runAt: 'now()', key: `'${send.keyPrefix}' || webhook_rows.id` };
  return {
    ctes: `webhook_rows as (
       insert into webhook_delivery (endpoint_id, event_kind, message_id, event_key, body, status, attempts, created_at)
       select e.id, v.kind, v.message_id || '_' || e.id, v.event_key, v.body, 'PENDING', 0, v.at
         from json_to_recordset(?::json) as v(kind text, message_id text, event_key text, body text, at timestamptz)
         join webhook_endpoint e on e.active and e.paused_at is null and v.kind = any(e.event_kinds)
        order by e.id
       on conflict (endpoint_id, event_key) do nothing
       returning id),
     webhook_jobs as (${addJobsFromSql(send.task, send.maxAttempts, 'webhook_rows', job)} where exists (select 1 from webhook_rows))`,
    params: [JSON.stringify(events.map((e) => ({ kind: e.kind, message_id: e.messageId, event_key: e.eventKey, body: e.body, at: e.at.toISOString() })))],
    selects: ['webhook_jobs'],
  };
}

/** A delivery and its endpoint, the delivery's row locked for the attempt's record. */
export async function lockDelivery(em: EntityManager, id: number): Promise<WebhookDelivery | undefined> {
  const [row] = await readRows(em, WebhookDelivery, 'select * from webhook_delivery where id = ? for update', [id]);
  return row;
}

/** An SLA event as a webhook tells it, with its case; undefined when it is gone. */
export interface SlaEventRow {
  id: number;
  kind: 'WARNING' | 'BREACH';
  threshold: number;
  at: Date;
  metric: string;
  ticket_id: number;
  number: string;
  status: string;
  priority: string;
}

export async function slaEventOf(em: EntityManager, slaEventId: number): Promise<SlaEventRow | undefined> {
  const [row] = await em.execute<SlaEventRow[]>(
    `select s.id, s.kind, s.threshold, s.at, t.metric, k.id as ticket_id, k.number, k.status, k.priority
       from sla_event s join sla_timer t on t.id = s.timer_id join ticket k on k.id = s.ticket_id where s.id = ?`,
    [slaEventId],
  );
  return row ? { ...row, at: new Date(row.at) } : undefined;
}

/** One page of an endpoint's deliveries, newest first (by id), after the cursor's id; `limit + 1` rows. */
export function selectDeliveries(em: EntityManager, endpointId: number, afterId: number | null, limit: number): Promise<WebhookDelivery[]> {
  const cursor = afterId === null ? '' : ' and id < ?';
  const params = afterId === null ? [endpointId] : [endpointId, afterId];
  return readRows(em, WebhookDelivery, `select * from webhook_delivery where endpoint_id = ?${cursor} order by id desc limit ${limit + 1}`, params);
}

export async function countDeliveries(em: EntityManager, endpointId: number): Promise<number> {
  const [row] = await em.execute<{ n: number }[]>('select count(*)::int as n from webhook_delivery where endpoint_id = ?', [endpointId]);
  return row.n;
}

/** The attempts of several deliveries, in attempt order (the loader's batch). */
export function selectAttempts(em: EntityManager, deliveryIds: readonly number[]): Promise<WebhookAttempt[]> {
  return readRows(em, WebhookAttempt, 'select * from webhook_attempt where delivery_id = any(?::int[]) order by delivery_id, attempt', [`{${deliveryIds.join(',')}}`]);
}

/** The pending deliveries of an endpoint (to send again once it is resumed). */
export async function pendingDeliveryIds(em: EntityManager, endpointId: number): Promise<number[]> {
  const rows = await em.execute<{ id: number }[]>(`select id from webhook_delivery where endpoint_id = ? and status = 'PENDING' order by id`, [endpointId]);
  return rows.map((r) => r.id);
}
