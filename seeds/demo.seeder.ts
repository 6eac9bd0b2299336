import type { EntityManager } from '@mikro-orm/postgresql';
import { Seeder } from '@mikro-orm/seeder';
import { ServiceAreaCode } from '../src/directory/directory.enums';
import { agencyExtension, buildDirectory, DEMO_ACCOUNTS, DEMO_PHONES, GROUPS, KNOWLEDGE_EDITOR_AGENT, SERVICE_AREAS, VENDORS } from './directory';
import { AGENCIES } from './agencies';
import { SEED_MENU } from '../src/ivr/seed-menu';
import { buildArticles } from './knowledge';
import { fillCompoundParts } from '../src/knowledge/compounds.sql';
import { seedAgreements, seedCollaborationYear } from './collaboration';
import { buildTickets, DEMO_ANCHOR, type DirectoryIds } from './tickets';
import { HISTORY_TRIGGER_OFF, HISTORY_TRIGGER_ON, NAME_LEGACY_REFS_SQL } from '../src/tickets/ticket-history.sql';
import { DEFAULT_CONDITIONS } from '../src/sla/sla-conditions';
import { calendarSpecLoader } from '../src/sla/calendar.service';
import type { CalendarSpec } from '../src/sla/business-time';
import { resolvePolicy, targetOf } from '../src/sla/sla-policy.service';
import { SlaMetric } from '../src/sla/sla.enums';
import { dueAtOf, figuresOf, nextCheckOf, type TimerClock } from '../src/sla/timer-math';
import { outcomeOf, saveOutcomes } from '../src/sla/sla-outcome';

type Conn = EntityManager;

/** Inserts rows given as JSON in one statement: set-based, not an ORM loop. */
async function insertJson(conn: Conn, table: string, columns: string, rows: unknown[]): Promise<void> {
  if (rows.length === 0) return;
  const names = columns
    .split(',')
    .map((c) => c.trim().split(/\s+/)[0])
    .join(', ');
  await conn.execute(`insert into ${table} (${names}) select ${names} from json_to_recordset(?::json) as x(${columns})`, [JSON.stringify(rows)]);
}

/** The directory: service areas and services, groups, vendors, agencies, users and their responsibilities. */
export async function seedDirectory(conn: Conn): Promise<void> {
  const { agencies, users, delivery, accounts } = buildDirectory();
  await insertJson(conn, 'service_area', 'code service_area_code, name text', SERVICE_AREAS.map(({ code, name }) => ({ code, name })));
  await conn.execute(
    `insert into service (area_id, code, name) select a.id, x.code, x.name from json_to_recordset(?::json) as x(area service_area_code, code text, name text) join service_area a on a.code = x.area`,
    [JSON.stringify(SERVICE_AREAS.flatMap((a) => a.services.map(([code, name]) => ({ area: a.code, code, name }))))],
  );
  await conn.execute(
    `insert into support_group (name, tier, kind, service_area_id) select x.name, x.tier, x.kind, a.id
     from json_to_recordset(?::json) as x(name text, tier tier, kind group_kind, area service_area_code) left join service_area a on a.code = x.area`,
    [JSON.stringify(GROUPS)],
  );
  await conn.execute(
    `insert into vendor (name, system, contact_email, contact_phone, service_area_id) select x.name, x.system, x.email, x.phone, a.id
     from json_to_recordset(?::json) as x(name text, system text, email text, phone text, area service_area_code) join service_area a on a.code = x.area`,
    [JSON.stringify(VENDORS)],
  );
  await insertJson(conn, 'agency', 'name text, organisation_number text, employee_count int', agencies);
  await conn.execute(
    `insert into app_user (email, name, role, agency_id, phone, active) select x.email, x.name, x.role, a.id, x.phone, x.role <> 'EXTERNAL_CONTACT'
     from json_to_recordset(?::json) as x(email text, name text, role role, agency text, phone text) left join agency a on a.name = x.agency`,
    [JSON.stringify(users)],
  );
  await conn.execute(
    `insert into group_membership (user_id, group_id) select u.id, g.id
     from json_to_recordset(?::json) as x(email text, grp text) join app_user u on u.email = x.email join support_group g on g.name = x.grp`,
    [JSON.stringify(users.flatMap((u) => (u.groups ?? []).map((grp) => ({ email: u.email, grp }))))],
  );
  await conn.execute(
    `insert into agency_contact (agency_id, side, role, service_area_id, person_id, deputy_id)
     select a.id, 'CENTRE', x.role::contact_role, s.id, u.id, d.id
       from json_to_recordset(?::json) as x(email text, deputy text, agency text, area service_area_code, role text)
       join app_user u on u.email = x.email join app_user d on d.email = x.deputy join agency a on a.name = x.agency
       left join service_area s on s.code = x.area`,
    [JSON.stringify([...delivery.map((d) => ({ ...d, role: 'DELIVERY_MANAGER' })), ...accounts.map((a) => ({ ...a, area: null, role: 'ACCOUNT_MANAGER' }))])],
  );
  await seedAgreements(conn);
  await seedSlaDefaults(conn);
  await seedIvr(conn);
  await seedKnowledgeBase(conn);
  await fillCompoundParts(conn);
}

