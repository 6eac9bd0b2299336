import { Migration } from '@mikro-orm/migrations';
import { REBUILD_REPORT_AGGREGATES_SQL, SLA_OUTCOME_APPLY_SQL, TICKET_VOLUME_APPLY_SQL } from './Migration20261123224000_ReportAggregates';

/** Business minutes per bucket of `sla_minute_buckets` (an hour): the coarse step of a percentile lookup. */
const BUCKET = 60;

/** The volumes' contributions appended to their delta (`npm run bench reports` swaps it with the old form to price a write). */
export const TICKET_VOLUME_DELTA_APPLY_SQL = `create function ticket_volume_apply_sql(contributions text) returns text language sql immutable as $f$
      select format($q$
        with c as (%s),
        x as (select a.agency_id, c.day, c.service_area_id, c.service_id, c.measure, c.key, c.sign
                from c cross join lateral (select 0 union all select c.agency_id where c.agency_id is not null) as a(agency_id))
        insert into ticket_volume_delta (agency_id, day, service_area_id, service_id, measure, key, n)
        select agency_id, day, service_area_id, service_id, measure, key, sum(sign) from x group by 1, 2, 3, 4, 5, 6 having sum(sign) <> 0
      $q$, contributions)
    $f$;`;

/**
 * The report aggregates leave the writing transaction (issue 19). The statement triggers no longer
 * update the shared counter rows (every ticket of a day touched the centre's same `ticket_volume`
 * rows and held their locks until commit, so writers queued behind each other); they append their
 * signed contributions to insert-only deltas, `sla_outcome_delta` and `ticket_volume_delta`, which
 * no two writers share a row of. `fold_report_aggregates()` (a worker job every few seconds) moves
 * the delta into the aggregates and deletes it in one statement, one folder at a time.
 *
 * A report reads the folded aggregates plus the unfolded delta in one statement (one snapshot), so
 * each contribution counts exactly once at every moment: the `*_live` views for days and volumes;
 * the percentile query reads the delta itself.
 *
 * Also `sla_minute_buckets`: `sla_minutes` summed per whole hour of business time, so a percentile
 * finds its hour among a few dozen rows and then reads that hour's minutes by key, instead of
 * sorting every minute of the quarter (still exact to the minute).
 */
