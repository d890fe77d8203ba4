import { describe, expect, it } from 'vitest';
import { failingAudits, lighthousePages, type LighthouseResult } from './lighthouse-report.ts';

describe('lighthousePages', () => {
  it('picks one page of each kind: the first essay and topic in sorted order, search with a query', () => {
    const paths = [
      '/',
      '/compare/',
      '/compare/ukraine/',
      '/compare/arctic/',
      '/essays/b/',
      '/essays/a/',
      '/timeline/',
      '/method/',
      '/data/',
      '/search/',
      '/analyse/',
    ];
    expect(lighthousePages(paths)).toEqual([
      '/',
      '/essays/a/',
      '/compare/',
      '/compare/arctic/',
      '/timeline/',
      '/method/',
      '/data/',
      '/search/?q=treaty',
      '/analyse/',
    ]);
  });
  it('leaves out kinds the build does not have', () => {
    expect(lighthousePages(['/', '/method/'])).toEqual(['/', '/method/']);
  });
});

describe('failingAudits', () => {
  it('lists the audits that lost points, heaviest first, skipping informative ones', () => {
    const lhr: LighthouseResult = {
      categories: {
        performance: {
          score: 0.9,
          auditRefs: [
            { id: 'fcp', weight: 10 },
            { id: 'tbt', weight: 30 },
            { id: 'info', weight: 0 },
            { id: 'ok', weight: 25 },
          ],
        },
      },
      audits: {
        fcp: {
          id: 'fcp',
          title: 'First Contentful Paint',
          score: 0.8,
          scoreDisplayMode: 'numeric',
          displayValue: '2.5 s',
        },
        tbt: {
          id: 'tbt',
          title: 'Total Blocking Time',
          score: 0.7,
          scoreDisplayMode: 'numeric',
          displayValue: '390 ms',
        },
        info: { id: 'info', title: 'Info', score: 0, scoreDisplayMode: 'informative' },
        ok: { id: 'ok', title: 'LCP', score: 1, scoreDisplayMode: 'numeric' },
      },
    };
    expect(failingAudits(lhr, 'performance')).toEqual([
      'tbt (weight 30, score 0.7): Total Blocking Time — 390 ms',
      'fcp (weight 10, score 0.8): First Contentful Paint — 2.5 s',
    ]);
  });
});