const AUTHORS: Record<ServiceAreaCode, string> = {
  [ServiceAreaCode.PAYROLL]: DEMO_ACCOUNTS.payrollSpecialist,
  [ServiceAreaCode.FINANCE]: DEMO_ACCOUNTS.financeSpecialist,
  [ServiceAreaCode.ECOMMERCE]: DEMO_ACCOUNTS.ecommerceSpecialist,
};

/**
 * The knowledge base's articles and their revisions, owned by each area's production group; and
 * the knowledge editors (who publish): the payroll specialist and one Servicedesk agent.
 */
export async function seedKnowledgeBase(conn: Conn): Promise<void> {
  const created = new Date('2026-01-15T09:00:00Z');
  const rows = buildArticles().map((a, ord) => ({ ...a, ord, author: AUTHORS[a.area] }));
  await conn.execute(`update app_user set knowledge_editor = true where email in (?, ?)`, [DEMO_ACCOUNTS.payrollSpecialist, KNOWLEDGE_EDITOR_AGENT]);
  await conn.execute(
    `insert into kb_article (title, summary, body, language, service_area_id, service_id, tags, audience, status, author_id, owner_group_id,
                             revision, review_date, created_at, updated_at, published_at)
     select x.title, x.summary, coalesce(x.revised, x.body), x.language::article_language, a.id, s.id, array(select json_array_elements_text(x.tags)),
            x.audience::article_audience, x.status::article_status, u.id, g.id, case when x.revised is null then 1 else 2 end,
            (?::date + interval '1 year')::date, ?, ?, case when x.status <> 'DRAFT' then ?::timestamptz end
       from json_to_recordset(?::json) as x(ord int, title text, summary text, body text, revised text, language text, area service_area_code,
                                             service text, tags json, audience text, status text, author text)
       join service_area a on a.code = x.area
       left join service s on s.area_id = a.id and s.code = x.service
       join app_user u on u.email = x.author
       join support_group g on g.kind = 'PRODUCTION' and g.service_area_id = a.id
      order by x.ord`,
    [created, created, created, created, JSON.stringify(rows)],
  );
  await conn.execute(
    `insert into kb_revision (article_id, number, title, summary, body, tags, edited_by_id, edited_at, note)
     select k.id, 1, k.title, k.summary, x.body, k.tags, k.author_id, k.created_at, 'skapad'
       from json_to_recordset(?::json) as x(title text, language text, body text) join kb_article k on k.title = x.title and k.language = x.language::article_language`,
    [JSON.stringify(rows)],
  );
  await conn.execute(
    `insert into kb_revision (article_id, number, title, summary, body, tags, edited_by_id, edited_at, note)
     select k.id, 2, k.title, k.summary, k.body, k.tags, k.author_id, k.created_at + interval '30 days', 'uppdaterad'
       from kb_article k where k.revision = 2`,
  );
}

/** Resolved demo tickets link the article answering their question (three in four), and their agents rate some. */
export async function seedKnowledgeLinks(conn: Conn): Promise<void> {
  await conn.execute(
    `insert into kb_ticket_link (ticket_id, article_id, tier, linked_by_id, linked_at)
     select t.id, k.id, t.tier, coalesce(t.assignee_id, agent.id), t.resolved_at
       from ticket t join kb_article k on k.title = t.title and k.language = 'SV' and k.status = 'PUBLISHED',
            (select id from app_user where email = ?) agent
      where t.status in ('RESOLVED', 'CLOSED') and t.resolved_at is not null and t.id % 4 <> 0`,
    [DEMO_ACCOUNTS.agent],
  );
  await conn.execute(`update kb_article k set solved_count = (select count(*) from kb_ticket_link l where l.article_id = k.id)`);
  await conn.execute(
    `insert into kb_rating (article_id, ticket_id, user_id, helpful, at)
     select l.article_id, l.ticket_id, l.linked_by_id, l.ticket_id % 7 <> 0, l.linked_at from kb_ticket_link l where l.ticket_id % 3 <> 0`,
  );
}

