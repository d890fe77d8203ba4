/** A small fixed timeline for the chart tests: every lane, a range, an era outside its canonical span, a crowded cluster. */
import type { ChartEvent } from './timeline-layout.ts';

export const FIXTURE_EVENTS: ChartEvent[] = [
  { id: 'nerchinsk', date: '1689-09-06', title: 'Treaty of Nerchinsk', category: 'treaty', era: 'imperial', essays: ['campbell-2025'] },
  { id: 'karakhan', date: '1919-07-25', title: 'Karakhan Manifesto', category: 'diplomacy', era: 'revolution', essays: [] },
  { id: 'korean-war', date: '1950-06-25', end: '1953-07-27', title: 'Korean War', category: 'conflict', era: 'alliance', essays: [] },
  { id: 'treaty-1950', date: '1950-02-14', title: 'Sino-Soviet Treaty of Friendship, Alliance & <Mutual> Assistance', category: 'treaty', era: 'alliance', essays: ['kupchan-2021', 'campbell-2025'] },
  { id: 'death-of-stalin', date: '1953-03-05', title: 'Death of Stalin', category: 'domestic', era: 'alliance', essays: [] },
  { id: 'nixon', date: '1972-02-21', end: '1972-02-28', title: "Nixon's visit to China", category: 'us-policy', era: 'split', essays: ['taffer-2025'] },
  { id: 'treaty-2001', date: '2001-07-16', title: 'Treaty of Good-Neighbourliness', category: 'treaty', era: 'partnership', essays: ['campbell-2025'] },
  { id: 'no-limits', date: '2022-02-04', title: '"No limits" joint statement', category: 'summit', era: 'ukraine-war', essays: ['taffer-2025'] },
  { id: 'oval-office', date: '2025-02-28', title: 'Trump–Zelensky Oval Office meeting', category: 'diplomacy', era: 'ukraine-war', essays: [] },
];