export class Migration20261130160000_ReportDeltas extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "sla_outcome_delta" ("id" bigserial primary key, "agency_id" int not null, "day" date not null, "service_area_id" int not null, "service_id" int not null, "metric" "sla_metric" not null, "minutes" int not null, "n" int not null, "met" int not null, "elapsed_ms" bigint not null);`);
    this.addSql(`create table "ticket_volume_delta" ("id" bigserial primary key, "agency_id" int not null, "day" date not null, "service_area_id" int not null, "service_id" int not null, "measure" varchar(16) not null, "key" varchar(32) not null, "n" int not null);`);
    this.addSql(`create table "sla_minute_buckets" ("agency_id" int not null, "month" date not null, "service_area_id" int not null, "service_id" int not null, "metric" "sla_metric" not null, "bucket" int not null, "n" int not null, constraint "sla_minute_buckets_pkey" primary key ("agency_id", "month", "service_area_id", "service_id", "metric", "bucket"));`);
    this.addSql(`insert into sla_minute_buckets select agency_id, month, service_area_id, service_id, metric, minutes / ${BUCKET}, sum(n) from sla_minutes group by 1, 2, 3, 4, 5, 6 having sum(n) <> 0;`);

    // The same signed source rows as before, expanded to the agency and the centre (agency 0) and
    // summed per statement, now appended to the deltas: no row a concurrent writer also touches.
    this.addSql(`drop function sla_outcome_apply_sql(text), ticket_volume_apply_sql(text), rebuild_report_aggregates();`);
    this.addSql(`create function sla_outcome_apply_sql(delta text) returns text language sql immutable as $f$
      select format($q$
        with d as (%s),
        x as (select a.agency_id, d.day, d.service_area_id, coalesce(d.service_id, 0) as service_id, d.metric, d.met, d.elapsed_ms, d.minutes, d.sign
                from d cross join lateral (select 0 union all select d.agency_id where d.agency_id is not null) as a(agency_id))
        insert into sla_outcome_delta (agency_id, day, service_area_id, service_id, metric, minutes, n, met, elapsed_ms)
        select agency_id, day, service_area_id, service_id, metric, minutes, sum(sign), coalesce(sum(sign) filter (where met), 0), sum(sign * elapsed_ms)
          from x group by 1, 2, 3, 4, 5, 6
        having sum(sign) <> 0 or coalesce(sum(sign) filter (where met), 0) <> 0 or sum(sign * elapsed_ms) <> 0
      $q$, delta)
    $f$;`);
    this.addSql(TICKET_VOLUME_DELTA_APPLY_SQL);

    // Folds up to `max_rows` of each delta (null: all), oldest first, into the aggregates and
    // deletes them, in one statement: a reader sees each row either in the delta or folded.
    this.addSql(`create function fold_report_deltas(max_rows int) returns bigint language plpgsql as $f$
      declare
        outcomes bigint;
        volumes bigint;
      begin
        with d as (delete from sla_outcome_delta where id in (select id from sla_outcome_delta order by id limit max_rows) returning *),
        days as (
          insert into sla_day as s (agency_id, day, service_area_id, service_id, metric, measured, met, elapsed_ms)
          select agency_id, day, service_area_id, service_id, metric, sum(n), sum(met), sum(elapsed_ms) from d group by 1, 2, 3, 4, 5 order by 1, 2, 3, 4, 5
          on conflict (agency_id, day, service_area_id, service_id, metric)
          do update set measured = s.measured + excluded.measured, met = s.met + excluded.met, elapsed_ms = s.elapsed_ms + excluded.elapsed_ms),
        by_minute as (
          insert into sla_minutes as s (agency_id, month, service_area_id, service_id, metric, minutes, n)
          select agency_id, date_trunc('month', day)::date, service_area_id, service_id, metric, minutes, sum(n) from d
           group by 1, 2, 3, 4, 5, 6 having sum(n) <> 0 order by 1, 2, 3, 4, 5, 6
          on conflict (agency_id, month, service_area_id, service_id, metric, minutes) do update set n = s.n + excluded.n),
        by_bucket as (
          insert into sla_minute_buckets as s (agency_id, month, service_area_id, service_id, metric, bucket, n)
          select agency_id, date_trunc('month', day)::date, service_area_id, service_id, metric, minutes / ${BUCKET}, sum(n) from d
           group by 1, 2, 3, 4, 5, 6 having sum(n) <> 0 order by 1, 2, 3, 4, 5, 6
          on conflict (agency_id, month, service_area_id, service_id, metric, bucket) do update set n = s.n + excluded.n)
        select count(*) into outcomes from d;
        with d as (delete from ticket_volume_delta where id in (select id from ticket_volume_delta order by id limit max_rows) returning *),
        counted as (
          insert into ticket_volume as v (agency_id, day, service_area_id, service_id, measure, key, n)
          select agency_id, day, service_area_id, service_id, measure, key, sum(n) from d group by 1, 2, 3, 4, 5, 6 having sum(n) <> 0 order by 1, 2, 3, 4, 5, 6
          on conflict (agency_id, day, service_area_id, service_id, measure, key) do update set n = v.n + excluded.n)
        select count(*) into volumes from d;
        return outcomes + volumes;
      end $f$;`);
    // One folder at a time across instances: another one busy, this call folds nothing (null).
    this.addSql(`create function fold_report_aggregates(max_rows int default null) returns bigint language plpgsql as $f$
      begin
        if not pg_try_advisory_xact_lock(hashtext('fold_report_aggregates')) then
          return null;
        end if;
        return fold_report_deltas(max_rows);
      end $f$;`);
    this.addSql(`create function rebuild_report_aggregates() returns void language plpgsql as $f$
      begin
        truncate sla_day, sla_minutes, sla_minute_buckets, ticket_volume, sla_outcome_delta, ticket_volume_delta;
        execute sla_outcome_apply_sql('select o.*, 1 as sign from sla_outcome o');
        execute ticket_volume_apply_sql(ticket_contributions_sql('ticket', 1));
        perform fold_report_deltas(null);
      end $f$;`);

    // Folded plus unfolded, for readers: PostgreSQL pushes a reader's conditions into both arms.
    this.addSql(`create view sla_day_live as
      select agency_id, day, service_area_id, service_id, metric, measured, met, elapsed_ms from sla_day
      union all select agency_id, day, service_area_id, service_id, metric, n, met, elapsed_ms from sla_outcome_delta;`);
    this.addSql(`create view ticket_volume_live as
      select agency_id, day, service_area_id, service_id, measure, key, n from ticket_volume
      union all select agency_id, day, service_area_id, service_id, measure, key, n from ticket_volume_delta;`);
  }

  override async down(): Promise<void> {
    // Everything into the aggregates first, waiting for a folder at work.
    this.addSql(`select pg_advisory_xact_lock(hashtext('fold_report_aggregates'));`);
    this.addSql(`select fold_report_deltas(null);`);
    this.addSql(`drop view if exists sla_day_live, ticket_volume_live;`);
    this.addSql(`drop function if exists rebuild_report_aggregates(), fold_report_aggregates(int), fold_report_deltas(int), sla_outcome_apply_sql(text), ticket_volume_apply_sql(text);`);
    this.addSql(SLA_OUTCOME_APPLY_SQL);
    this.addSql(TICKET_VOLUME_APPLY_SQL);
    this.addSql(REBUILD_REPORT_AGGREGATES_SQL);
    this.addSql(`drop table if exists "sla_outcome_delta", "ticket_volume_delta", "sla_minute_buckets";`);
  }

}
