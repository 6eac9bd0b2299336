import type { EntityManager } from '@mikro-orm/postgresql';
import { DateTime } from 'luxon';
import { agendaOf } from '../src/collaboration/agenda';
import { forumRequirements, dueDates } from '../src/collaboration/collaboration-rules';
import { Forum, MeetingStatus } from '../src/collaboration/collaboration.enums';
import { AgendaItem, Meeting } from '../src/collaboration/meeting.entity';
import type { Context } from '../src/platform/context';
import { segmentFor } from '../src/directory/segment';
import { loadViewer } from '../src/directory/viewer';
import { FixedClock } from '../src/platform/clock';
import { DEMO_ACCOUNTS } from './directory';
import { CENTRE_ZONE } from '../src/platform/time-zone';

type Conn = EntityManager;

/**
 * The collaboration model's reference data, part of the directory: an agreement for every agency
 * (payroll for all; finance and e-commerce for some), and for the agencies named in the documents
 * the agency's own roles, operational contacts and the special contact paths, each with a deputy.
 */
export async function seedAgreements(conn: Conn): Promise<void> {
  await conn.execute(
    `insert into agreement (agency_id, reference, valid_from)
     select a.id, 'ÖK-2026-' || lpad(a.id::text, 3, '0'), '2026-01-01' from agency a order by a.id`,
  );
  // Payroll for every agency; finance for two in three; e-commerce for one in three (and all three for the named).
  await conn.execute(
    `insert into agreement_service (agreement_id, kind, service_id, name, valid_from)
     select g.id, 'BASE', s.id, s.name, g.valid_from from agreement g join agency a on a.id = g.agency_id
       join service s on true join service_area r on r.id = s.area_id
      where r.code = 'PAYROLL' or (r.code = 'FINANCE' and (a.id % 3 <> 0 or a.name in ('Skatteverket', 'Försäkringskassan', 'Pensionsmyndigheten')))
         or (r.code = 'ECOMMERCE' and (a.id % 3 = 1 or a.name in ('Skatteverket', 'Försäkringskassan', 'Pensionsmyndigheten')))
      order by g.id, s.id`,
  );
  await conn.execute(
    `update agreement_service x set sla_appendix = 'Lönekörning den 25:e; P1-incidenter under lönekörningsveckan hanteras dygnet runt.'
       from agreement g join agency a on a.id = g.agency_id, service s
      where x.agreement_id = g.id and s.id = x.service_id and a.name = 'Skatteverket' and s.code = 'PAYROLL_ADMIN'`,
  );
  const contacts = [
    // Skatteverket's own roles: Johan owns the agreement and coordinates delivery; Karin orders.
    ['Skatteverket', 'AGENCY', 'AGREEMENT_OWNER', null, DEMO_ACCOUNTS.customer2, DEMO_ACCOUNTS.customer],
    ['Skatteverket', 'AGENCY', 'ORDER_MANAGER', null, DEMO_ACCOUNTS.customer, null],
    ['Skatteverket', 'AGENCY', 'DELIVERY_COORDINATOR', null, DEMO_ACCOUNTS.customer2, DEMO_ACCOUNTS.customer],
    ['Skatteverket', 'AGENCY', 'AUTHORISED_ORDERER', null, DEMO_ACCOUNTS.customer, null],
    ['Skatteverket', 'AGENCY', 'OPERATIONAL_CONTACT', 'PAYROLL', DEMO_ACCOUNTS.customer, DEMO_ACCOUNTS.customer2],
    ['Skatteverket', 'CENTRE', 'EXECUTIVE_ACCOUNT_MANAGER', null, DEMO_ACCOUNTS.admin, null],
    ['Skatteverket', 'CENTRE', 'OPERATIONAL_CONTACT', 'PAYROLL', DEMO_ACCOUNTS.payrollSpecialist, DEMO_ACCOUNTS.agent],
    ['Skatteverket', 'CENTRE', 'URGENT_OPERATIONAL_DISRUPTION', null, DEMO_ACCOUNTS.agent, DEMO_ACCOUNTS.agent2],
    ['Skatteverket', 'CENTRE', 'URGENT_INFORMATION_SECURITY', null, DEMO_ACCOUNTS.admin, DEMO_ACCOUNTS.accountManager],
    ['Skatteverket', 'CENTRE', 'URGENT_CONFIDENTIALITY', null, DEMO_ACCOUNTS.accountManager, DEMO_ACCOUNTS.admin],
    ['Skatteverket', 'CENTRE', 'URGENT_COMMUNICATION', null, DEMO_ACCOUNTS.accountManager, DEMO_ACCOUNTS.deliveryManager],
    ['Skatteverket', 'AGENCY', 'URGENT_OPERATIONAL_DISRUPTION', null, DEMO_ACCOUNTS.customer, DEMO_ACCOUNTS.customer2],
    ['Skatteverket', 'AGENCY', 'URGENT_INFORMATION_SECURITY', null, DEMO_ACCOUNTS.customer2, DEMO_ACCOUNTS.customer],
    ['Skatteverket', 'AGENCY', 'URGENT_CONFIDENTIALITY', null, DEMO_ACCOUNTS.customer2, DEMO_ACCOUNTS.customer],
    ['Skatteverket', 'AGENCY', 'URGENT_COMMUNICATION', null, DEMO_ACCOUNTS.customer2, DEMO_ACCOUNTS.customer],
    ['Försäkringskassan', 'AGENCY', 'AGREEMENT_OWNER', null, DEMO_ACCOUNTS.otherCustomer, null],
    ['Försäkringskassan', 'AGENCY', 'ORDER_MANAGER', null, DEMO_ACCOUNTS.otherCustomer, null],
    ['Försäkringskassan', 'AGENCY', 'AUTHORISED_ORDERER', null, DEMO_ACCOUNTS.otherCustomer, null],
    ['Försäkringskassan', 'CENTRE', 'EXECUTIVE_ACCOUNT_MANAGER', null, DEMO_ACCOUNTS.admin, null],
  ];
  await conn.execute(
    `insert into agency_contact (agency_id, side, role, service_area_id, person_id, deputy_id)
     select a.id, x.side::side, x.role::contact_role, s.id, p.id, d.id
       from json_to_recordset(?::json) as x(agency text, side text, role text, area service_area_code, person text, deputy text)
       join agency a on a.name = x.agency join app_user p on p.email = x.person left join app_user d on d.email = x.deputy
       left join service_area s on s.code = x.area`,
    [JSON.stringify(contacts.map(([agency, side, role, area, person, deputy]) => ({ agency, side, role, area, person, deputy })))],
  );
}

