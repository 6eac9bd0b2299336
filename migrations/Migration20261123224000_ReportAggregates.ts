import { Migration } from '@mikro-orm/migrations';

/**
 * The first forms of the functions a later migration replaces (the insert-only deltas), kept here
 * so its `down` restores exactly these.
 */
export const SLA_OUTCOME_APPLY_SQL = `create function sla_outcome_apply_sql(delta text) returns text language sql immutable as $f$
      select format($q$
        with d as (%s),
        x as (select a.agency_id, d.day, d.service_area_id, coalesce(d.service_id, 0) as service_id, d.metric, d.met, d.elapsed_ms, d.minutes, d.sign
                from d cross join lateral (select 0 union all select d.agency_id where d.agency_id is not null) as a(agency_id)),
        days as (
          insert into sla_day as s (agency_id, day, service_area_id, service_id, metric, measured, met, elapsed_ms)
          select agency_id, day, service_area_id, service_id, metric, sum(sign), coalesce(sum(sign) filter (where met), 0), sum(sign * elapsed_ms)
            from x group by 1, 2, 3, 4, 5
          having sum(sign) <> 0 or coalesce(sum(sign) filter (where met), 0) <> 0 or sum(sign * elapsed_ms) <> 0
           order by 1, 2, 3, 4, 5
          on conflict (agency_id, day, service_area_id, service_id, metric)
          do update set measured = s.measured + excluded.measured, met = s.met + excluded.met, elapsed_ms = s.elapsed_ms + excluded.elapsed_ms)
        insert into sla_minutes as s (agency_id, month, service_area_id, service_id, metric, minutes, n)
        select agency_id, date_trunc('month', day)::date, service_area_id, service_id, metric, minutes, sum(sign)
          from x group by 1, 2, 3, 4, 5, 6 having sum(sign) <> 0 order by 1, 2, 3, 4, 5, 6
        on conflict (agency_id, month, service_area_id, service_id, metric, minutes) do update set n = s.n + excluded.n
      $q$, delta)
    $f$;`;

export const TICKET_VOLUME_APPLY_SQL = `create function ticket_volume_apply_sql(contributions text) returns text language sql immutable as $f$
      select format($q$
        with c as (%s),
        x as (select a.agency_id, c.day, c.service_area_id, c.service_id, c.measure, c.key, c.sign
                from c cross join lateral (select 0 union all select c.agency_id where c.agency_id is not null) as a(agency_id))
        insert into ticket_volume as v (agency_id, day, service_area_id, service_id, measure, key, n)
        select agency_id, day, service_area_id, service_id, measure, key, sum(sign)
          from x group by 1, 2, 3, 4, 5, 6 having sum(sign) <> 0 order by 1, 2, 3, 4, 5, 6
        on conflict (agency_id, day, service_area_id, service_id, measure, key) do update set n = v.n + excluded.n
      $q$, contributions)
    $f$;`;

export const REBUILD_REPORT_AGGREGATES_SQL = `create function rebuild_report_aggregates() returns void language plpgsql as $f$
      begin
        truncate sla_day, sla_minutes, ticket_volume;
        execute sla_outcome_apply_sql('select o.*, 1 as sign from sla_outcome o');
        execute ticket_volume_apply_sql(ticket_contributions_sql('ticket', 1));
      end $f$;`;

/** A ticket update that changes nothing a volume counts (assignment, status among the open ones, text): true when none of the statement's rows did. */
export const NOTHING_COUNTED_CHANGED = `not exists (
  select 1 from new_rows n join old_rows o on o.id = n.id
   where (n.agency_id, n.service_area_id, n.service_id, n.channel, n.category, n.priority, n.created_at, n.escalated_at, n.tier, n.resolved_at, n.status in ('RESOLVED', 'CLOSED'))
         is distinct from (o.agency_id, o.service_area_id, o.service_id, o.channel, o.category, o.priority, o.created_at, o.escalated_at, o.tier, o.resolved_at, o.status in ('RESOLVED', 'CLOSED')))`;

/** A referral's volume row, for `format(REFERRED_SQL, sign, source)`. */
export const REFERRED_SQL = `select t.agency_id, (r.sent_at at time zone 'Europe/Stockholm')::date as day, t.service_area_id, coalesce(t.service_id, 0) as service_id,
       'REFERRED' as measure, '' as key, %s as sign from %s r join ticket t on t.id = r.ticket_id`;

