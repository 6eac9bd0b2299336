import type { EntityManager } from '@mikro-orm/postgresql';
import { pgArray } from '../platform/db/sql';
import { ANONYMISED_ADDRESS, ANONYMISED_NUMBER, ANONYMISED_PERSON_NAME, ANONYMISED_TEXT, HISTORY_TEXT_FIELDS, anonymisedEmail } from './retention-rules';

/**
 * Retention's statements, all set-based. The values written come from retention-rules.ts.
 * Nothing here deletes a row, and no count, time, status, group, tier or timer changes: the report
 * aggregates (kept by triggers on ticket and vendor_referral) get a +1 and a -1 per updated row
 * that cancel out, so every report figure stays what it was.
 *
 * audit_log is not touched: it is append-only (a trigger refuses update and delete), and the
 * entries retention writes hold ids and counts, never the blanked text.
 */

const T = ANONYMISED_TEXT;

/** `:name` placeholders (not `::casts`) to the query layer's positional `?`, for the long statements that repeat values. */
function named(sql: string, values: Record<string, unknown>): [string, unknown[]] {
  const params: unknown[] = [];
  const text = sql.replace(/(?<![:\w]):([a-zA-Z]+)\b/g, (_m, name: string) => {
    if (!(name in values)) throw new Error(`no value for :${name}`);
    params.push(values[name]);
    return '?';
  });
  return [text, params];
}

/**
 * Locks up to `limit` cases whose personal data is due (retention-rules' retentionVerdict: closed,
 * not on hold, not anonymised, closed before now minus the agency's months), skipping rows another
 * instance's job holds: two runners never take the same case, and neither waits for the other.
 */
export async function lockDueCases(em: EntityManager, now: Date, limit: number): Promise<number[]> {
  const rows = await em.execute<{ id: number }[]>(
    `select t.id from ticket t join agency a on a.id = t.agency_id
      where t.status = 'CLOSED' and t.anonymised_at is null and not t.legal_hold and a.retention_months is not null
        and t.closed_at < ?::timestamptz - make_interval(months => a.retention_months)
      order by t.id limit ? for update of t skip locked`,
    [now, limit],
  );
  return rows.map((r) => r.id);
}

/** Locks the closed, not held, not anonymised cases a person requested (anonymisePerson). */
export async function lockClosedCasesOf(em: EntityManager, userId: number): Promise<number[]> {
  const rows = await em.execute<{ id: number }[]>(
    `select id from ticket where requester_id = ? and status = 'CLOSED' and anonymised_at is null and not legal_hold order by id for update`,
    [userId],
  );
  return rows.map((r) => r.id);
}

/** Lets the history's free text be blanked in this transaction only (the trigger's one allowed update, see the migration). */
const allowHistoryBlanking = (em: EntityManager) => em.execute(`select set_config('supportchain.anonymising', 'on', true)`);

/**
 * Anonymises the given cases (already locked by the caller): the case's own text, its comments,
 * the history's free text, its files, its mails in and out, its calls and callbacks, the vendor
 * referrals' questions and answers, the rating's comment and the time entries' notes; one
 * ANONYMISED history entry each (note: why). Idempotent: a case anonymised already is skipped.
 * Answers the ids it anonymised.
 */
export async function anonymiseCases(em: EntityManager, ticketIds: number[], at: Date, actorId: number | null, why: string): Promise<number[]> {
  if (ticketIds.length === 0) return [];
  await allowHistoryBlanking(em);
  const rows = await em.execute<{ id: number }[]>(
    ...named(`with c as (
       update ticket set title = :t, description = :t, resolution = case when resolution is null then null else :t end,
              confidential_reason = case when confidential_reason is null then null else :t end,
              anonymised_at = :at, version = version + 1
        where id = any(:ids::int[]) and anonymised_at is null returning id, tier),
     comments as (update ticket_comment set body = :t where ticket_id in (select id from c) returning 1),
     history as (
       update ticket_event set note = case when note is null then null else :t end,
              from_value = case when field = any(:fields::text[]) and from_value is not null then :t else from_value end,
              to_value = case when field = any(:fields::text[]) and to_value is not null then :t else to_value end
        where ticket_id in (select id from c) and (note is not null or field = any(:fields::text[])) returning 1),
     files as (update attachment set filename = :t, data = ''::bytea, size = 0, sha256 = encode(sha256(''::bytea), 'hex'), declared_type = null
                where ticket_id in (select id from c) returning 1),
     mails_in as (update mail_inbound set raw = ''::bytea, envelope_from = null, envelope_to = '[]'::jsonb, remote_address = null, note = null
                   where ticket_id in (select id from c) returning 1),
     mails_out as (update mail_outbound set to_address = :address, to_name = null, subject = :t, text = :t, html = null, last_error = null
                    where ticket_id in (select id from c) returning 1),
     calls as (update ivr_call set from_number = :number where ticket_id in (select id from c) returning 1),
     callbacks as (update ivr_callback set number = :number where ticket_id in (select id from c) returning 1),
     referrals as (update vendor_referral set question = :t, answer = case when answer is null then null else :t end where ticket_id in (select id from c) returning 1),
     ratings as (update ticket_satisfaction set comment = :t where ticket_id in (select id from c) and comment is not null returning 1),
     times as (update time_entry set note = :t where ticket_id in (select id from c) and note is not null returning 1),
     -- A public-record export's PDF holds the case's released text: the document goes, the record of
     -- the export (who, when, the request, what was masked) stays.
     exports as (update public_record_export set pdf = ''::bytea where ticket_id in (select id from c) returning 1),
     logged as (insert into ticket_event (ticket_id, actor_id, at, kind, note, tier, visibility)
                select id, :actor::int, :at, 'ANONYMISED', :why, tier, 'INTERNAL' from c returning ticket_id)
     select ticket_id as id from logged order by ticket_id`,
    { t: T, at, ids: pgArray(ticketIds), fields: pgArray([...HISTORY_TEXT_FIELDS]), address: ANONYMISED_ADDRESS, number: ANONYMISED_NUMBER, actor: actorId, why }),
  );
  return rows.map((r) => r.id);
}

