import { phoneDigits } from './user-search';

describe('phoneDigits', () => {
  it('reads a number in the usual writings as the digits of its E.164 form', () => {
    expect(phoneDigits('070-100 00 01')).toBe('46701000001');
    expect(phoneDigits('+46 70 100 00 01')).toBe('46701000001');
    expect(phoneDigits('0046701000001')).toBe('46701000001');
    expect(phoneDigits('100 00 01')).toBe('1000001');
  });
  it('is null for a name, an e-mail or too few digits', () => {
    expect(phoneDigits('Anna')).toBeNull();
    expect(phoneDigits('kund@skatteverket.example')).toBeNull();
    expect(phoneDigits('070')).toBeNull();
  });
});
