import { CENTRE_ZONE_SQL, pgArray } from './sql';

describe('pgArray', () => {
  it('writes numbers and enum names as they are', () => {
    expect(pgArray([1, 22, 333])).toBe('{1,22,333}');
    expect(pgArray(['NEW', 'IN_PROGRESS'])).toBe('{NEW,IN_PROGRESS}');
    expect(pgArray([])).toBe('{}');
  });

  it('quotes any other text, escaping quotes and backslashes', () => {
    expect(pgArray(['a b', 'x,y', 'q"t', 'b\\s', '', 'null', '{}'])).toBe('{"a b","x,y","q\\"t","b\\\\s","","null","{}"}');
  });

  it('refuses numbers PostgreSQL cannot read back', () => {
    expect(() => pgArray([Number.NaN])).toThrow('not a finite number: NaN');
    expect(() => pgArray([Infinity])).toThrow('not a finite number: Infinity');
  });

  it('writes the centre zone as one SQL literal', () => {
    expect(CENTRE_ZONE_SQL).toBe("'Europe/Stockholm'");
  });
});