/** The demo agencies whose year of forums and orders the demo holds. */
const DEMO_AGENCIES = ['Skatteverket', 'Försäkringskassan', 'Pensionsmyndigheten', 'Boverket'];

/**
 * A year of collaboration for a few agencies, up to the demo's anchor: the forum meetings their
 * segment requires, held on time but for the last one or two (overdue), each with its generated
 * agenda (live figures as of its date), minutes and the previous minutes approved; escalation
 * matters (one up and back, one under way); and orders of each kind and stage with their time.
 */
export async function seedCollaborationYear(conn: Conn, anchor: Date): Promise<void> {
  const until = DateTime.fromJSDate(anchor, { zone: CENTRE_ZONE });
  const year = until.year;
  const admin = (await loadViewer(conn, DEMO_ACCOUNTS.admin))!;
  const agencies = await conn.execute<{ id: number; name: string; employee_count: number }[]>(
    `select id, name, employee_count from agency where name = any(?::text[]) order by id`,
    [`{${DEMO_AGENCIES.map((n) => `"${n}"`).join(',')}}`],
  );
  const areaIds = await conn.execute<{ agency_id: number; area: number }[]>(
    `select distinct g.agency_id, s.area_id as area from agreement g join agreement_service x on x.agreement_id = g.id join service s on s.id = x.service_id order by 1, 2`,
  );

  // Matters and orders first, so that the meetings' agendas show them.
  const sk = agencies.find((a) => a.name === 'Skatteverket')!;
  const users = Object.fromEntries(
    (await conn.execute<{ id: number; email: string }[]>(`select id, email from app_user where email = any(?::text[])`, [`{${Object.values(DEMO_ACCOUNTS).join(',')}}`])).map((u) => [u.email, u.id]),
  );
  const at = (iso: string) => DateTime.fromISO(iso, { zone: CENTRE_ZONE }).toJSDate();
  // (Texts as parameters: a question mark in the SQL would read as a placeholder.)
  await conn.execute(
    `insert into escalation_matter (agency_id, service_area_id, level, question, decision, decided_at, feedback, fed_back_at, status, raised_by_id, raised_at, version)
     values (?, (select id from service_area where code = 'PAYROLL'), 'TACTICAL', ?, ?, ?, ?, ?, 'CLOSED', ?, ?, 5),
            (?, null, 'TACTICAL', ?, null, null, null, null, 'OPEN', ?, ?, 3)`,
    [
      sk.id, 'Retroaktiva lönetillägg betalas ut en månad för sent: vem ansvarar för underlaget?', 'Underlaget lämnas senast den 10:e; servicecentret kontrollerar det inom två dagar.',
      at('2026-04-20T10:00'), 'Rutinen gäller från maj; operativt forum följer upp.', at('2026-04-24T09:00'), users[DEMO_ACCOUNTS.customer2], at('2026-03-02T10:00'),
      sk.id, 'Skatteverket vill ha SLA-statistik per enhet i kundrapporten.', users[DEMO_ACCOUNTS.customer2], at('2026-09-14T10:00'),
    ],
  );
  await conn.execute(
    `insert into escalation_step (matter_id, kind, level, by_id, side, at, note)
     select m.id, s.kind::matter_step_kind, s.level::level, s.by_id, (case when u.role = 'CUSTOMER' then 'AGENCY' else 'CENTRE' end)::side, s.at, s.note
       from escalation_matter m
       join (values
         (1, 'RAISED', 'OPERATIONAL', ?::int, ?::timestamptz, null),
         (1, 'PREPARED', 'OPERATIONAL', ?, ?, 'Servicecentret behöver underlaget i tid för kontroll.'), (1, 'PREPARED', 'OPERATIONAL', ?, ?, 'Kunden kan leverera underlaget den 10:e.'),
         (1, 'ESCALATED', 'TACTICAL', ?, ?, 'Parterna är oense om ansvaret för underlaget.'),
         (1, 'DECIDED', 'TACTICAL', ?, ?, null), (1, 'FED_BACK', 'OPERATIONAL', ?, ?, null),
         (2, 'RAISED', 'TACTICAL', ?, ?, null)
       ) as s(n, kind, level, by_id, at, note) on s.n = (case when m.status = 'CLOSED' then 1 else 2 end)
       join app_user u on u.id = s.by_id
      where m.agency_id = ? order by s.at`,
    [
      users[DEMO_ACCOUNTS.customer2], at('2026-03-02T10:00'), users[DEMO_ACCOUNTS.deliveryManager], at('2026-03-09T10:00'), users[DEMO_ACCOUNTS.customer2], at('2026-03-10T10:00'),
      users[DEMO_ACCOUNTS.customer2], at('2026-03-12T10:00'), users[DEMO_ACCOUNTS.accountManager], at('2026-04-20T10:00'), users[DEMO_ACCOUNTS.accountManager], at('2026-04-24T09:00'),
      users[DEMO_ACCOUNTS.customer2], at('2026-09-14T10:00'), sk.id,
    ],
  );

  // Orders on Skatteverket's and Försäkringskassan's tickets: each kind, each stage.
  // A work order goes on a recent case of the agency's, registered in the weeks before the order.
  const ticketOf = async (agency: string, n: number, before: Date) =>
    (await conn.execute<{ id: number; agency_id: number }[]>(
      `select t.id, t.agency_id from ticket t join agency a on a.id = t.agency_id where a.name = ? and t.created_at < ? order by t.created_at desc limit 1 offset ?`,
      [agency, before, n],
    ))[0];
  const orders = [
    // [agency, ticket offset, kind, title, hours, status, hourly, monthly, ordered, orderer]
    ['Skatteverket', 0, 'SPECIAL', 'Extra lönekörning för retroaktiva tillägg', 12, 'APPROVED', 950, null, '2026-03-16T10:00', DEMO_ACCOUNTS.customer],
    ['Skatteverket', 1, 'SPECIAL', 'Utbildning i nya reseräkningsflödet', 36, 'ORDERED', 950, null, '2026-08-24T10:00', DEMO_ACCOUNTS.customer],
    ['Skatteverket', 2, 'ADD_ON', 'Månatlig kontroll av semesterskuld', null, 'ORDERED', null, 4500, '2026-05-04T10:00', DEMO_ACCOUNTS.customer],
    ['Skatteverket', 0, 'SPECIAL', 'Anpassad rapport över övertid', 30, 'QUOTED', 950, null, '2026-11-02T10:00', DEMO_ACCOUNTS.customer],
    ['Försäkringskassan', 0, 'SPECIAL', 'Rättning av kontering i bokslut', 16, 'DELIVERED', 1050, null, '2026-10-05T10:00', DEMO_ACCOUNTS.otherCustomer],
    ['Försäkringskassan', 1, 'SPECIAL', 'Genomgång av leverantörsregistret', 8, 'REQUESTED', null, null, '2026-11-16T10:00', DEMO_ACCOUNTS.otherCustomer],
  ] as const;
  for (const [agency, offset, kind, title, hours, status, hourly, monthly, ordered, orderer] of orders) {
    const orderedAt = at(ordered);
    const ticket = await ticketOf(agency, offset, orderedAt);
    const quoted = kind === 'ADD_ON' || (hours ?? 0) > 20;
    const started = status !== 'REQUESTED' && status !== 'QUOTED';
    const [{ id }] = await conn.execute<{ id: number }[]>(
      `insert into service_order (agency_id, ticket_id, kind, title, description, ordered_by_id, ordered_at, estimated_hours, hourly_price, monthly_price, quote, quoted_by_id, quoted_at,
                                  accepted_by_id, accepted_at, confirmed_by_id, confirmed_at, account_manager_informed_id, delivered_at, delivery_approved_by_id, delivery_approved_at, status, version)
       values (?, ?, ?::order_kind, ?, 'Beställt via kundwebben.', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::order_status, 1) returning id`,
      [
        ticket.agency_id, ticket.id, kind, title, users[orderer], orderedAt, hours, hourly, monthly,
        quoted && status !== 'REQUESTED' ? 'Offert enligt beställningsunderlag: leveranstid och resursåtgång.' : null,
        quoted && status !== 'REQUESTED' ? users[DEMO_ACCOUNTS.accountManager] : null, quoted && status !== 'REQUESTED' ? at(ordered.replace('T10', 'T15')) : null,
        quoted && started ? users[orderer] : null, quoted && started ? DateTime.fromJSDate(orderedAt).plus({ days: 2 }).toJSDate() : null,
        !quoted && started ? users[DEMO_ACCOUNTS.deliveryManager] : null, !quoted && started ? DateTime.fromJSDate(orderedAt).plus({ days: 1 }).toJSDate() : null,
        !quoted && started ? users[DEMO_ACCOUNTS.accountManager] : null,
        status === 'DELIVERED' || status === 'APPROVED' ? DateTime.fromJSDate(orderedAt).plus({ days: 20 }).toJSDate() : null,
        status === 'APPROVED' ? users[orderer] : null, status === 'APPROVED' ? DateTime.fromJSDate(orderedAt).plus({ days: 22 }).toJSDate() : null,
        status,
      ],
    );
    if (kind === 'SPECIAL' && started)
      await conn.execute(
        `insert into work_time (order_id, user_id, day, hours, note, reported_at)
         select ?, ?, (?::date + g * 7), least(?::numeric - g * 4, 4), 'Utfört enligt arbetsordern.', ?::date + g * 7 + interval '16 hours'
           from generate_series(0, ceil(?::numeric / 4)::int - 1) g where (?::date + g * 7) <= ?::date`,
        [id, users[DEMO_ACCOUNTS.payrollSpecialist], ordered.slice(0, 10), status === 'ORDERED' ? (hours ?? 0) / 2 : hours, ordered.slice(0, 10), status === 'ORDERED' ? (hours ?? 0) / 2 : hours, ordered.slice(0, 10), until.toISODate()],
      );
    if (kind === 'ADD_ON' && started)
      await conn.execute(
        `insert into agreement_service (agreement_id, kind, service_id, name, monthly_price, valid_from)
         select g.id, 'ADD_ON', coalesce(t.service_id, (select min(id) from service where area_id = t.service_area_id)), ?, ?, (?::date + 2)
           from agreement g join ticket t on t.agency_id = g.agency_id where t.id = ?`,
        [title, monthly, ordered.slice(0, 10), ticket.id],
      );
  }
  // First ordered: the unit manager's confirmation or the signed quote, whichever came first.
  await conn.execute(`update service_order set first_ordered_at = least(accepted_at, confirmed_at) where first_ordered_at is null`);

  // The forum meetings, oldest first, each series on its due dates (a fortnight before), the latest due ones not held.
  const planned: { agency: number; forum: Forum; area: number | null; when: DateTime; held: boolean }[] = [];
  for (const a of agencies)
    for (const r of forumRequirements(segmentFor(a.employee_count))) {
      const areas = r.perServiceArea ? areaIds.filter((x) => x.agency_id === a.id).map((x) => x.area) : [null];
      for (const area of areas)
        dueDates(year, r.perYear).forEach((due, k, all) => {
          const before = DateTime.fromISO(`${due}T09:30`, { zone: CENTRE_ZONE }).minus({ days: 14 + (a.id % 5) });
          const when = before.minus({ days: Math.max(0, before.weekday - 5) }); // a weekday
          if (when > until.plus({ months: 2 })) return;
          // The operational forums of the largest agency miss their latest meeting: overdue.
          const missed = a.name === 'Försäkringskassan' && r.forum === Forum.OPERATIONAL && k === all.filter((d) => d < until.toISODate()!).length - 1;
          if (!missed) planned.push({ agency: a.id, forum: r.forum, area, when, held: when < until });
        });
    }
  planned.sort((x, y) => x.when.toMillis() - y.when.toMillis());
  const previous = new Map<string, Meeting>();
  for (const p of planned) {
    const meeting = conn.create(Meeting, {
      forum: p.forum, agency: p.agency, serviceArea: p.area ?? undefined, scheduledAt: p.when.toJSDate(), createdBy: users[DEMO_ACCOUNTS.accountManager],
    } as never);
    await conn.flush();
    const ctx = { em: conn, viewer: admin, clock: new FixedClock(p.when.minus({ days: 7 }).toJSDate()) } as unknown as Context;
    (await agendaOf(ctx, meeting)).forEach((item, i) => conn.create(AgendaItem, { meeting, position: i + 1, ...item } as never));
    if (p.held) {
      meeting.status = MeetingStatus.HELD;
      meeting.minutes = `Mötet gick igenom dagordningen. Inga nya avvikelser utöver de redovisade; öppna frågor förs vidare till nästa möte.`;
      const key = `${p.agency}:${p.forum}:${p.area}`;
      const before = previous.get(key);
      if (before) before.minutesApprovedIn = meeting;
      previous.set(key, meeting);
    }
  }
  await conn.flush();
  await conn.execute(
    `insert into meeting_participant (meeting_id, user_id)
     select m.id, u.id from meeting m join app_user u on u.email in (?, ?) where m.agency_id = ? on conflict do nothing`,
    [DEMO_ACCOUNTS.accountManager, DEMO_ACCOUNTS.customer2, sk.id],
  );

}