/**
 * The IVR: the menu of the source documents as published version 1, the shared number, and each
 * agency's own switchboard extension (the agency is then known from the number called).
 */
export async function seedIvr(conn: Conn): Promise<void> {
  await conn.execute(
    `insert into ivr_menu_version (version, status, definition, note, created_by_id, created_at, updated_at, published_at, published_by_id)
     select 1, 'PUBLISHED', ?::jsonb, 'Menyn enligt källdokumenten', u.id, now(), now(), now(), u.id from app_user u where u.email = ?`,
    [JSON.stringify(SEED_MENU), DEMO_ACCOUNTS.admin],
  );
  await conn.execute(
    `insert into ivr_entry_point (number, label, agency_id, default_service_area_id, switchboard_number)
     select ?, 'Statens servicecenter, gemensamt nummer', null, s.id, ? from service_area s where s.code = 'PAYROLL'`,
    [DEMO_PHONES.shared, DEMO_PHONES.switchboard],
  );
  await conn.execute(
    `insert into ivr_entry_point (number, label, agency_id, default_service_area_id, switchboard_number)
     select x.number, a.name || ', egen växel', a.id, s.id, ? from json_to_recordset(?::json) as x(number text, agency text)
     join agency a on a.name = x.agency join service_area s on s.code = 'PAYROLL'`,
    [DEMO_PHONES.switchboard, JSON.stringify(AGENCIES.map(([name], i) => ({ number: agencyExtension(i + 1), agency: name })))],
  );
}

/** Reads back the directory's keys, for generating tickets that point at it. */
export async function directoryIds(conn: Conn): Promise<DirectoryIds> {
  const rows = async (sql: string) => (await conn.execute(sql)) as Record<string, unknown>[];
  const areas = {} as DirectoryIds['areas'];
  for (const r of await rows(`select a.id, a.code, array_agg(s.id order by s.id) as services from service_area a join service s on s.area_id = a.id group by a.id`))
    areas[r.code as ServiceAreaCode] = { id: r.id as number, services: r.services as number[] };
  const groups = await rows(`select id, name, kind, service_area_id from support_group order by id`);
  const servicedesk = groups.find((g) => g.kind === 'SERVICEDESK')!.id as number;
  const secondLine = {} as DirectoryIds['secondLine'];
  for (const [code, { id }] of Object.entries(areas))
    secondLine[code as ServiceAreaCode] = groups.find((g) => g.kind === 'PRODUCTION' && g.service_area_id === id)!.id as number;
  const vendors = { PAYROLL: [], FINANCE: [], ECOMMERCE: [] } as DirectoryIds['vendors'];
  for (const v of await rows(`select v.id, a.code from vendor v join service_area a on a.id = v.service_area_id order by v.id`)) vendors[v.code as ServiceAreaCode].push(v.id as number);
  const agents = (await rows(`select id from app_user where role = 'AGENT' order by id`)).map((r) => r.id as number);
  const specialists: Record<number, number[]> = {};
  for (const r of await rows(`select group_id, array_agg(user_id order by user_id) as users from group_membership group by group_id`))
    specialists[r.group_id as number] = r.users as number[];
  const customers = (
    await rows(`select u.id, u.agency_id, a.employee_count from app_user u join agency a on a.id = u.agency_id where u.role = 'CUSTOMER' order by u.id`)
  ).map((r) => ({ id: r.id as number, agencyId: r.agency_id as number, weight: Math.sqrt(r.employee_count as number) }));
  const externals = (await rows(`select id from app_user where role = 'EXTERNAL_CONTACT' order by id`)).map((r) => r.id as number);
  return { areas, servicedesk, secondLine, vendors, agents, specialists, customers, externals };
}

