import { compoundParts, splitCompound } from './compounds';
import { buildGroups, questionLanguage } from './query-groups';

describe('splitCompound (dictionary-sv)', () => {
  it('splits Swedish compounds on the dictionary\'s compound flags, joining forms back into words', () => {
    expect(splitCompound('konferensutlägget')).toEqual(['konferens', 'utlägget']);
    expect(splitCompound('e-handelssystemet')).toEqual(['e-handel', 'systemet']);
    expect(splitCompound('konsultarvode')).toEqual(['konsult', 'arvode']);
    expect(splitCompound('leverantörsfakturor')).toEqual(['leverantör', 'fakturor']);
  });
  it('leaves simple words and short words alone', () => {
    expect(splitCompound('utlägg')).toEqual([]);
    expect(splitCompound('semester')).toEqual([]);
    expect(compoundParts('Utlägg för konferens')).toBe('');
  });
});

describe('buildGroups', () => {
  const lex = new Map([
    ['sjukskrivning', { SV: ['sjukskrivning'], EN: ['sjukskrivn'] }],
    ['sjuk', { SV: ['sjuk'], EN: ['sjuk'] }],
    ['skrivning', { SV: ['skrivning'], EN: ['skrivn'] }],
    ['the', { SV: ['the'], EN: [] }],
    ['i', { SV: [], EN: ['i'] }],
  ]);
  it('a compound gives a group per part, each with the whole word and its synonyms as alternatives', () => {
    const groups = buildGroups(['sjukskrivning'], lex, new Map([['SV', [{ terms: ['sjukskrivning', 'sjukfrånvaro'], keys: ['sjukskrivning', 'sjukfrånvaro'] }]]]), new Map());
    const sv = groups.filter((g) => g.lang === 'SV').map((g) => g.tq);
    expect(sv).toEqual(["('sjuk') | ('sjukfrånvaro') | ('sjukskrivning')", "('sjukfrånvaro') | ('sjukskrivning') | ('skrivning')"]);
  });
  it('tells the question\'s language by its stop words', () => {
    expect(questionLanguage(['the', 'sjuk'], lex)).toBe('EN');
    expect(questionLanguage(['i', 'sjuk'], lex)).toBe('SV');
  });
});