/** The statement triggers as first written: each builds its SQL and runs it with `execute` (planned every call); see src/reports/migrations/Migration20261201160000_ReportTriggersPlanned.ts. */
export const SLA_OUTCOME_AGGREGATE_SQL = `create function sla_outcome_aggregate() returns trigger language plpgsql as $f$
  begin
    execute sla_outcome_apply_sql(case tg_op
      when 'INSERT' then 'select n.*, 1 as sign from new_rows n'
      when 'DELETE' then 'select o.*, -1 as sign from old_rows o'
      else 'select n.*, 1 as sign from new_rows n union all select o.*, -1 as sign from old_rows o' end);
    return null;
  end $f$;`;

export const TICKET_VOLUME_AGGREGATE_SQL = `create function ticket_volume_aggregate() returns trigger language plpgsql as $f$
  begin
    if tg_op = 'UPDATE' then
      -- Most updates (assignment, status within the open ones, text) change nothing counted.
      if ${NOTHING_COUNTED_CHANGED} then
        return null;
      end if;
    end if;
    execute ticket_volume_apply_sql(case tg_op
      when 'INSERT' then ticket_contributions_sql('new_rows', 1)
      when 'DELETE' then ticket_contributions_sql('old_rows', -1)
      else ticket_contributions_sql('new_rows', 1) || ' union all ' || ticket_contributions_sql('old_rows', -1) end);
    return null;
  end $f$;`;

export const VENDOR_REFERRAL_AGGREGATE_SQL = `create function vendor_referral_aggregate() returns trigger language plpgsql as $f$
  declare
    referred constant text := $q$${REFERRED_SQL}$q$;
  begin
    execute ticket_volume_apply_sql(case tg_op
      when 'INSERT' then format(referred, 1, 'new_rows')
      when 'DELETE' then format(referred, -1, 'old_rows')
      else format(referred, 1, 'new_rows') || ' union all ' || format(referred, -1, 'old_rows') end);
    return null;
  end $f$;`;

/**
 * Report aggregates, kept by statement-level triggers in the transaction that changes their
 * sources, so a report reads a few thousand rows instead of a quarter of tickets:
 * - `sla_day`: per day, agency, service area, service and metric, the outcomes measured and met
 *   and the business time used (from `sla_outcome`);
 * - `sla_minutes`: per month, agency, service area, service and metric, how many outcomes used
 *   each whole minute of business time: exact percentiles to the minute;
 * - `ticket_volume`: per day, agency, service area and service, tickets created by channel,
 *   category and priority, escalated to the second line, resolved by tier, referred to vendors.
 * Agency 0 is the whole centre (every ticket, with or without an agency); service 0 is "no
 * service". Any write path (API, seeds, set-based SQL) keeps them right, and
 * `rebuild_report_aggregates()` recomputes them from the sources with the same SQL.
 *
 * Also: `ticket.escalated_at` (first escalation to the second line), `sla_outcome.minutes`, a
 * partial index of open timers by due time, and one of breached outcomes for the deviations.
 */
