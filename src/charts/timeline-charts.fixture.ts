/**
 * A small fixed timeline for the chart tests: every lane, a range, an era outside its canonical span, a crowded
 * cluster. The chart configuration is fixed here too (the values content/timeline/chart.yaml had when the SVG
 * snapshots were taken), so the tests do not change when the content does.
 */
import type { ChartConfig, ChartEvent } from './timeline-layout.ts';

export const FIXTURE_CHART: ChartConfig = {
  eras: [
    { id: 'imperial', label: 'Imperial', from: '1689', to: '1917' },
    { id: 'revolution', label: 'Revolution and war', from: '1917', to: '1949-10' },
    { id: 'alliance', label: 'Alliance', from: '1949-10', to: '1958' },
    { id: 'split', label: 'Split', from: '1958', to: '1982' },
    { id: 'normalisation', label: 'Normalisation', from: '1982', to: '1996' },
    { id: 'partnership', label: 'Partnership', from: '1996', to: '2022' },
    { id: 'ukraine-war', label: 'Ukraine war', from: '2022' },
  ],
  lanes: [
    { id: 'sino-russian', label: 'Sino-Russian' },
    { id: 'sino-soviet', label: 'Sino-Soviet' },
    { id: 'us-triangle', label: 'US triangle' },
  ],
  scale: [
    { from: 1680, to: 1917, share: 0.135 },
    { from: 1917, to: 1945, share: 0.135 },
    { from: 1945, to: 2026, share: 0.73 },
  ],
};

export const FIXTURE_EVENTS: ChartEvent[] = [
  {
    id: 'nerchinsk',
    date: '1689-09-06',
    title: 'Treaty of Nerchinsk',
    category: 'treaty',
    era: 'imperial',
    essays: ['campbell-2025'],
  },
  {
    id: 'karakhan',
    date: '1919-07-25',
    title: 'Karakhan Manifesto',
    category: 'diplomacy',
    era: 'revolution',
    essays: [],
  },
  {
    id: 'korean-war',
    date: '1950-06-25',
    end: '1953-07-27',
    title: 'Korean War',
    category: 'conflict',
    era: 'alliance',
    essays: [],
  },
  {
    id: 'treaty-1950',
    date: '1950-02-14',
    title: 'Sino-Soviet Treaty of Friendship, Alliance & <Mutual> Assistance',
    category: 'treaty',
    era: 'alliance',
    essays: ['kupchan-2021', 'campbell-2025'],
  },
  {
    id: 'death-of-stalin',
    date: '1953-03-05',
    title: 'Death of Stalin',
    category: 'domestic',
    era: 'alliance',
    essays: [],
  },
  {
    id: 'nixon',
    date: '1972-02-21',
    end: '1972-02-28',
    title: "Nixon's visit to China",
    category: 'us-policy',
    era: 'split',
    essays: ['taffer-2025'],
  },
  {
    id: 'treaty-2001',
    date: '2001-07-16',
    title: 'Treaty of Good-Neighbourliness',
    category: 'treaty',
    era: 'partnership',
    essays: ['campbell-2025'],
  },
  {
    id: 'no-limits',
    date: '2022-02-04',
    title: '"No limits" joint statement',
    category: 'summit',
    era: 'ukraine-war',
    essays: ['taffer-2025'],
  },
  {
    id: 'oval-office',
    date: '2025-02-28',
    title: 'Trump–Zelensky Oval Office meeting',
    category: 'diplomacy',
    era: 'ukraine-war',
    essays: [],
  },
];
