import { firstRefused, isPrivateAddress } from './address-guard';
import { backoffMs, bodyOf, eventsOfHistory, pauseReasonOf } from './webhook-payload';
import { WebhookEventKind } from './webhooks.enums';

const at = new Date('2026-11-30T10:00:00.000Z');
const kase = { id: 'VGlja2V0OjE', number: 'SSC-2026-000001', status: 'IN_PROGRESS', priority: 'P3' };
const ev = (kind: string, more: object = {}) => ({ kind, visibility: 'PUBLIC', at, ...more });

describe('the SSRF guard', () => {
  it('refuses loopback, private, link-local, CGNAT and mapped addresses, and lets public ones through', () => {
    for (const a of ['127.0.0.1', '10.0.0.5', '172.16.3.4', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '::1', 'fe80::1', 'fd00::1', '::ffff:127.0.0.1', 'not-an-ip'])
      expect([a, isPrivateAddress(a)]).toEqual([a, true]);
    for (const a of ['93.184.216.34', '8.8.8.8', '2606:4700:4700::1111', '172.32.0.1']) expect([a, isPrivateAddress(a)]).toEqual([a, false]);
    expect(firstRefused(['8.8.8.8', '10.0.0.1'], false)).toBe('10.0.0.1');
    expect(firstRefused(['8.8.8.8', '10.0.0.1'], true)).toBeNull();
  });
});

describe('what a transaction\'s history sends', () => {
  it('a new case is one case.created (its other events are not a change), with its call events', () => {
    expect(eventsOfHistory(kase, [ev('CREATED'), ev('CALL_STARTED'), ev('SLA_CHANGED')]).map((e) => e.kind)).toEqual([WebhookEventKind.CASE_CREATED, WebhookEventKind.CALL_STARTED]);
  });

  it('a change carries fields with before and after, and a comment by its visibility only (never its text)', () => {
    const out = eventsOfHistory(kase, [ev('COMMENTED', { visibility: 'INTERNAL', note: 'hemligt' }), ev('FIELD_CHANGED', { field: 'priority', fromValue: 'P3', toValue: 'P2', note: 'x' })]);
    expect(out).toEqual([
      { kind: WebhookEventKind.CASE_CHANGED, data: { case: kase, changes: [{ kind: 'COMMENTED', visibility: 'INTERNAL', at: at.toISOString() }, { kind: 'FIELD_CHANGED', field: 'priority', from: 'P3', to: 'P2', at: at.toISOString() }] } },
    ]);
    expect(JSON.stringify(out)).not.toContain('hemligt');
  });

  it('resolving sends case.resolved and the status change as case.changed', () => {
    expect(eventsOfHistory(kase, [ev('STATUS_CHANGED', { field: 'status', fromValue: 'IN_PROGRESS', toValue: 'RESOLVED' }), ev('RESOLVED')]).map((e) => e.kind)).toEqual([
      WebhookEventKind.CASE_CHANGED,
      WebhookEventKind.CASE_RESOLVED,
    ]);
  });

  it('cuts a body over the cap to the case alone', () => {
    const big = { kind: WebhookEventKind.CASE_CHANGED, data: { case: kase, changes: [{ kind: 'FIELD_CHANGED', to: 'x'.repeat(500) }] } };
    expect(JSON.parse(bodyOf(big, at, 10_000)).data.changes).toHaveLength(1);
    expect(JSON.parse(bodyOf(big, at, 200))).toEqual({ type: 'case.changed', timestamp: at.toISOString(), data: { case: kase, truncated: true } });
  });
});

describe('retries and pausing', () => {
  it('doubles the wait from the base up to the cap', () => {
    expect([1, 2, 3, 4, 10].map((n) => backoffMs(n, 30_000, 3600_000))).toEqual([30_000, 60_000, 120_000, 240_000, 3600_000]);
  });

  it('pauses after N failures in a row, or after failing for the whole window', () => {
    const limits = { pauseAfterFailures: 5, pauseAfterMs: 24 * 3600_000 };
    expect(pauseReasonOf({ consecutiveFailures: 4, failingSince: new Date(at.getTime() - 3600_000) }, at, limits)).toBeNull();
    expect(pauseReasonOf({ consecutiveFailures: 5, failingSince: at }, at, limits)).toBe('5 failed attempts in a row');
    expect(pauseReasonOf({ consecutiveFailures: 2, failingSince: new Date(at.getTime() - 24 * 3600_000) }, at, limits)).toBe('every attempt failed for 24 h');
  });
});
