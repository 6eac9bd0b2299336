import { CENTRE_ZONE_SQL, enumArrayLiteral, enumLiteral, intLiteral, pgArray } from './sql';

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

  it('writes enum names and whole numbers into a text only when they are such', () => {
    expect([enumLiteral('NEW'), enumArrayLiteral(['NEW', 'IN_PROGRESS', 'P1']), enumArrayLiteral([]), intLiteral(51)]).toEqual(["'NEW'", "'{NEW,IN_PROGRESS,P1}'", "'{}'", '51']);
    for (const bad of ["NEW'", 'new', 'A B', '', "X' or '1'='1", 'NEW}', '1A']) expect(() => enumLiteral(bad)).toThrow('not an enum name');
    expect(() => enumArrayLiteral(['NEW', 'x,y'])).toThrow('not an enum name: "x,y"');
    for (const bad of [1.5, Number.NaN, Infinity, 2 ** 60]) expect(() => intLiteral(bad)).toThrow('not a whole number');
  });
});
