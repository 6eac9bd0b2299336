import { normaliseQuery } from './search-log';

describe('normaliseQuery', () => {
  it('counts the same question typed differently as one', () => {
    expect(normaliseQuery('  Sjukskrivning, OB-tillägg?? ')).toBe('sjukskrivning ob-tillägg');
    expect(normaliseQuery('sjukskrivning   ob-tillägg')).toBe('sjukskrivning ob-tillägg');
    expect(normaliseQuery('"Lön" -- mars 2027!')).toBe('lön mars 2027');
  });

  it('keeps letters of every language and drops what is punctuation only', () => {
    expect(normaliseQuery('Résumé ÅÄÖ')).toBe('résumé åäö');
    expect(normaliseQuery('?!.')).toBe('');
    expect(normaliseQuery('x'.repeat(600))).toHaveLength(500);
  });
});
