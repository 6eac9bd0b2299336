import { ConfidentialityCode } from './confidentiality.enums';
import { groundOf, maskPersonalNumbers, MaskedPart, releasedRecord, type Mask, type RecordCase } from './public-record-masking';
import { CommentVisibility } from './ticket.enums';

const at = new Date('2026-12-01T09:15:00Z');
const base: RecordCase = {
  number: 'SSC-2026-000042',
  title: 'Fel lön i november',
  description: 'Gäller 19850101-0006 (Karin), ring 070-123 45 67.',
  resolution: null,
  requester: 'Karin Kund',
  confidentialCode: null,
  comments: [
    { at, author: 'Anna Servicedesk', visibility: CommentVisibility.PUBLIC, body: 'Vi tittar på det.', confidentialCode: null },
    { at, author: 'Anna Servicedesk', visibility: CommentVisibility.INTERNAL, body: 'Sjukskriven sedan mars.', confidentialCode: ConfidentialityCode.OSL_21_1 },
    { at, author: 'Lena Lönespecialist', visibility: CommentVisibility.INTERNAL, body: 'Rättat för 850101-0006.', confidentialCode: null },
  ],
  events: [
    { at, actor: 'Anna Servicedesk', kind: 'CREATED', field: null, from: null, to: 'SSC-2026-000042', note: 'PHONE' },
    { at, actor: 'Anna Servicedesk', kind: 'MARKED_CONFIDENTIAL', field: 'comment', from: null, to: '7', note: 'OSL 21 kap. 1 §: sjukskrivning', markCode: ConfidentialityCode.OSL_21_1 },
  ],
};

describe('the released version of a case', () => {
  it('masks a confidential comment and every personal identity number, releases internal notes, and lists each mask', () => {
    const r = releasedRecord(base);
    expect(r.title).toBe('Fel lön i november');
    expect(r.description).toBe('Gäller [Maskerat enligt OSL 21:7] (Karin), ring 070-123 45 67.');
    expect(r.comments.map((c) => c.body)).toEqual(['Vi tittar på det.', '[Maskerat enligt OSL 21:1]', 'Rättat för [Maskerat enligt OSL 21:7].']);
    expect(r.comments[2].meta).toBe('2026-12-01 10:15 · Lena Lönespecialist · intern anteckning');
    expect(r.history.map((h) => h.detail)).toEqual(['SSC-2026-000042 · PHONE', 'comment: 7 · [Maskerat enligt OSL 21:1]']);
    expect(r.masks).toEqual<Mask[]>([
      { part: MaskedPart.PERSONAL_IDENTITY_NUMBER, where: 'Beskrivning', ground: 'OSL 21:7' },
      { part: MaskedPart.COMMENT, where: 'Kommentar 2', ground: 'OSL 21:1' },
      { part: MaskedPart.PERSONAL_IDENTITY_NUMBER, where: 'Kommentar 3', ground: 'OSL 21:7' },
      { part: MaskedPart.HISTORY, where: 'Händelse 2', ground: 'OSL 21:1' },
    ]);
  });

  it("masks all of a confidential case's content on its ground, the requester included, and never prints a mark's text", () => {
    const r = releasedRecord({ ...base, confidentialCode: ConfidentialityCode.OSL_21_3, resolution: 'Ny adress registrerad' });
    const everything = JSON.stringify(r);
    for (const secret of ['Fel lön', 'Karin', 'Vi tittar', 'Sjukskriven', 'Rättat', 'sjukskrivning', 'adress registrerad']) expect(everything).not.toContain(secret);
    expect(r.masks.map((m) => `${m.where} ${m.ground}`)).toEqual([
      'Rubrik OSL 21:3',
      'Anmälare OSL 21:3',
      'Beskrivning OSL 21:3',
      'Lösning OSL 21:3',
      'Kommentar 1 OSL 21:3',
      'Kommentar 2 OSL 21:1',
      'Kommentar 3 OSL 21:3',
      'Händelse 1 OSL 21:3',
      'Händelse 2 OSL 21:1',
    ]);
  });
});

describe('personal identity numbers', () => {
  const found = (text: string) => {
    const masks: Mask[] = [];
    return [maskPersonalNumbers(text, 'x', masks), masks.length] as const;
  };
  it.each([
    ['198501010006', 1],
    ['850101-0006', 1],
    ['850101+0006', 1],
    ['8501010006', 1],
    ['samordningsnummer 850161-0003', 1],
  ])('masks %s', (text, n) => expect(found(text)[1]).toBe(n));
  it.each([
    ['SSC-2026-000123'],
    ['850101-0008'], // wrong check digit
    ['851301-0004'], // no 13th month
    ['0701234567'], // a phone number: the check digit fails
    ['12345678901234'],
  ])('leaves %s', (text) => expect(found(text)).toEqual([text, 0]));
  it('names each ground as the provision', () => {
    expect(groundOf(ConfidentialityCode.OSL_31_16)).toBe('OSL 31:16');
    expect(groundOf(ConfidentialityCode.OTHER)).toBe('OSL (annan bestämmelse)');
  });
});
