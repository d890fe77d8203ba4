import { describe, expect, it } from 'vitest';
import { CLAIM_CSV_COLUMNS, claimRowSchema } from '../pipeline/data-contract.ts';
import type { TimelineRow } from '../pipeline/timeline/link-claims.ts';
import {
  DATA_FILE_BODIES,
  claimRow,
  claimRowsJson,
  claimsCsv,
  csvCell,
  eventRow,
  type ClaimSource,
} from './data-rows.ts';
import type { Wedge } from './wedge-data.ts';

const source = (over: Partial<ClaimSource> = {}): ClaimSource => ({
  id: 'k-2021--a',
  essay: 'k-2021',
  section: null,
  paragraph: 2,
  index: 3,
  text: 'A claim.',
  stance: 'pressure',
  confidence: 0.75,
  cues: ['sanctions', 'pressure'],
  origin: 'auto',
  topics: ['sanctions-trade'],
  events: [],
  ...over,
});

/** A site's data in miniature: one essay, its claims, one topic, one event. */
const wedge = (claims: ClaimSource[]) =>
  ({
    essays: [
      {
        slug: 'k-2021',
        data: {
          title: 'T',
          author: 'A',
          venue: 'V',
          published: '2021-08-04',
          url: 'https://example.org/k',
          thesis: 'conciliation',
          summary: 'S.',
          fixes: [],
        },
        claims,
        blocks: [],
        words: 2,
      },
    ],
    claims,
    topics: [{ id: 'arctic', label: 'Arctic', description: 'D.', cues: ['arctic'] }],
    timeline: [],
  }) as unknown as Wedge;

describe('claimRow', () => {
  it('gives the contract’s fields in schema order, the URL made from the id, not the pipeline’s', () => {
    const row = claimRow({ ...source(), url: '/stale/', line: 7 } as ClaimSource);
    expect(Object.keys(row)).toEqual(CLAIM_CSV_COLUMNS);
    expect(row.url).toBe('/essays/k-2021/#k-2021--a');
  });

  it('adds auto and note, last, only where an editor changed the stance', () => {
    const row = claimRow(source({ origin: 'editor', auto: 'none', note: 'Why.' }));
    expect(Object.keys(row)).toEqual(Object.keys(claimRowSchema.shape));
    expect(row).toMatchObject({ auto: 'none', note: 'Why.' });
  });

  it('fails on a claim the contract rules out, so the build stops', () => {
    expect(() => claimRow(source({ confidence: 2 }))).toThrowErrorMatchingInlineSnapshot(`
      [Error: claims.json row k-2021--a breaks the data contract: ✖ Too big: expected number to be <=1
        → at confidence]
    `);
    expect(() => claimRow(source({ stance: 'hawkish' as ClaimSource['stance'] }))).toThrow(/stance/);
  });
});

describe('eventRow', () => {
  const event = {
    id: 'treaty-2001',
    date: '2001-07-16',
    title: 'T',
    summary: 'S.',
    category: 'treaty',
    era: 'partnership',
    sources: [{ title: 'S', url: 'https://example.org/s', note: 'not published' }],
    claims: [],
    checks: [],
  } as unknown as TimelineRow;

  it('keeps the contract’s fields only, and end only where the event has one', () => {
    expect(Object.keys(eventRow(event))).toEqual([
      ...['id', 'date', 'title', 'summary', 'category', 'era', 'sources', 'claims', 'checks'],
    ]);
    expect(eventRow(event).sources).toEqual([{ title: 'S', url: 'https://example.org/s' }]);
    expect(Object.keys(eventRow({ ...event, end: '2002' }))).toContain('end');
  });
});

describe('csvCell', () => {
  it('neutralises cells a spreadsheet would run as formulas', () => {
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    for (const start of ['+', '-', '@', '\t', '\r']) expect(csvCell(`${start}1`)).toBe(`"'${start}1"`);
  });

  it('leaves other cells as RFC 4180 has them', () => {
    expect(csvCell('plain text')).toBe('plain text');
    expect(csvCell('a, "b"')).toBe('"a, ""b"""');
    expect(csvCell(['x', 'y'])).toBe('x|y');
    expect(csvCell(null)).toBe('');
    expect(csvCell(0.5)).toBe('0.5');
  });
});

describe('claimsCsv', () => {
  it('has the derived columns as its header and one line of them per row, CRLF-ended', () => {
    const csv = claimsCsv([claimRow(source({ section: 'On sanctions, again' }))]);
    expect(csv).toBe(
      'id,essay,section,paragraph,index,text,stance,confidence,cues,origin,topics,events,url\r\n' +
        'k-2021--a,k-2021,"On sanctions, again",2,3,A claim.,pressure,0.75,sanctions|pressure,auto,sanctions-trade,,/essays/k-2021/#k-2021--a\r\n',
    );
    expect(csv.split('\r\n')[0]).toBe(CLAIM_CSV_COLUMNS.join(','));
  });
});

describe('claimRowsJson', () => {
  it('prints rows as two-space JSON with a final newline', () => {
    expect(claimRowsJson([claimRow(source())])).toMatch(/^\[\n {2}\{\n {4}"id": "k-2021--a",\n[^]*\n\]\n$/);
  });
});

describe('DATA_FILE_BODIES', () => {
  it('writes rows that read back as the contract’s rows', () => {
    const site = wedge([source()]);
    expect(JSON.parse(DATA_FILE_BODIES['claims.json'](site))).toEqual([claimRow(source())]);
    expect(JSON.parse(DATA_FILE_BODIES['essays.json'](site))).toEqual([
      {
        slug: 'k-2021',
        title: 'T',
        author: 'A',
        venue: 'V',
        published: '2021-08-04',
        url: 'https://example.org/k',
        thesis: 'conciliation',
        words: 2,
        claims: 1,
        summary: 'S.',
        page: '/essays/k-2021/',
      },
    ]);
    expect(JSON.parse(DATA_FILE_BODIES['topics.json'](site))).toEqual([
      { id: 'arctic', label: 'Arctic', description: 'D.' },
    ]);
  });

  it('fails, and so stops the build, when a row breaks the contract', () => {
    const site = wedge([source({ paragraph: 0 })]);
    expect(() => DATA_FILE_BODIES['claims.json'](site)).toThrow(/paragraph/);
    expect(() => DATA_FILE_BODIES['claims.csv'](site)).toThrow(/paragraph/);
  });
});