/** A year of demo tickets with their history, comments and vendor referrals. */
export async function seedTickets(conn: Conn, count: number): Promise<void> {
  const { tickets, events, comments, referrals } = buildTickets(count, await directoryIds(conn));
  await insertJson(
    conn,
    'ticket',
    `id int, number text, title text, description text, channel channel, agency_id int, requester_id int, service_area_id int, service_id int,
     category category, impact impact, urgency urgency, priority priority, status ticket_status, tier tier, group_id int, assignee_id int,
     created_by_id int, resolution text, created_at timestamptz, updated_at timestamptz, resolved_at timestamptz, closed_at timestamptz,
     escalated_at timestamptz, version int`,
    tickets,
  );
  await insertJson(
    conn,
    'ticket_event',
    'ticket_id int, actor_id int, at timestamptz, kind ticket_event_kind, field text, from_value text, to_value text, note text, tier tier, visibility comment_visibility',
    events,
  );
  // The seed writes references as ids; history carries names and refs, as the API writes them.
  await conn.execute(HISTORY_TRIGGER_OFF);
  for (const sql of NAME_LEGACY_REFS_SQL) await conn.execute(sql);
  await conn.execute(HISTORY_TRIGGER_ON);
  await insertJson(conn, 'ticket_comment', 'ticket_id int, author_id int, body text, visibility comment_visibility, created_at timestamptz', comments);
  await insertJson(
    conn,
    'vendor_referral',
    `ticket_id int, vendor_id int, from_group_id int, vendor_reference text, question text, answer text, sent_by_id int, sent_at timestamptz,
     answer_recorded_by_id int, answered_at timestamptz`,
    referrals,
  );
  await conn.execute(`select setval('ticket_id_seq', greatest((select max(id) from ticket), 1))`);
  await conn.execute(`select setval('ticket_number_seq', greatest((select max(id) from ticket), 1))`);
}

export const DEMO_TICKETS = 3000;

/** MikroORM seeder: the demo directory and a year of tickets. */
export class DemoSeeder extends Seeder {
  async run(em: EntityManager): Promise<void> {
    await seedDirectory(em);
    await seedTickets(em, DEMO_TICKETS);
    await seedDemoTimers(em);
    await seedDemoOutcomes(em);
    await seedKnowledgeLinks(em);
    await seedCollaborationYear(em, DEMO_ANCHOR);
  }
}

/** MikroORM seeder: the directory only (the tests' starting point). */
export class DirectorySeeder extends Seeder {
  async run(em: EntityManager): Promise<void> {
    await seedDirectory(em);
  }
}

/**
 * SLA reference data: the office-hours calendar (one interval 08:00-17:00 Monday to Friday, Europe/Stockholm,
 * Swedish holidays, half days closing at 12:00) and a 24x7 one, and default policies per service
 * area and priority (P1 on 24x7), plus one customer-specific adaptation.
 */
export async function seedSlaDefaults(em: EntityManager): Promise<void> {
  const weekday = { open: '08:00', close: '17:00' };
  await em.execute(
    `insert into business_calendar (name, zone, always_open, weekly, holiday_country, half_day_close) values
     ('Kontorstid', 'Europe/Stockholm', false, ?::jsonb, 'SE', '12:00'),
     ('Dygnet runt', 'Europe/Stockholm', true, '{}'::jsonb, null, '12:00')`,
    [JSON.stringify({ 1: [weekday], 2: [weekday], 3: [weekday], 4: [weekday], 5: [weekday] })],
  );
  const targets: [priority: string, calendar: string, response: number, resolution: number, vendor: number][] = [
    ['P1', 'Dygnet runt', 30, 4 * 60, 8 * 60],
    ['P2', 'Kontorstid', 60, 8 * 60, 16 * 60],
    ['P3', 'Kontorstid', 4 * 60, 24 * 60, 40 * 60],
    ['P4', 'Kontorstid', 8 * 60, 40 * 60, 80 * 60],
  ];
  await em.execute(
    `insert into sla_policy (name, service_area_id, priority, calendar_id, first_response_minutes, resolution_minutes, vendor_minutes, warning_thresholds, conditions)
     select a.name || ' ' || x.priority, a.id, x.priority::priority, c.id, x.response, x.resolution, x.vendor, '[50, 75]'::jsonb, ?::jsonb
     from json_to_recordset(?::json) as x(priority text, calendar text, response int, resolution int, vendor int)
     cross join service_area a join business_calendar c on c.name = x.calendar
     order by a.id, x.priority`,
    [JSON.stringify(DEFAULT_CONDITIONS), JSON.stringify(targets.map(([priority, calendar, response, resolution, vendor]) => ({ priority, calendar, response, resolution, vendor })))],
  );
  // The agreement with Skatteverket adapts payroll P2: resolution within 6 business hours.
  await em.execute(
    `insert into sla_policy (name, service_area_id, agency_id, priority, calendar_id, first_response_minutes, resolution_minutes, vendor_minutes, warning_thresholds, conditions)
     select 'Skatteverket Lön P2 (kundanpassning)', a.id, g.id, 'P2', c.id, 60, 6 * 60, 16 * 60, '[50, 75, 90]'::jsonb, ?::jsonb
     from service_area a, agency g, business_calendar c where a.code = 'PAYROLL' and g.name = 'Skatteverket' and c.name = 'Kontorstid'`,
    [JSON.stringify(DEFAULT_CONDITIONS)],
  );
}

