import { automaticKind, caseNumbersIn, languageOf, messageIdsIn, vendorReferenceIn, withoutQuotedHistory } from './inbound-rules';
import { redirectContent } from './inbound-redirect';
import { areaCodeFor } from './inbound-thread';

const headers = (h: Record<string, string>) => {
  const map = new Map(Object.entries(h).map(([k, v]) => [k.toLowerCase(), v]));
  return { get: (n: string) => map.get(n), has: (n: string) => map.has(n) };
};

describe('automaticKind', () => {
  it('knows bounces, auto-replies and lists, and lets people through', () => {
    expect(automaticKind(headers({}), 'multipart/report; report-type=delivery-status', 'x@example.org', 'x@example.org')).toBe('BOUNCE');
    expect(automaticKind(headers({}), 'text/plain', null, 'x@example.org')).toBe('BOUNCE');
    expect(automaticKind(headers({}), 'text/plain', 'MAILER-DAEMON@mx.example.org', 'x@example.org')).toBe('BOUNCE');
    expect(automaticKind(headers({}), 'text/plain', 'a@example.org', 'postmaster@example.org')).toBe('BOUNCE');
    expect(automaticKind(headers({ 'return-path': '<>' }), 'text/plain', 'a@example.org', 'a@example.org')).toBe('BOUNCE');
    expect(automaticKind(headers({ 'auto-submitted': 'auto-replied' }), 'text/plain', 'a@example.org', 'a@example.org')).toBe('AUTO_REPLY');
    expect(automaticKind(headers({ 'x-autoreply': 'yes' }), 'text/plain', 'a@example.org', 'a@example.org')).toBe('AUTO_REPLY');
    expect(automaticKind(headers({ precedence: 'bulk' }), 'text/plain', 'a@example.org', 'a@example.org')).toBe('LIST');
    expect(automaticKind(headers({ 'list-id': '<nyheter.example.org>' }), 'text/plain', 'a@example.org', 'a@example.org')).toBe('LIST');
    expect(automaticKind(headers({ 'auto-submitted': 'no' }), 'text/plain', 'a@example.org', 'a@example.org')).toBeNull();
  });
});

describe('caseNumbersIn and messageIdsIn', () => {
  it('finds tagged and bare case numbers once each', () => {
    expect(caseNumbersIn('SV: Lön [SSC-2026-000123]')).toEqual(['SSC-2026-000123']);
    expect(caseNumbersIn('SV: ssc-2026-000124 och SSC-2026-000124, SSC-2026-000007')).toEqual(['SSC-2026-000124', 'SSC-2026-000007']);
    expect(caseNumbersIn('SSC-2026-12345')).toEqual([]);
  });
  it('reads Message-IDs with or without brackets', () => {
    expect(messageIdsIn('<a@x> <b@y>')).toEqual(['a@x', 'b@y']);
    expect(messageIdsIn(['<a@x>', '<a@x>'])).toEqual(['a@x']);
    expect(messageIdsIn('c@z')).toEqual(['c@z']);
    expect(messageIdsIn(undefined)).toEqual([]);
  });
});

describe('vendorReferenceIn', () => {
  it('finds the vendor\'s own reference in the subject or the first lines, never ours', () => {
    expect(vendorReferenceIn('SV: Fel i lönekörning [SSC-2026-000123] Ärendenr: ABC-123', '')).toBe('ABC-123');
    expect(vendorReferenceIn('Re: [SSC-2026-000123]', 'Hej,\nRef: INC0042.\nVi har rättat felet.')).toBe('INC0042');
    expect(vendorReferenceIn('Case #98765 updated', null)).toBe('98765');
    expect(vendorReferenceIn('SV: [SSC-2026-000123]', 'Vi tittar på det.')).toBeNull();
    expect(vendorReferenceIn('Referens till ärendet', 'Ingen referens här.')).toBeNull();
  });
});

describe('withoutQuotedHistory', () => {
  it('cuts at the client\'s quote line and keeps the text when nothing would be left', () => {
    expect(withoutQuotedHistory('Tack, nu fungerar det.\n\nDen 3 mars 2026 kl. 10:00 skrev Servicedesk <sd@ssc.example>:\n> Vi har rättat.')).toBe('Tack, nu fungerar det.');
    expect(withoutQuotedHistory('Thanks!\r\nOn Mon, 2 Mar 2026 at 10:00, Desk <sd@ssc.example> wrote:\r\n> Fixed.')).toBe('Thanks!');
    expect(withoutQuotedHistory('Svar nedan\n> citat\n> mer')).toBe('Svar nedan');
    expect(withoutQuotedHistory('-----Original Message-----\nFrom: x')).toBe('-----Original Message-----\nFrom: x');
  });
});

describe('languageOf', () => {
  it('is English only when the mail says so', () => {
    expect(languageOf('en-GB')).toBe('en');
    expect(languageOf('sv')).toBe('sv');
    expect(languageOf(undefined)).toBe('sv');
  });
});

describe('areaCodeFor and redirectContent', () => {
  it('routes by the recipient mailbox, Swedish or English, else to none', () => {
    expect(areaCodeFor(['servicedesk@ssc.example', 'Ekonomi@ssc.example'])).toBe('FINANCE');
    expect(areaCodeFor(['lon@ssc.example'])).toBe('PAYROLL');
    expect(areaCodeFor(['servicedesk@ssc.example'])).toBeNull();
  });
  it("uses the agency's text where it has one and the defaults elsewhere", () => {
    const sv = redirectContent({ redirectTextSv: 'Ring oss.', phone: '08-1' }, 'sv', 'Karin', 'Lön');
    expect(sv.subject).toBe('Kontakta servicedesken via kundwebben eller telefon (Lön)');
    expect(sv.text).toContain('Hej Karin!\n\nRing oss.\n\nKundwebben: https://kundwebb.ssc.example\nTelefon: 08-1\n');
    const en = redirectContent(null, 'en', '<Karin>', '');
    expect(en.subject).toBe('Contact the service desk on the customer web or by phone');
    expect(en.html).toContain('Hello &lt;Karin&gt;,');
  });
});
