/**
 * The timeline's three lanes and the rule that puts an event in one.
 *
 * - "US triangle": every event of category `us-policy` (what Washington did), whatever its date.
 * - "Sino-Soviet": every other event from the revolution era on, up to the end of the USSR
 *   (dated before 1992): Moscow–Beijing under Soviet power, and the background events of those years.
 * - "Sino-Russian": every other event — the imperial era (before 1917) and everything from 1992 on.
 */
export type LaneId = 'sino-russian' | 'sino-soviet' | 'us-triangle';

export const LANE_ORDER: LaneId[] = ['sino-russian', 'sino-soviet', 'us-triangle'];

export const LANE_LABELS: Record<LaneId, string> = {
  'sino-russian': 'Sino-Russian',
  'sino-soviet': 'Sino-Soviet',
  'us-triangle': 'US triangle',
};

export interface LaneInput {
  date: string;
  category: string;
  era: string;
}

export function laneOf(event: LaneInput): LaneId {
  if (event.category === 'us-policy') return 'us-triangle';
  if (event.era === 'imperial' || event.date >= '1992') return 'sino-russian';
  return 'sino-soviet';
}
