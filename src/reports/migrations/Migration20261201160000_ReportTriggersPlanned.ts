import { Migration } from '@mikro-orm/migrations';
import {
  NOTHING_COUNTED_CHANGED,
  REFERRED_SQL,
  SLA_OUTCOME_AGGREGATE_SQL,
  TICKET_VOLUME_AGGREGATE_SQL,
  VENDOR_REFERRAL_AGGREGATE_SQL,
} from '../../../migrations/Migration20261123224000_ReportAggregates';

/**
 * (Re)creates a statement trigger's function with its three statements (insert, delete, update)
 * written in as static SQL, the text generated once here by the same SQL builders the rebuild uses
 * (`ticket_volume_apply_sql`, `sla_outcome_apply_sql`, `ticket_contributions_sql`). `guard`: a
 * condition under which an update returns without writing.
 */
const planned = (fn: string, apply: string, insert: string, remove: string, guard?: string) => `do $do$ begin
  execute format($fn$create or replace function ${fn}() returns trigger language plpgsql as $body$
    begin
      if tg_op = 'INSERT' then
        %s;
      elsif tg_op = 'DELETE' then
        %s;
      else
        ${guard ? `if ${guard} then return null; end if;` : ''}
        %s;
      end if;
      return null;
    end $body$;$fn$,
    ${apply}(${insert}), ${apply}(${remove}), ${apply}(${insert} || ' union all ' || ${remove}));
end $do$;`;

/**
 * The report deltas' statement triggers keep their plans (issue 19, writes). Each trigger built
 * its SQL text per call and ran it with `execute`, which PostgreSQL parses and plans every time:
 * 0.5-1.7 ms of planning on every ticket insert (and every counted update, outcome, referral)
 * against 0.05-0.25 ms of execution, in the writing transaction. PL/pgSQL caches the plan of a
 * static statement for the session, so the same statements, written into the functions, are
 * planned once per connection. What they write is unchanged; the rebuild still uses the builders.
 */
export class Migration20261201160000_ReportTriggersPlanned extends Migration {

  override async up(): Promise<void> {
    this.addSql(planned('ticket_volume_aggregate', 'ticket_volume_apply_sql', `ticket_contributions_sql('new_rows', 1)`, `ticket_contributions_sql('old_rows', -1)`, NOTHING_COUNTED_CHANGED));
    this.addSql(planned('sla_outcome_aggregate', 'sla_outcome_apply_sql', `'select n.*, 1 as sign from new_rows n'`, `'select o.*, -1 as sign from old_rows o'`));
    this.addSql(planned('vendor_referral_aggregate', 'ticket_volume_apply_sql', `format($r$${REFERRED_SQL}$r$, 1, 'new_rows')`, `format($r$${REFERRED_SQL}$r$, -1, 'old_rows')`));
  }

  override async down(): Promise<void> {
    for (const sql of [SLA_OUTCOME_AGGREGATE_SQL, TICKET_VOLUME_AGGREGATE_SQL, VENDOR_REFERRAL_AGGREGATE_SQL]) {
      this.addSql(sql.replace('create function', 'create or replace function'));
    }
  }

}
