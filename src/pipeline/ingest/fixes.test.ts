import { describe, it, expect } from 'vitest';
import { applyFixes, FixError, parseFixes } from './fixes.ts';

describe('applyFixes', () => {
  it('applies each fix once and records it', () => {
    const fixes = [{ from: 'italoneon', to: 'it alone on', reason: 'OCR' }];
    expect(applyFixes('China goes italoneon the stage.', fixes)).toEqual({
      text: 'China goes it alone on the stage.',
      applied: fixes,
    });
  });

  it('treats `to` literally, even with $ signs', () => {
    expect(applyFixes('cost X', [{ from: 'X', to: '$1', reason: 'r' }]).text).toBe('cost $1');
  });

  it('fails loudly when `from` is missing or ambiguous', () => {
    expect(() =>
      applyFixes('nothing here', [{ from: 'absent', to: 'x', reason: 'r' }]),
    ).toThrowErrorMatchingInlineSnapshot(
      `[FixError: fix 1 ("absent" → "x"): expected "absent" exactly once in the body, found it nowhere]`,
    );
    expect(() => applyFixes('at at at', [{ from: 'at', to: 'x', reason: 'r' }])).toThrow(FixError);
    expect(() => applyFixes('at at at', [{ from: 'at', to: 'x', reason: 'r' }])).toThrow(/found it 3 times/);
  });
});

describe('parseFixes', () => {
  it('reads a YAML list of {from, to, reason}; an empty file is no fixes', () => {
    expect(parseFixes('- from: a\n  to: b\n  reason: c\n')).toEqual([{ from: 'a', to: 'b', reason: 'c' }]);
    expect(parseFixes('')).toEqual([]);
  });

  it('says what is wrong with a bad sidecar', () => {
    expect(() => parseFixes('- from: a\n  to: b\n')).toThrow(
      /expected a YAML list of \{from, to, reason\} at 0\.reason/,
    );
  });
});
