import { describe, expect, it } from 'vitest';
import { maximum, median, percentile } from './stats.ts';

describe('median', () => {
  it('takes the middle value of an odd count, whatever the order', () => {
    expect(median([9, 1, 5, 3, 7])).toBe(5);
  });

  it('takes the mean of the two middle values of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('leaves its input as it was', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });

  it('is NaN for no values', () => {
    expect(median([])).toBeNaN();
  });
});

describe('percentile', () => {
  const frames = Array.from({ length: 20 }, (_, i) => i + 1); // 1…20

  it('gives the nearest-rank value', () => {
    expect(percentile(frames, 0.95)).toBe(19);
    expect(percentile(frames, 0.5)).toBe(10);
  });

  it('gives the extremes at 0 and 1', () => {
    expect(percentile(frames, 0)).toBe(1);
    expect(percentile(frames, 1)).toBe(20);
  });

  it('is NaN for no values', () => {
    expect(percentile([], 0.95)).toBeNaN();
  });
});

describe('maximum', () => {
  it('gives the largest value, or NaN for none', () => {
    expect(maximum([2, 8, 5])).toBe(8);
    expect(maximum([])).toBeNaN();
  });
});
