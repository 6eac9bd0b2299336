import { splitTitle } from './ticket-split-title';

describe('splitTitle', () => {
  it('takes the first non-empty line', () => {
    expect(splitTitle('\n  Lönebesked saknas för mars \nMer text', 'Källa', 200)).toBe('Lönebesked saknas för mars');
  });

  it('cuts a long line at a word, with an ellipsis, within the limit', () => {
    const title = splitTitle('Reseräkningen för resan till Kiruna har inte betalats ut', 'Källa', 30);
    expect(title).toBe('Reseräkningen för resan till…');
    expect(title.length).toBeLessThanOrEqual(30);
  });

  it('cuts a long word where it must', () => {
    expect(splitTitle('x'.repeat(50), 'Källa', 10)).toBe(`${'x'.repeat(9)}…`);
  });

  it("falls back to the source's title when the line is too short to be one", () => {
    expect(splitTitle('ok', 'Fel på fakturan', 200)).toBe('Fel på fakturan');
  });
});
