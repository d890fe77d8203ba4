import { describe, expect, it } from 'vitest';
import { eventLinker } from './link-events.ts';

const linker = eventLinker([
  { id: 'korean-war', mentions: ['korean war'] },
  { id: 'border-clashes-1969', mentions: ['1969', 'zhenbao'] },
  { id: 'treaty-2001', mentions: ['2001 treaty', 'treaty of good-neighborliness'] },
]);

describe('eventLinker', () => {
  it('links a sentence to the events it names, by phrase or year', () => {
    expect(linker.link('During the Korean War, the Soviets sent advisers.')).toEqual(['korean-war']);
    expect(linker.link('Fighting erupted in 1969.')).toEqual(['border-clashes-1969']);
    expect(linker.link('They signed the Treaty of Good-Neighborliness.')).toEqual(['treaty-2001']);
  });

  it('does not match inside other numbers or words', () => {
    expect(linker.link('In 19690 nothing happened; the koreanwar is not a word.')).toEqual([]);
  });
});