/** A demo ticket's SLA policy (as the engine would choose it) and its calendar. */
async function policyOf(
  em: EntityManager,
  specs: ReturnType<typeof calendarSpecLoader>,
  t: { service_area_id: number; service_id: number | null; agency_id: number | null; priority: string },
) {
  const found = await resolvePolicy(em, {
    serviceArea: { id: t.service_area_id },
    service: t.service_id ? { id: t.service_id } : undefined,
    agency: t.agency_id ? { id: t.agency_id } : undefined,
    priority: t.priority,
  } as never);
  const policy = found?.policy;
  return policy ? { policy, spec: await specs.load(policy.calendar.id) } : null;
}

/**
 * SLA timers for the demo's open tickets: the resolution clock from registration (paused while
 * waiting for the customer) and the vendor clock of open referrals, computed with the same pure
 * business-time module. The first start-up sweep then records every threshold already passed.
 */
export async function seedDemoTimers(em: EntityManager): Promise<void> {
  const open = await em.execute<{ id: number; service_area_id: number; service_id: number | null; agency_id: number | null; priority: string; status: string; created_at: string; updated_at: string; sent_at: string | null }[]>(
    `select t.id, t.service_area_id, t.service_id, t.agency_id, t.priority, t.status, t.created_at, t.updated_at,
            (select max(r.sent_at) from vendor_referral r where r.ticket_id = t.id and r.answered_at is null) as sent_at
     from ticket t where t.status not in ('RESOLVED', 'CLOSED')`,
  );
  const specs = calendarSpecLoader(em, () => DEMO_ANCHOR);
  const rows: Record<string, unknown>[] = [];
  for (const t of open) {
    const found = await policyOf(em, specs, t);
    if (!found) continue;
    const { policy, spec } = found;
    const timer = (metric: SlaMetric, startedAt: number, pausedAt: number | null) => {
      const targetMs = targetOf(policy, metric);
      if (targetMs === null) return;
      const clock: TimerClock = { startedAt, targetMs, pausedMs: 0, pausedAt, stoppedAt: null, thresholds: policy.warningThresholds, lastThreshold: 0 };
      const next = nextCheckOf(spec, clock);
      rows.push({
        ticket_id: t.id,
        metric,
        policy_id: policy.id,
        target_ms: targetMs,
        thresholds: policy.warningThresholds,
        started_at: new Date(startedAt).toISOString(),
        due_at: new Date(dueAtOf(spec, clock)).toISOString(),
        paused_at: pausedAt === null ? null : new Date(pausedAt).toISOString(),
        state: pausedAt === null ? 'RUNNING' : 'PAUSED',
        next_check_at: next === null ? null : new Date(next).toISOString(),
      });
    };
    timer(SlaMetric.RESOLUTION, Date.parse(t.created_at), t.status === 'WAITING_FOR_CUSTOMER' ? Date.parse(t.updated_at) : null);
    if (t.status === 'WAITING_FOR_VENDOR' && t.sent_at) timer(SlaMetric.TIME_AT_VENDOR, Date.parse(t.sent_at), null);
  }
  await insertJson(
    em,
    'sla_timer',
    'ticket_id int, metric sla_metric, policy_id int, target_ms bigint, thresholds jsonb, started_at timestamptz, due_at timestamptz, paused_at timestamptz, state sla_timer_state, next_check_at timestamptz',
    rows,
  );
}

