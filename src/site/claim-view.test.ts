import { describe, expect, it } from 'vitest';
import { claim } from '../../tests/fixtures/compare/claims.ts';
import type { EventCheck } from '../pipeline/timeline/link-claims.ts';
import { claimViews } from './claim-view.ts';

const check: EventCheck = {
  claim: 'hawk--c1',
  essay: 'hawk',
  verdict: 'imprecise',
  note: 'It was 1969.',
  source: { title: 'A history', url: 'https://example.org/history' },
};
const lookups = {
  topicById: new Map([['sanctions', { label: 'Sanctions and trade' }]]),
  eventById: new Map([['split-1960', { title: 'The Sino-Soviet split' }]]),
  checksByClaim: new Map([['hawk--c1', [check]]]),
};

describe('claimViews', () => {
  const claims = [
    claim('hawk', 1, 'pressure', 'Sanctions split them in 1960.', ['sanctions', 'unknown-topic'], {
      events: ['split-1960', 'unknown-event'],
    }),
    claim('hawk', 2, 'none', 'Background.', []),
  ];
  const views = claimViews(claims, lookups);

  it('resolves each topic and event to its link and label, the id standing in for an unknown one', () => {
    expect(views.get('hawk--c1')).toEqual({
      claim: claims[0],
      topics: [
        { href: '/compare/sanctions/', label: 'Sanctions and trade' },
        { href: '/compare/unknown-topic/', label: 'unknown-topic' },
      ],
      events: [
        { href: '/timeline/#split-1960', label: 'The Sino-Soviet split' },
        { href: '/timeline/#unknown-event', label: 'unknown-event' },
      ],
      checks: [check],
    });
  });

  it('keys the views by claim id, in order, with empty lists where there is nothing', () => {
    expect([...views.keys()]).toEqual(['hawk--c1', 'hawk--c2']);
    expect(views.get('hawk--c2')).toMatchObject({ topics: [], events: [], checks: [] });
  });
});
