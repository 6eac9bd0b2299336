import { TICKET_SEQ_DIGITS_SQL } from './bench-db';

/**
 * A year of tickets in set-based SQL (no ORM loop): `count` tickets spread over the 365 days
 * before now, mostly closed, the last two weeks' still open across the three tiers, each with a
 * comment; second- and third-line tickets with their escalation and vendor referral. setseed
 * makes the run repeatable.
 */
export const yearOfTickets = (count: number) => [
  `select setseed(0.42)`,
  `with c as (select array_agg(id order by id) as ids, array_agg(agency_id order by id) as agencies from app_user where role = 'CUSTOMER'),
        ag as (select array_agg(id order by id) as ids from app_user where role = 'AGENT'),
        sd as (select id from support_group where kind = 'SERVICEDESK' order by id limit 1),
        areas as (select array_agg(a.id order by a.id) as ids, array_agg(g.id order by a.id) as groups
                  from service_area a join support_group g on g.service_area_id = a.id and g.kind = 'PRODUCTION'),
        x as (
          select g, now() - (interval '365 days') * (1 - g::float8 / ${count}) as created,
                 random() as r_status, random() as r_tier, random() as r_prio, random() as r_area, random() as r_channel,
                 1 + floor(random() * (select array_length(ids, 1) from c))::int as ci,
                 1 + floor(random() * (select array_length(ids, 1) from ag))::int as ai
          from generate_series(1, ${count}) g
        ),
        y as (
          select x.*,
            case when r_area < 0.82 then 1 when r_area < 0.94 then 2 else 3 end as area_ix,
            case when created < now() - interval '14 days' then (case when r_status < 0.9 then 'CLOSED' else 'RESOLVED' end)
                 when r_status < 0.20 then 'NEW' when r_status < 0.55 then 'IN_PROGRESS'
                 when r_status < 0.65 then 'WAITING_FOR_CUSTOMER' else 'RESOLVED' end as status,
            case when r_tier < 0.75 then 'FIRST' when r_tier < 0.97 then 'SECOND' else 'THIRD' end as tier,
            case when r_prio < 0.02 then 'P1' when r_prio < 0.10 then 'P2' when r_prio < 0.45 then 'P3' else 'P4' end as priority
          from x
        )
   insert into ticket (number, title, description, channel, agency_id, requester_id, service_area_id, category, impact, urgency, priority,
                       status, tier, group_id, assignee_id, created_by_id, created_at, updated_at, resolved_at, closed_at, escalated_at, version)
   select 'SSC-' || to_char(y.created, 'YYYY') || '-' || ${TICKET_SEQ_DIGITS_SQL},
          (array['Vilket datum betalas min reseräkning ut?', 'Hur många semesterdagar har jag kvar?', 'Varför har jag inte fått korrekt lön?',
                 'Hur skapar jag en kundfaktura?', 'Varför syns inte leverantörens tjänstekatalog?'])[1 + y.g % 5],
          'Benchmarkärende', (case when r_channel < 0.6 then 'PHONE' else 'WEB' end)::channel,
          c.agencies[y.ci], c.ids[y.ci], areas.ids[y.area_ix], 'QUESTION', 'LOW', 'LOW', y.priority::priority,
          y.status::ticket_status,
          (case when y.status = 'NEW' and y.tier = 'THIRD' then 'SECOND' else y.tier end)::tier,
          case when y.tier = 'FIRST' then sd.id else areas.groups[y.area_ix] end,
          case when y.status = 'NEW' then null else ag.ids[y.ai] end,
          ag.ids[y.ai], date_trunc('milliseconds', y.created), date_trunc('milliseconds', y.created + interval '2 hours'),
          case when y.status in ('RESOLVED', 'CLOSED') then date_trunc('milliseconds', y.created + interval '1 hour') end,
          case when y.status = 'CLOSED' then date_trunc('milliseconds', y.created + interval '5 days') end,
          case when y.tier <> 'FIRST' and y.status <> 'NEW' then date_trunc('milliseconds', y.created + interval '20 minutes') end, 3
   from y, c, ag, sd, areas`,
  `insert into ticket_comment (ticket_id, author_id, body, visibility, created_at)
   select id, coalesce(assignee_id, created_by_id), 'Vi har tagit emot ditt ärende.', 'PUBLIC', created_at + interval '10 minutes' from ticket`,
  `insert into ticket_event (ticket_id, actor_id, at, kind, to_value, tier, visibility)
   select id, created_by_id, created_at, 'CREATED', channel::text, 'FIRST', 'PUBLIC' from ticket`,
  // The escalations and vendor referrals behind the second- and third-line tickets.
  `insert into ticket_event (ticket_id, actor_id, at, kind, to_value, tier, visibility)
   select id, created_by_id, escalated_at, 'ESCALATED', group_id::text, 'FIRST', 'INTERNAL' from ticket where escalated_at is not null`,
  `insert into vendor_referral (ticket_id, vendor_id, from_group_id, question, sent_by_id, sent_at)
   select t.id, v.id, t.group_id, 'Kan ni undersöka?', t.created_by_id, t.created_at + interval '40 minutes'
     from ticket t join lateral (select id from vendor v where v.service_area_id = t.service_area_id order by id limit 1) v on true
    where t.tier = 'THIRD'`,
  `analyze`,
];
