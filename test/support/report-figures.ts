import type { TestApp } from './test-app';

/** Delta rows the fold has not yet moved into the report aggregates. */
export const deltaRows = async (t: TestApp) =>
  (await t.sql<{ n: number }>(`select ((select count(*) from sla_outcome_delta) + (select count(*) from ticket_volume_delta))::int as n`))[0].n;

/** Every aggregate figure a report reads: the folded aggregates plus the unfolded deltas, summed per key. */
export const liveFigures = async (t: TestApp) => ({
  days: await t.sql(`select agency_id, day, service_area_id, service_id, metric, sum(measured)::int as measured, sum(met)::int as met, sum(elapsed_ms)::bigint as elapsed_ms
                       from sla_day_live group by 1, 2, 3, 4, 5 having sum(measured) <> 0 or sum(met) <> 0 or sum(elapsed_ms) <> 0 order by 1, 2, 3, 4, 5`),
  minutes: await t.sql(`select agency_id, month, service_area_id, service_id, metric, minutes, sum(n)::int as n from (
                          select agency_id, month, service_area_id, service_id, metric, minutes, n from sla_minutes
                          union all select agency_id, date_trunc('month', day)::date, service_area_id, service_id, metric, minutes, n from sla_outcome_delta
                        ) m group by 1, 2, 3, 4, 5, 6 having sum(n) <> 0 order by 1, 2, 3, 4, 5, 6`),
  volumes: await t.sql(`select agency_id, day, service_area_id, service_id, measure, key, sum(n)::int as n from ticket_volume_live group by 1, 2, 3, 4, 5, 6 having sum(n) <> 0 order by 1, 2, 3, 4, 5, 6`),
});
