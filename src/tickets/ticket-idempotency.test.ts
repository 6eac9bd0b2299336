import { toGlobalId } from '../platform/global-id';
import { idempotencyHash } from './ticket-idempotency';
import { Category, Channel, Impact, Urgency } from './ticket.enums';

const base = {
  title: 'Lönen saknas',
  description: 'Oktoberlönen kom inte.',
  channel: Channel.PHONE,
  requesterId: toGlobalId('User', 7),
  serviceId: toGlobalId('Service', 3),
  category: Category.INCIDENT,
  impact: Impact.MEDIUM,
  urgency: Urgency.HIGH,
};

describe('idempotencyHash', () => {
  it('is the same for the same request read the same way (whitespace, absent and empty fields)', () => {
    expect(idempotencyHash({ ...base, title: '  Lönen saknas ', agencyId: '' })).toBe(idempotencyHash(base));
    expect(idempotencyHash(base)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('differs when any field that shapes the ticket differs', () => {
    const h = idempotencyHash(base);
    expect(idempotencyHash({ ...base, title: 'Annan titel' })).not.toBe(h);
    expect(idempotencyHash({ ...base, urgency: Urgency.LOW })).not.toBe(h);
    expect(idempotencyHash({ ...base, requesterId: toGlobalId('User', 8) })).not.toBe(h);
    expect(idempotencyHash({ ...base, serviceId: undefined, serviceAreaId: toGlobalId('ServiceArea', 3) })).not.toBe(h);
  });
});
