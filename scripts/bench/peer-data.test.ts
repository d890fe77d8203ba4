import { describe, expect, it } from 'vitest';
import { timelineJsData, timelineJsDate, visData, type PeerEvent, type PeerLanes } from './peer-data.ts';

const lanes: PeerLanes = [
  { id: 'sino-russian', label: 'Sino-Russian' },
  { id: 'sino-soviet', label: 'Sino-Soviet' },
  { id: 'us-triangle', label: 'US triangle' },
];

const nerchinsk: PeerEvent = {
  id: 'treaty-of-nerchinsk',
  date: '1689-09-06',
  title: 'Treaty of Nerchinsk',
  summary: 'Russia & Qing China sign their first treaty.',
  category: 'treaty',
  era: 'imperial',
};
const korea: PeerEvent = {
  id: 'korean-war',
  date: '1950-06',
  end: '1953-07',
  title: 'Korean War <1950–53>',
  summary: 'China and the USSR back the North.',
  category: 'conflict',
  era: 'alliance',
};
const opening: PeerEvent = {
  id: 'nixon-in-china',
  date: '1972',
  end: '1972',
  title: "Nixon's visit",
  summary: 'Washington opens to Beijing.',
  category: 'us-policy',
  era: 'split',
};

describe('timelineJsDate', () => {
  it('keeps only the parts a partial date has', () => {
    expect(timelineJsDate('1689-09-06')).toEqual({ year: 1689, month: 9, day: 6 });
    expect(timelineJsDate('1950-06')).toEqual({ year: 1950, month: 6 });
    expect(timelineJsDate('1972')).toEqual({ year: 1972 });
  });
});

describe('timelineJsData', () => {
  it('makes one slide per event with its lane as group and escaped text', () => {
    expect(timelineJsData([nerchinsk, korea], lanes).events).toEqual([
      {
        unique_id: 'treaty-of-nerchinsk',
        start_date: { year: 1689, month: 9, day: 6 },
        text: { headline: 'Treaty of Nerchinsk', text: '<p>Russia &amp; Qing China sign their first treaty.</p>' },
        group: 'Sino-Russian',
      },
      {
        unique_id: 'korean-war',
        start_date: { year: 1950, month: 6 },
        end_date: { year: 1953, month: 7 },
        text: { headline: 'Korean War &lt;1950–53&gt;', text: '<p>China and the USSR back the North.</p>' },
        group: 'Sino-Soviet',
      },
    ]);
  });

  it('drops an end equal to the start', () => {
    expect(timelineJsData([opening], lanes).events[0]).not.toHaveProperty('end_date');
  });
});

describe('visData', () => {
  it('has the three lanes as groups, in the chart order', () => {
    expect(visData([], lanes).groups.map((g) => g.content)).toEqual(['Sino-Russian', 'Sino-Soviet', 'US triangle']);
  });

  it('draws a dated event as a box at the start of its date', () => {
    expect(visData([nerchinsk], lanes).items[0]).toEqual({
      id: 'treaty-of-nerchinsk',
      group: 'sino-russian',
      content: 'Treaty of Nerchinsk',
      title: 'Russia &amp; Qing China sign their first treaty.',
      start: '1689-09-06T00:00:00.000Z',
      type: 'box',
    });
  });

  it('draws an event with an end as a range to the end of its last period', () => {
    expect(visData([korea], lanes).items[0]).toMatchObject({
      start: '1950-06-01T00:00:00.000Z',
      end: '1953-08-01T00:00:00.000Z',
      type: 'range',
      content: 'Korean War &lt;1950–53&gt;',
    });
    expect(visData([opening], lanes).items[0]).toMatchObject({ group: 'us-triangle', type: 'box' });
  });
});
