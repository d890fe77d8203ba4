/**
 * The timeline's three lanes and the rule that puts an event in one. The lanes
 * and the rule are code; their order and labels are content
 * (`content/timeline/chart.yaml`), whose schema checks that it lists exactly
 * these lanes and defines the category and the era the rule names.
 *
 * - "us-triangle": every event of category `us-policy` (what Washington did), whatever its date.
 * - "sino-soviet": every other event from the revolution era on, up to the end of the USSR
 *   (dated before 1992): Moscow–Beijing under Soviet power, and the background events of those years.
 * - "sino-russian": every other event — the imperial era (before 1917) and everything from 1992 on.
 */
export const LANE_IDS = ['sino-russian', 'sino-soviet', 'us-triangle'] as const;
export type LaneId = (typeof LANE_IDS)[number];

/** The category the rule sends to the US triangle. */
export const US_POLICY_CATEGORY = 'us-policy';
/** The era the rule keeps in the Sino-Russian lane, whatever its events' dates. */
export const IMPERIAL_ERA = 'imperial';

export interface LaneInput {
  date: string;
  category: string;
  era: string;
}

export function laneOf(event: LaneInput): LaneId {
  if (event.category === US_POLICY_CATEGORY) return 'us-triangle';
  if (event.era === IMPERIAL_ERA || event.date >= '1992') return 'sino-russian';
  return 'sino-soviet';
}
