/**
 * The project's timeline events in the shapes two peer libraries read, for the
 * side-by-side benchmark: TimelineJS 3 (https://timeline.knightlab.com/docs/json-format.html)
 * and vis-timeline (https://visjs.github.io/vis-timeline/docs/timeline/#items).
 * Both get the same lanes as the project's chart (src/charts/lanes.ts) as groups,
 * each event's title as its label and its summary as its text or tooltip.
 */
import { escapeXml } from '../../src/charts/escape.ts';
import { laneOf, type LaneId } from '../../src/charts/lanes.ts';

/** The chart's lanes, top to bottom, as content/timeline/chart.yaml gives them. */
export type PeerLanes = ReadonlyArray<{ id: LaneId; label: string }>;
const labelOf = (lanes: PeerLanes, id: LaneId) => lanes.find((lane) => lane.id === id)?.label ?? id;
import { dateEnd, dateStart } from '../../src/charts/partial-date.ts';

/** What the peers draw of an event (a subset of content/timeline's schema). */
export interface PeerEvent {
  id: string;
  /** "YYYY", "YYYY-MM" or "YYYY-MM-DD". */
  date: string;
  end?: string;
  title: string;
  summary: string;
  category: string;
  era: string;
}

/** A TimelineJS date: only the parts the partial date has. */
export interface TimelineJsDate {
  year: number;
  month?: number;
  day?: number;
}

export function timelineJsDate(value: string): TimelineJsDate {
  const [year, month, day] = value.split('-').map(Number);
  return { year: year!, ...(month ? { month } : {}), ...(day ? { day } : {}) };
}

/** TimelineJS's JSON: one slide per event, at the precision of its date; no title slide. */
export function timelineJsData(events: readonly PeerEvent[], lanes: PeerLanes) {
  return {
    events: events.map((event) => ({
      unique_id: event.id,
      start_date: timelineJsDate(event.date),
      ...(event.end && event.end !== event.date ? { end_date: timelineJsDate(event.end) } : {}),
      text: { headline: escapeXml(event.title), text: `<p>${escapeXml(event.summary)}</p>` },
      group: labelOf(lanes, laneOf(event)),
    })),
  };
}

/** vis-timeline's groups (the lanes) and items: a box per dated event, a range per event with an end. */
export function visData(events: readonly PeerEvent[], lanes: PeerLanes) {
  return {
    groups: lanes.map(({ id, label }, order) => ({ id, content: label, order })),
    items: events.map((event) => {
      const ranged = event.end !== undefined && event.end !== event.date;
      return {
        id: event.id,
        group: laneOf(event),
        content: escapeXml(event.title),
        title: escapeXml(event.summary),
        start: dateStart(event.date).toISOString(),
        ...(ranged ? { end: dateEnd(event.end!).toISOString(), type: 'range' } : { type: 'box' }),
      };
    }),
  };
}
