import { describe, expect, it } from 'vitest';
import { blockingTime } from './blocking-time.ts';

describe('blockingTime', () => {
  it('sums what each long task spends beyond 50 ms', () => {
    const tasks = [
      { startTime: 100, duration: 120 }, // 70
      { startTime: 400, duration: 51 }, // 1
    ];
    expect(blockingTime(tasks, 0)).toBe(71);
  });

  it('counts nothing for tasks of 50 ms or less', () => {
    expect(blockingTime([{ startTime: 10, duration: 50 }], 0)).toBe(0);
  });

  it('ignores tasks that end before the window opens', () => {
    expect(blockingTime([{ startTime: 0, duration: 200 }], 300)).toBe(0);
  });

  it('counts only the part of a task after the window opens', () => {
    // 200 ms task, first paint 120 ms into it: 80 ms left, 30 of them blocking.
    expect(blockingTime([{ startTime: 0, duration: 200 }], 120)).toBe(30);
  });

  it('counts only the part of a task before the window closes', () => {
    expect(blockingTime([{ startTime: 1000, duration: 300 }], 0, 1100)).toBe(50);
  });
});