/**
 * Stopped timers for the demo's resolved and closed tickets, with their report outcomes, so that the
 * SLA report has a year of figures: first response until the first assignment or comment,
 * resolution until resolved, time at vendor for answered referrals. Computed with the same pure
 * business-time module and outcome function as the engine.
 */
export async function seedDemoOutcomes(em: EntityManager): Promise<void> {
  const done = await em.execute<{ id: number; service_area_id: number; service_id: number | null; agency_id: number | null; priority: string; created_at: string; resolved_at: string; first_at: string | null; sent_at: string | null; answered_at: string | null }[]>(
    `select t.id, t.service_area_id, t.service_id, t.agency_id, t.priority, t.created_at, t.resolved_at,
            (select min(e.at) from ticket_event e where e.ticket_id = t.id and e.kind in ('ASSIGNED', 'COMMENTED') and e.at > t.created_at) as first_at,
            r.sent_at, r.answered_at
       from ticket t
       left join lateral (select r.sent_at, r.answered_at from vendor_referral r where r.ticket_id = t.id and r.answered_at is not null order by r.sent_at limit 1) r on true
      where t.status in ('RESOLVED', 'CLOSED') and t.resolved_at is not null`,
  );
  const specs = calendarSpecLoader(em, () => DEMO_ANCHOR);
  const rows: Record<string, unknown>[] = [];
  const clocks = new Map<string, { clock: TimerClock; spec: CalendarSpec }>();
  for (const t of done) {
    const found = await policyOf(em, specs, t);
    if (!found) continue;
    const { policy, spec } = found;
    const stopped = (metric: SlaMetric, startedAt: number, stoppedAt: number) => {
      const targetMs = targetOf(policy, metric);
      if (targetMs === null || stoppedAt < startedAt) return;
      const clock: TimerClock = { startedAt, targetMs, pausedMs: 0, pausedAt: null, stoppedAt, thresholds: policy.warningThresholds, lastThreshold: 0 };
      const figures = figuresOf(spec, clock, stoppedAt);
      const breached = figures.elapsedMs > targetMs;
      rows.push({
        ticket_id: t.id,
        metric,
        policy_id: policy.id,
        target_ms: targetMs,
        thresholds: policy.warningThresholds,
        started_at: new Date(startedAt).toISOString(),
        due_at: new Date(figures.dueAt).toISOString(),
        stopped_at: new Date(stoppedAt).toISOString(),
        breached_at: breached ? new Date(figures.dueAt).toISOString() : null,
        state: breached ? 'BREACHED' : 'MET',
        last_threshold: breached ? 100 : 0,
      });
      clocks.set(`${t.id}:${metric}`, { clock, spec });
    };
    const created = Date.parse(t.created_at);
    const resolved = Date.parse(t.resolved_at);
    stopped(SlaMetric.FIRST_RESPONSE, created, t.first_at ? Math.min(Date.parse(t.first_at), resolved) : resolved);
    stopped(SlaMetric.RESOLUTION, created, resolved);
    if (t.sent_at && t.answered_at) stopped(SlaMetric.TIME_AT_VENDOR, Date.parse(t.sent_at), Date.parse(t.answered_at));
  }
  const inserted = await em.execute<{ id: number; ticket_id: number; metric: SlaMetric }[]>(
    `insert into sla_timer (ticket_id, metric, policy_id, target_ms, thresholds, started_at, due_at, stopped_at, breached_at, state, last_threshold)
     select x.ticket_id, x.metric, x.policy_id, x.target_ms, x.thresholds, x.started_at, x.due_at, x.stopped_at, x.breached_at, x.state, x.last_threshold
       from json_to_recordset(?::json) as x(ticket_id int, metric sla_metric, policy_id int, target_ms bigint, thresholds jsonb, started_at timestamptz, due_at timestamptz,
                                             stopped_at timestamptz, breached_at timestamptz, state sla_timer_state, last_threshold int)
     returning id, ticket_id, metric`,
    [JSON.stringify(rows)],
  );
  const outcomes = [];
  for (const timer of inserted) {
    const { clock, spec } = clocks.get(`${timer.ticket_id}:${timer.metric}`)!;
    outcomes.push(outcomeOf({ id: timer.id, ticket: { id: timer.ticket_id }, metric: timer.metric }, clock, spec));
  }
  await saveOutcomes(em, outcomes);
}

