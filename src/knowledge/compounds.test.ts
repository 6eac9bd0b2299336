import { compoundParts, splitCompound } from './compounds';
import { buildGroups, PART_SHARE, questionLanguage, strictQuery, weighGroups } from './query-groups';

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
  it('a compound is one group (the word, all its parts, its synonyms) and a lighter group per part', () => {
    const groups = buildGroups(['sjukskrivning'], lex, new Map([['SV', [{ terms: ['sjukskrivning', 'sjukfrånvaro'], keys: ['sjukskrivning', 'sjukfrånvaro'] }]]]), new Map());
    const sv = groups.filter((g) => g.lang === 'SV').map((g) => [g.tq, g.share]);
    expect(sv).toEqual([
      ["('sjuk' & 'skrivning') | ('sjukfrånvaro') | ('sjukskrivning')", 1],
      ["('sjuk' & 'skrivning') | ('sjuk') | ('sjukfrånvaro') | ('sjukskrivning')", PART_SHARE / 2],
      ["('sjuk' & 'skrivning') | ('sjukfrånvaro') | ('sjukskrivning') | ('skrivning')", PART_SHARE / 2],
    ]);
  });
  it('the strict query leaves out the groups another implies (a compound\'s parts, also a part asked on its own), never an independent word', () => {
    const synonyms = new Map([['SV', [{ terms: ['sjukskrivning', 'sjukfrånvaro'], keys: ['sjukskrivning', 'sjukfrånvaro'] }]]]);
    const compound = buildGroups(['sjukskrivning'], lex, synonyms, new Map()).filter((g) => g.lang === 'SV');
    expect(compound).toHaveLength(3);
    expect(strictQuery(compound)).toBe("(('sjuk' & 'skrivning') | ('sjukfrånvaro') | ('sjukskrivning'))");
    const two = buildGroups(['sjuk', 'skrivning', 'sjukskrivning'], lex, new Map(), new Map()).filter((g) => g.lang === 'SV');
    // "sjuk" and "skrivning" imply neither each other nor the compound's group, which has neither alone.
    expect(strictQuery(two)).toBe("(('sjuk')) & (('skrivning')) & (('sjuk' & 'skrivning') | ('sjukskrivning'))");
    const same = [{ ord: 0, lang: 'SV' as const, tq: "('a') | ('b')", alts: [['a'], ['b']], share: 1 }, { ord: 1, lang: 'SV' as const, tq: "('b') | ('a')", alts: [['b'], ['a']], share: 1 }];
    expect(strictQuery(same)).toBe("(('a') | ('b'))");
    expect(strictQuery([])).toBeNull();
  });
  it('tells the question\'s language by its stop words', () => {
    expect(questionLanguage(['the', 'sjuk'], lex)).toBe('EN');
    expect(questionLanguage(['i', 'sjuk'], lex)).toBe('SV');
  });
});

describe('weighGroups', () => {
  const g = (ord: number, lexeme: string) => ({ ord, lang: 'SV' as const, tq: `('${lexeme}')`, alts: [[lexeme]], share: 1 });
  it('weighs the rare words more, makes the rarest a key and never a common one beyond it, and an unknown word nothing', () => {
    const df = new Map([['SV:', 1000], ['SV:kontoplan', 3], ['SV:fel', 600], ['SV:lön', 200]]);
    const [plan, fel, lon, hej] = weighGroups([g(0, 'kontoplan'), g(1, 'fel'), g(2, 'lön'), g(3, 'hej')], df, 'SV');
    expect(plan.idf).toBeCloseTo(Math.log(1 + 1000 / 5), 9);
    expect(plan.idf).toBeGreaterThan(lon.idf);
    expect(lon.idf).toBeGreaterThan(fel.idf);
    expect([plan.key, lon.key, fel.key, hej.key]).toEqual([true, true, false, false]);
    expect(hej.idf).toBe(0);
  });
  it('in the other language a word no article has weighs as the rarest would', () => {
    const df = new Map([['EN:', 50], ['EN:raindanc', 5]]);
    const groups = [{ ord: 0, lang: 'EN' as const, tq: "('kundfaktura')", alts: [['kundfaktura']], share: 1 }, { ord: 1, lang: 'EN' as const, tq: "('raindanc')", alts: [['raindanc']], share: 1 }];
    expect(weighGroups(groups, df, 'SV')[0].idf).toBeCloseTo(Math.log(51), 9);
    expect(weighGroups(groups, df, 'EN')[0].idf).toBe(0);
  });
});
