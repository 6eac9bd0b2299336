import { ServiceAreaCode, Tier } from '../src/directory/directory.enums';
import { priorityFor } from '../src/tickets/priority';
import { Category, Channel, CommentVisibility, Impact, TicketEventKind, TicketStatus, Urgency } from '../src/tickets/ticket.enums';
import { createRandom, type Random } from './prng';

/**
 * A year of demo tickets, generated deterministically (same seed, same rows) as plain rows that
 * the seeder inserts set-based. Times are relative to a fixed anchor so the data never drifts.
 */

export const DEMO_ANCHOR = new Date('2026-11-20T16:00:00Z');

const TITLES: Record<ServiceAreaCode, string[]> = {
  [ServiceAreaCode.PAYROLL]: [
    'Vilket datum betalas min reseräkning ut?',
    'Hur många semesterdagar har jag kvar?',
    'Varför har jag inte fått korrekt lön?',
    'Kan jag få förskott på lön?',
    'Fel OB-tillägg på lönespecifikationen',
    'Reseräkningen har fastnat i attestflödet',
    'Sjukfrånvaro saknas i lönesystemet',
    'Lönespecifikationen visas inte i Primula',
    'Friskvårdsbidraget har inte betalats ut',
    'Fråga om lön under föräldraledighet',
    'Utlägg för konferens saknas på utbetalningen',
    'Fel skattetabell på decemberlönen',
  ],
  [ServiceAreaCode.FINANCE]: [
    'Var finns kontoplanen?',
    'Hur skapar jag en kundfaktura?',
    'Vilket konto ska användas för konsultkostnader?',
    'Bokslutsrapporten stämmer inte mot huvudboken',
    'Kundfakturan har fel momssats',
    'Leverantörsfaktura saknar referens',
    'Periodisering av hyreskostnader vid årsskiftet',
  ],
  [ServiceAreaCode.ECOMMERCE]: [
    'Hur får jag access till e-handelstjänsten?',
    'Hur godkänner och attesterar jag leverantörsfakturor?',
    'Varför syns inte leverantörens tjänstekatalog?',
    'Varför är inte priserna enligt avtal?',
    'Beställningen har inte skickats till leverantören',
  ],
};

const COMMENTS = [
  ['Tack för snabbt svar!', CommentVisibility.PUBLIC],
  ['Kan du skicka en skärmdump av felet?', CommentVisibility.PUBLIC],
  ['Kontrollerat i systemet, underlaget saknas från chefen.', CommentVisibility.INTERNAL],
  ['Kunden återkommer efter avstämning med HR.', CommentVisibility.INTERNAL],
  ['Vi har rättat uppgiften, den syns vid nästa lönekörning.', CommentVisibility.PUBLIC],
  ['Liknande ärende löstes förra månaden, se kunskapsdatabasen.', CommentVisibility.INTERNAL],
] as const;

export interface DirectoryIds {
  areas: Record<ServiceAreaCode, { id: number; services: number[] }>;
  servicedesk: number;
  secondLine: Record<ServiceAreaCode, number>;
  vendors: Record<ServiceAreaCode, number[]>;
  agents: number[];
  specialists: Record<number, number[]>;
  /** Customer users with their agency, weighted towards larger agencies. */
  customers: { id: number; agencyId: number; weight: number }[];
  externals: number[];
}

const HOUR = 3600_000;
const DAY = 24 * HOUR;

