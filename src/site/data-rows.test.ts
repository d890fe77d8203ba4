import { describe, expect, it } from 'vitest';
import { csvCell } from './data-rows.ts';

describe('csvCell', () => {
  it('neutralises cells a spreadsheet would run as formulas', () => {
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    for (const start of ['+', '-', '@', '\t', '\r']) expect(csvCell(`${start}1`)).toBe(`"'${start}1"`);
  });

  it('leaves other cells as RFC 4180 has them', () => {
    expect(csvCell('plain text')).toBe('plain text');
    expect(csvCell('a, "b"')).toBe('"a, ""b"""');
    expect(csvCell(['x', 'y'])).toBe('x|y');
    expect(csvCell(null)).toBe('');
    expect(csvCell(0.5)).toBe('0.5');
  });
});