export interface PersonCounts {
  comments: number;
  mails: number;
  calls: number;
}

/**
 * Anonymises what is held about one person outside the cases anonymised whole: their comments on
 * any case not on legal hold, mails they sent and calls from their numbers on such cases (or on
 * none), then their user record (name, unique placeholder address, no phone, inactive). The
 * account row stays: cases, history and time entries keep pointing at it.
 */
export async function anonymisePersonRecords(em: EntityManager, userId: number, email: string, phones: string[]): Promise<PersonCounts> {
  const [row] = await em.execute<PersonCounts[]>(
    ...named(`with held as (select id from ticket where legal_hold),
     comments as (update ticket_comment set body = :t where author_id = :user and body <> :t and ticket_id not in (select id from held) returning 1),
     mails as (update mail_inbound set raw = ''::bytea, envelope_from = null, envelope_to = '[]'::jsonb, remote_address = null, note = null
                where lower(envelope_from) = lower(:email) and (ticket_id is null or ticket_id not in (select id from held)) returning 1),
     calls as (update ivr_call set from_number = :number where from_number = any(:phones::text[]) and ticket_id not in (select id from held) returning 1),
     callbacks as (update ivr_callback set number = :number where number = any(:phones::text[]) and ticket_id not in (select id from held) returning 1),
     person as (update app_user set name = :name, email = :anonEmail, phone = null, active = false, version = version + 1 where id = :user returning 1)
     select (select count(*) from comments)::int as comments, (select count(*) from mails)::int as mails,
            ((select count(*) from calls) + (select count(*) from callbacks))::int as calls`,
    { t: T, user: userId, email, phones: pgArray(phones), number: ANONYMISED_NUMBER, name: ANONYMISED_PERSON_NAME, anonEmail: anonymisedEmail(userId) }),
  );
  return row;
}

/** The cases of a person on legal hold or still open, which anonymisePerson leaves whole. */
export async function casesKeptOf(em: EntityManager, userId: number): Promise<number> {
  const [row] = await em.execute<{ n: number }[]>(
    `select count(*)::int as n from ticket where requester_id = ? and anonymised_at is null and (legal_hold or status <> 'CLOSED')`,
    [userId],
  );
  return row.n;
}

export async function insertRetentionRun(em: EntityManager, run: { startedAt: Date; finishedAt: Date; cases: number; by: number | null }): Promise<number> {
  const [row] = await em.execute<{ id: number }[]>(
    `insert into retention_run (started_at, finished_at, cases_anonymised, triggered_by_id) values (?, ?, ?, ?) returning id`,
    [run.startedAt, run.finishedAt, run.cases, run.by],
  );
  return row.id;
}

/** A person by id or by e-mail (case-insensitive); null if none. */
export async function findPerson(em: EntityManager, by: { id?: number; email?: string }) {
  const [row] = await em.execute<{ id: number; email: string; name: string; phone: string | null; role: string; agency: string | null; created_at: Date; active: boolean }[]>(
    `select u.id, u.email, u.name, u.phone, u.role, a.name as agency, u.created_at, u.active from app_user u left join agency a on a.id = u.agency_id
      where (?::int is not null and u.id = ?::int) or (?::text is not null and lower(u.email) = lower(?::text))`,
    [by.id ?? null, by.id ?? null, by.email ?? null, by.email ?? null],
  );
  return row ?? null;
}

export interface RetentionRunRow {
  id: number;
  started_at: Date;
  finished_at: Date;
  cases_anonymised: number;
  triggered_by_id: number | null;
}

export function lastRetentionRuns(em: EntityManager, limit: number): Promise<RetentionRunRow[]> {
  return em.execute<RetentionRunRow[]>(`select * from retention_run order by id desc limit ?`, [limit]);
}

/** Everything held about a person (right of access), as rows per kind; the service shapes the document. */
export async function personalDataOf(em: EntityManager, userId: number, email: string, phones: string[]) {
  const cases = await em.execute(
    `select number, title, description, resolution, status, channel, created_at, closed_at, anonymised_at from ticket where requester_id = ? order by id`,
    [userId],
  );
  const comments = await em.execute(
    `select t.number as ticket_number, c.body, c.visibility, c.created_at from ticket_comment c join ticket t on t.id = c.ticket_id where c.author_id = ? order by c.id`,
    [userId],
  );
  const mails = await em.execute(
    `select m.received_at, m.envelope_from, m.envelope_to, m.outcome, t.number as ticket_number, convert_from(m.raw, 'UTF8') as source
       from mail_inbound m left join ticket t on t.id = m.ticket_id where lower(m.envelope_from) = lower(?) order by m.id`,
    [email],
  );
  const calls = await em.execute(
    `select c.started_at, c.from_number, c.ended_at, t.number as ticket_number from ivr_call c join ticket t on t.id = c.ticket_id
      where c.from_number = any(?::text[]) order by c.id`,
    [pgArray(phones)],
  );
  const ratings = await em.execute(
    `select t.number as ticket_number, s.score, s.comment, s.rated_at from ticket_satisfaction s join ticket t on t.id = s.ticket_id where s.rated_by_id = ? order by s.id`,
    [userId],
  );
  return { cases, comments, mails, calls, ratings };
}
