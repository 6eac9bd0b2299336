import { createHash } from 'node:crypto';
import { Role, Segment } from '../src/directory/directory.enums';
import { segmentFor } from '../src/directory/segment';
import { buildDirectory } from '../seeds/directory';
import { buildTickets, type DirectoryIds } from '../seeds/tickets';

const hash = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');

const IDS: DirectoryIds = {
  areas: { PAYROLL: { id: 1, services: [1, 2, 3, 4] }, FINANCE: { id: 2, services: [5, 6, 7, 8] }, ECOMMERCE: { id: 3, services: [9, 10, 11] } },
  servicedesk: 1,
  secondLine: { PAYROLL: 2, FINANCE: 3, ECOMMERCE: 4 },
  vendors: { PAYROLL: [1, 2], FINANCE: [3, 4], ECOMMERCE: [5] },
  agents: [2, 3, 4],
  specialists: { 2: [5, 6], 3: [7], 4: [8] },
  customers: Array.from({ length: 50 }, (_, i) => ({ id: 100 + i, agencyId: 1 + (i % 20), weight: 1 + (i % 7) })),
  externals: [90, 91],
};

describe('the demo seed', () => {
  it('is deterministic: the same seed gives the same directory and tickets', () => {
    expect(hash(buildDirectory())).toBe(hash(buildDirectory()));
    expect(hash(buildTickets(500, IDS))).toBe(hash(buildTickets(500, IDS)));
    expect(hash(buildTickets(500, IDS, 1))).not.toBe(hash(buildTickets(500, IDS)));
  });

  it('covers about 150 agencies in every size segment, with staff in every role', () => {
    const { agencies, users } = buildDirectory();
    expect(agencies.length).toBeGreaterThanOrEqual(150);
    expect(new Set(agencies.map((a) => a.organisation_number)).size).toBe(agencies.length);
    const segments = new Set(agencies.map((a) => segmentFor(a.employee_count)));
    expect(segments).toEqual(new Set(Object.values(Segment)));
    expect(new Set(users.map((u) => u.role)).size).toBe(Object.values(Role).length);
    expect(agencies.map((a) => a.name)).toEqual(expect.arrayContaining(['Skatteverket', 'Försäkringskassan', 'Pensionsmyndigheten', 'Kronofogdemyndigheten']));
  });

  it('spreads tickets over a year, channels, tiers and outcomes, mostly payroll', () => {
    const { tickets, referrals } = buildTickets(3000, IDS);
    const share = (f: (t: Record<string, unknown>) => boolean) => tickets.filter(f).length / tickets.length;
    expect(share((t) => t.service_area_id === 1)).toBeGreaterThan(0.75);
    for (const channel of ['PHONE', 'WEB', 'EMAIL']) expect(share((t) => t.channel === channel)).toBeGreaterThan(0.02);
    for (const tier of ['FIRST', 'SECOND', 'THIRD']) expect(share((t) => t.tier === tier)).toBeGreaterThan(0.001);
    for (const status of ['IN_PROGRESS', 'RESOLVED', 'CLOSED']) expect(share((t) => t.status === status)).toBeGreaterThan(0.001);
    expect(referrals.length).toBeGreaterThan(50);
    const times = tickets.map((t) => Date.parse(t.created_at as string));
    expect(Math.max(...times) - Math.min(...times)).toBeGreaterThan(300 * 24 * 3600_000);
  });
});
