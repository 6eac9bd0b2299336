import { phoneDigits, toE164 } from './phone-number';

describe('toE164: one number however it is written', () => {
  it.each([
    ['+46701000001', '+46701000001'],
    ['+46 70 100 00 01', '+46701000001'],
    ['0046701000001', '+46701000001'],
    ['0046 70-100 00 01', '+46701000001'],
    ['070-100 00 01', '+46701000001'],
    ['070 100 00 01', '+46701000001'],
    ['(08) 123 456 78', '+46812345678'],
    ['+4930123456', '+4930123456'],
  ])('%j -> %s', (raw, e164) => expect(toE164(raw)).toBe(e164));

  it.each(['1000001', '0701234', '+46123', 'Anna', '', '+0123', '+4670123456789012345'])('%j is not a whole number', (raw) => expect(toE164(raw)).toBeUndefined());

  it('the search reads a number as the digits of the same E.164 form', () => {
    for (const w of ['070-100 00 01', '+46 70 100 00 01', '0046701000001']) expect(phoneDigits(w)).toBe(toE164(w)!.slice(1));
  });
});
