import { anonymiseHistoryEntry, anonymiseTicket, monthsBefore, retentionVerdict } from './retention-rules';

const now = new Date('2026-12-01T10:00:00Z');
const closed = (iso: string) => ({ status: 'CLOSED', closedAt: new Date(iso), legalHold: false, anonymisedAt: null });

describe('retentionVerdict', () => {
  it('is DUE only for a closed case past the period, not on hold, not anonymised', () => {
    expect(retentionVerdict(closed('2024-11-30T10:00:00Z'), 24, now)).toBe('DUE');
    expect(retentionVerdict(closed('2024-12-01T10:00:00Z'), 24, now)).toBe('NOT_YET');
    expect(retentionVerdict(closed('2025-06-01T00:00:00Z'), 24, now)).toBe('NOT_YET');
    expect(retentionVerdict({ ...closed('2020-01-01T00:00:00Z'), legalHold: true }, 24, now)).toBe('ON_HOLD');
    expect(retentionVerdict({ ...closed('2020-01-01T00:00:00Z'), anonymisedAt: now }, 24, now)).toBe('ALREADY_ANONYMISED');
    expect(retentionVerdict(closed('2020-01-01T00:00:00Z'), null, now)).toBe('NO_AGREEMENT');
    expect(retentionVerdict({ status: 'RESOLVED', closedAt: null, legalHold: false, anonymisedAt: null }, 1, now)).toBe('OPEN');
  });

  it('counts calendar months, clamping the end of a month', () => {
    expect(monthsBefore(new Date('2026-03-31T08:00:00Z'), 1).toISOString()).toBe('2026-02-28T08:00:00.000Z');
    expect(monthsBefore(new Date('2026-12-01T10:00:00Z'), 36).toISOString()).toBe('2023-12-01T10:00:00.000Z');
  });
});

describe('anonymiseTicket', () => {
  it('blanks every free-text field and leaves a null null', () => {
    expect(anonymiseTicket({ title: 'Anna Svensson 850101-1234', description: 'ring 070-123 45 67', resolution: null, confidentialReason: 'skyddad adress' })).toEqual({
      title: '[anonymiserad]',
      description: '[anonymiserad]',
      resolution: null,
      confidentialReason: '[anonymiserad]',
    });
  });

  it('blanks a history note always, the values only of free-text fields', () => {
    expect(anonymiseHistoryEntry({ field: 'title', fromValue: 'Anna', toValue: 'Anna S', note: null })).toEqual({ fromValue: '[anonymiserad]', toValue: '[anonymiserad]', note: null });
    expect(anonymiseHistoryEntry({ field: 'status', fromValue: 'NEW', toValue: 'CLOSED', note: '0701234567 ringde' })).toEqual({ fromValue: 'NEW', toValue: 'CLOSED', note: '[anonymiserad]' });
  });
});
