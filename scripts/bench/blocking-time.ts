/**
 * Blocking time, as Lighthouse sums it for Total Blocking Time
 * (https://github.com/GoogleChrome/lighthouse/blob/main/core/computed/metrics/tbt-utils.js):
 * each long task is clipped to the window [from, to]; what is left beyond 50 ms
 * blocks input. A task that straddles `from` counts only for its part after it.
 */

/** A task as the Long Tasks API reports it (ms on the page's clock). */
export interface TaskSpan {
  startTime: number;
  duration: number;
}

/** Tasks shorter than this do not block (https://w3c.github.io/longtasks/). */
export const BLOCKING_THRESHOLD = 50;

/** Sum over `tasks` of (the part of the task inside [from, to]) − 50 ms, where that part exceeds 50 ms. */
export function blockingTime(tasks: readonly TaskSpan[], from: number, to = Infinity): number {
  let sum = 0;
  for (const task of tasks) {
    const start = Math.max(task.startTime, from);
    const end = Math.min(task.startTime + task.duration, to);
    if (end - start > BLOCKING_THRESHOLD) sum += end - start - BLOCKING_THRESHOLD;
  }
  return sum;
}