export class Migration20261123224000_ReportAggregates extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "ticket" add column "escalated_at" timestamptz(3) null;`);
    this.addSql(`update "ticket" t set "escalated_at" = e.at from (select ticket_id, min(at) as at from ticket_event where kind = 'ESCALATED' group by ticket_id) e where e.ticket_id = t.id;`);
    this.addSql(`alter table "sla_outcome" add column "minutes" int generated always as ((elapsed_ms + 30000) / 60000) stored;`);
    this.addSql(`create index "sla_outcome_breached_idx" on "sla_outcome" ("stopped_at", "timer_id") where not "met";`);
    this.addSql(`create index "sla_timer_open_due_idx" on "sla_timer" ("due_at") where "stopped_at" is null;`);

    this.addSql(`create table "sla_day" ("agency_id" int not null, "day" date not null, "service_area_id" int not null, "service_id" int not null, "metric" "sla_metric" not null, "measured" int not null, "met" int not null, "elapsed_ms" bigint not null, constraint "sla_day_pkey" primary key ("agency_id", "day", "service_area_id", "service_id", "metric"));`);
    this.addSql(`create table "sla_minutes" ("agency_id" int not null, "month" date not null, "service_area_id" int not null, "service_id" int not null, "metric" "sla_metric" not null, "minutes" int not null, "n" int not null, constraint "sla_minutes_pkey" primary key ("agency_id", "month", "service_area_id", "service_id", "metric", "minutes"));`);
    this.addSql(`create table "ticket_volume" ("agency_id" int not null, "day" date not null, "service_area_id" int not null, "service_id" int not null, "measure" varchar(16) not null, "key" varchar(32) not null, "n" int not null, constraint "ticket_volume_pkey" primary key ("agency_id", "day", "service_area_id", "service_id", "measure", "key"));`);

    // The SQL that folds signed source rows (+1 added, -1 removed) into the aggregates, once per
    // agency and once for the centre, in key order so concurrent writers lock rows alike.
    this.addSql(SLA_OUTCOME_APPLY_SQL);
    this.addSql(TICKET_VOLUME_APPLY_SQL);
    // What one ticket counts for: its creation (by channel, category, priority, and whether it
    // was escalated), its resolution by tier while resolved or closed, and its vendor referrals.
    this.addSql(`create function ticket_contributions_sql(source text, sign int) returns text language sql immutable as $f$
      select format($q$
        select t.agency_id, c.day, t.service_area_id, coalesce(t.service_id, 0) as service_id, c.measure, c.key, %s as sign
          from %s t cross join lateral (
            select (t.created_at at time zone 'Europe/Stockholm')::date as day, 'CHANNEL' as measure, t.channel::text as key
            union all select (t.created_at at time zone 'Europe/Stockholm')::date, 'CATEGORY', t.category::text
            union all select (t.created_at at time zone 'Europe/Stockholm')::date, 'PRIORITY', t.priority::text
            union all select (t.created_at at time zone 'Europe/Stockholm')::date, 'ESCALATED', '' where t.escalated_at is not null
            union all select (t.resolved_at at time zone 'Europe/Stockholm')::date, 'RESOLVED_TIER', t.tier::text
                       where t.status in ('RESOLVED', 'CLOSED') and t.resolved_at is not null
            union all select (r.sent_at at time zone 'Europe/Stockholm')::date, 'REFERRED', '' from vendor_referral r where r.ticket_id = t.id
          ) c
      $q$, sign, source)
    $f$;`);

    this.addSql(SLA_OUTCOME_AGGREGATE_SQL);
    this.addSql(TICKET_VOLUME_AGGREGATE_SQL);
    this.addSql(VENDOR_REFERRAL_AGGREGATE_SQL);
    for (const [table, fn] of [['sla_outcome', 'sla_outcome_aggregate'], ['ticket', 'ticket_volume_aggregate'], ['vendor_referral', 'vendor_referral_aggregate']]) {
      this.addSql(`create trigger ${table}_aggregate_insert after insert on ${table} referencing new table as new_rows for each statement execute function ${fn}();`);
      this.addSql(`create trigger ${table}_aggregate_update after update on ${table} referencing old table as old_rows new table as new_rows for each statement execute function ${fn}();`);
      this.addSql(`create trigger ${table}_aggregate_delete after delete on ${table} referencing old table as old_rows for each statement execute function ${fn}();`);
    }

    this.addSql(REBUILD_REPORT_AGGREGATES_SQL);
    this.addSql(`select rebuild_report_aggregates();`);
  }

  override async down(): Promise<void> {
    for (const table of ['sla_outcome', 'ticket', 'vendor_referral'])
      for (const op of ['insert', 'update', 'delete']) this.addSql(`drop trigger if exists ${table}_aggregate_${op} on ${table};`);
    this.addSql(`drop function if exists rebuild_report_aggregates(), sla_outcome_aggregate(), ticket_volume_aggregate(), vendor_referral_aggregate(),
      sla_outcome_apply_sql(text), ticket_volume_apply_sql(text), ticket_contributions_sql(text, int);`);
    this.addSql(`drop table if exists "sla_day", "sla_minutes", "ticket_volume";`);
    this.addSql(`drop index if exists "sla_timer_open_due_idx";`);
    this.addSql(`drop index if exists "sla_outcome_breached_idx";`);
    this.addSql(`alter table "sla_outcome" drop column "minutes";`);
    this.addSql(`alter table "ticket" drop column "escalated_at";`);
  }

}