export function buildTickets(count: number, ids: DirectoryIds, seed = 2026) {
  const random = createRandom(seed);
  const tickets: Record<string, unknown>[] = [];
  const events: Record<string, unknown>[] = [];
  const comments: Record<string, unknown>[] = [];
  const referrals: Record<string, unknown>[] = [];
  const customerPool = ids.customers.map((c) => [c, c.weight] as const);

  const times: number[] = [];
  for (let i = 0; i < count; i++) times.push(businessMoment(random, DEMO_ANCHOR.getTime() - random.int(0, 364) * DAY));
  times.sort((a, b) => a - b);

  times.forEach((created, i) => {
    const id = i + 1;
    const area = random.weighted([
      [ServiceAreaCode.PAYROLL, 82],
      [ServiceAreaCode.FINANCE, 12],
      [ServiceAreaCode.ECOMMERCE, 6],
    ] as const);
    const channel = random.weighted([
      [Channel.PHONE, 55],
      [Channel.WEB, 40],
      [Channel.EMAIL, 5],
    ] as const);
    const customer = random.weighted(customerPool);
    const requester = channel === Channel.EMAIL ? random.pick(ids.externals) : customer.id;
    const agencyId = channel === Channel.EMAIL && random.chance(0.5) ? null : customer.agencyId;
    const category = random.weighted([
      [Category.QUESTION, 55],
      [Category.INCIDENT, 20],
      [Category.SERVICE_REQUEST, 20],
      [Category.COMPLAINT, 5],
    ] as const);
    const impact = random.weighted([
      [Impact.LOW, 60],
      [Impact.MEDIUM, 32],
      [Impact.HIGH, 8],
    ] as const);
    const urgency = random.weighted([
      [Urgency.LOW, 45],
      [Urgency.MEDIUM, 40],
      [Urgency.HIGH, 15],
    ] as const);
    const agent = random.pick(ids.agents);
    const ageDays = (DEMO_ANCHOR.getTime() - created) / DAY;

    const firstEvent = events.length;
    let t = created;
    let tier = Tier.FIRST;
    let group = ids.servicedesk;
    let assignee: number | null = agent;
    let status = TicketStatus.IN_PROGRESS;
    const event = (kind: TicketEventKind, extra: Record<string, unknown> = {}) =>
      events.push({ ticket_id: id, actor_id: assignee ?? agent, at: new Date(t).toISOString(), kind, tier, visibility: CommentVisibility.PUBLIC, ...extra });
    event(TicketEventKind.CREATED, { actor_id: channel === Channel.WEB ? requester : agent, to_value: channel });
    t += random.int(2, 90) * 60_000;
    event(TicketEventKind.ASSIGNED, { field: 'assignee', to_value: String(agent), visibility: CommentVisibility.INTERNAL });

    // Most cases are solved at once by the Servicedesk; a quarter need a specialist; a few a vendor.
    const escalate = random.chance(0.25);
    const refer = escalate && random.chance(0.2);
    // Recent tickets may still be open anywhere along the way.
    const stopAt = ageDays < 14 && random.chance(0.55) ? random.int(0, 3) : 99;

    let escalatedAt: number | null = null;
    if (escalate && stopAt > 0) {
      t += random.int(1, 20) * HOUR;
      tier = Tier.SECOND;
      const from = group;
      group = ids.secondLine[area];
      assignee = null;
      escalatedAt = t;
      event(TicketEventKind.ESCALATED, { actor_id: agent, field: 'group', from_value: String(from), to_value: String(group), note: 'Kräver specialistkompetens', visibility: CommentVisibility.INTERNAL });
      status = TicketStatus.NEW;
      if (stopAt > 1) {
        t += random.int(1, 30) * HOUR;
        assignee = random.pick(ids.specialists[group]);
        status = TicketStatus.IN_PROGRESS;
        event(TicketEventKind.ASSIGNED, { field: 'assignee', to_value: String(assignee), visibility: CommentVisibility.INTERNAL });
      }
      if (refer && stopAt > 1) {
        t += random.int(1, 10) * HOUR;
        tier = Tier.THIRD;
        status = TicketStatus.WAITING_FOR_VENDOR;
        const vendor = random.pick(ids.vendors[area]);
        const sent = t;
        event(TicketEventKind.REFERRED_TO_VENDOR, { visibility: CommentVisibility.INTERNAL });
        const answered = stopAt > 2;
        if (answered) {
          t += random.int(4, 120) * HOUR;
          status = TicketStatus.IN_PROGRESS;
          event(TicketEventKind.VENDOR_RESPONDED, { visibility: CommentVisibility.INTERNAL });
        }
        referrals.push({
          ticket_id: id,
          vendor_id: vendor,
          from_group_id: group,
          vendor_reference: answered || random.chance(0.5) ? `INC-${100000 + id}` : null,
          question: 'Felet kvarstår efter kontroll av grunddata. Kan ni undersöka i systemet?',
          answer: answered ? 'Rättat i version 4.2.1, korrigering görs i nästa körning.' : null,
          sent_by_id: assignee ?? agent,
          sent_at: new Date(sent).toISOString(),
          answer_recorded_by_id: answered ? assignee : null,
          answered_at: answered ? new Date(t).toISOString() : null,
        });
      }
    }

    const nComments = random.int(0, 2);
    for (let c = 0; c < nComments; c++) {
      const [body, visibility] = random.pick(COMMENTS);
      comments.push({ ticket_id: id, author_id: assignee ?? agent, body, visibility, created_at: new Date(created + (c + 1) * random.int(10, 240) * 60_000).toISOString() });
    }

    let resolvedAt: number | null = null;
    let closedAt: number | null = null;
    let resolution: string | null = null;
    if (stopAt === 99 && status !== TicketStatus.WAITING_FOR_VENDOR) {
      t += random.int(1, escalate ? 72 : 6) * HOUR * (random.chance(0.1) ? 4 : 1);
      status = TicketStatus.RESOLVED;
      resolvedAt = t;
      resolution = escalate ? 'Åtgärdat av produktionen; kunden informerad.' : 'Besvarat direkt av Servicedesk.';
      event(TicketEventKind.RESOLVED, { note: resolution });
      if (DEMO_ANCHOR.getTime() - t > 5 * DAY) {
        t += 5 * DAY;
        status = TicketStatus.CLOSED;
        closedAt = t;
        event(TicketEventKind.CLOSED);
      }
    } else if (status === TicketStatus.IN_PROGRESS && random.chance(0.25)) {
      status = TicketStatus.WAITING_FOR_CUSTOMER;
      event(TicketEventKind.STATUS_CHANGED, { field: 'status', from_value: TicketStatus.IN_PROGRESS, to_value: status });
    }

    const serviceIds = ids.areas[area].services;
    tickets.push({
      id,
      number: `SSC-${new Date(created).getUTCFullYear()}-${String(id).padStart(6, '0')}`,
      title: random.pick(TITLES[area]),
      description: 'Ärendet registrerades i demodata. Kunden beskriver problemet och bifogar underlag vid behov.',
      channel,
      agency_id: agencyId,
      requester_id: requester,
      service_area_id: ids.areas[area].id,
      service_id: random.chance(0.9) ? random.pick(serviceIds) : null,
      category,
      impact,
      urgency,
      priority: priorityFor(impact, urgency),
      status,
      tier,
      group_id: group,
      assignee_id: assignee,
      created_by_id: channel === Channel.WEB ? requester : agent,
      resolution,
      created_at: new Date(created).toISOString(),
      updated_at: new Date(Math.max(t, created)).toISOString(),
      resolved_at: resolvedAt === null ? null : new Date(resolvedAt).toISOString(),
      closed_at: closedAt === null ? null : new Date(closedAt).toISOString(),
      escalated_at: escalatedAt === null ? null : new Date(escalatedAt).toISOString(),
      version: events.length - firstEvent,
    });
  });
  return { tickets, events, comments, referrals };
}

/** A moment on a weekday between 07:00 and 16:00 UTC (08-17 Swedish time, roughly). */
function businessMoment(random: Random, day: number): number {
  const date = new Date(day);
  date.setUTCHours(random.int(7, 15), random.int(0, 59), random.int(0, 59), 0);
  const weekday = date.getUTCDay();
  if (weekday === 0) date.setUTCDate(date.getUTCDate() + 1);
  if (weekday === 6) date.setUTCDate(date.getUTCDate() - 1);
  return date.getTime();
}
