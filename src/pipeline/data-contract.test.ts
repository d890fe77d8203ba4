import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import {
  CLAIM_CSV_COLUMNS,
  claimRowSchema,
  essayRowSchema,
  eventRowSchema,
  topicRowSchema,
  type ClaimRow,
  type EssayRow,
  type EventRow,
  type TopicRow,
  VERDICTS,
} from './data-contract.ts';
import { VERDICTS as TIMELINE_VERDICTS } from './timeline/schema.ts';

const essay: EssayRow = {
  slug: 'k-2021',
  title: 'T',
  author: 'A',
  venue: 'V',
  published: '2021-08-04',
  url: 'https://example.org/k',
  thesis: 'conciliation',
  words: 10,
  claims: 1,
  summary: 'S.',
  page: '/essays/k-2021/',
};
const claim: ClaimRow = {
  id: 'k-2021--a',
  essay: 'k-2021',
  section: null,
  paragraph: 1,
  index: 1,
  text: 'A.',
  stance: 'futility',
  confidence: 0.5,
  cues: ['c'],
  origin: 'editor',
  topics: [],
  events: [],
  url: '/essays/k-2021/#k-2021--a',
  auto: 'none',
  note: 'N.',
};
const topic: TopicRow = { id: 'arctic', label: 'Arctic', description: 'D.' };
const event: EventRow = {
  id: 'treaty-2001',
  date: '2001-07',
  end: '2001',
  title: 'T',
  summary: 'S.',
  category: 'treaty',
  era: 'partnership',
  sources: [{ title: 'S', url: 'https://example.org/s' }],
  claims: ['k-2021--a'],
  checks: [
    {
      claim: 'k-2021--a',
      essay: 'k-2021',
      verdict: 'imprecise',
      note: 'N.',
      source: { title: 'S', url: 'https://example.org/s' },
    },
  ],
};
/** Each schema, a whole row of it, and the fields a row may leave out. */
const ROWS: Array<[string, z.ZodMiniObject, Record<string, unknown>, string[]]> = [
  ['essay', essayRowSchema, essay, []],
  ['claim', claimRowSchema, claim, ['auto', 'note']],
  ['topic', topicRowSchema, topic, []],
  ['event', eventRowSchema, event, ['end']],
];

describe('the row schemas', () => {
  it('have the fields PRODUCT.md publishes, in its order, then the ones added since', () => {
    expect(Object.keys(claimRowSchema.shape)).toEqual([
      ...['id', 'essay', 'section', 'paragraph', 'index', 'text', 'stance', 'confidence', 'cues', 'origin'],
      ...['topics', 'events', 'url', 'auto', 'note'],
    ]);
    expect(Object.keys(essayRowSchema.shape)).toEqual([
      ...['slug', 'title', 'author', 'venue', 'published', 'url', 'thesis', 'words', 'claims'],
      ...['summary', 'page'],
    ]);
    expect(Object.keys(topicRowSchema.shape)).toEqual(['id', 'label', 'description']);
    expect(Object.keys(eventRowSchema.shape)).toEqual([
      ...['id', 'date', 'end', 'title', 'summary', 'category', 'era', 'sources', 'claims', 'checks'],
    ]);
  });

  for (const [name, schema, row, optional] of ROWS) {
    it(`accept a whole ${name} row and give its keys back in schema order`, () => {
      const shuffled = Object.fromEntries(Object.entries(row).reverse());
      expect(Object.keys(schema.parse(shuffled))).toEqual(Object.keys(schema.shape));
    });

    it(`reject a ${name} row with a field the schema lacks, or without one it requires (all but ${optional.join(', ') || 'none'})`, () => {
      expect(schema.safeParse({ ...row, extra: 1 }).success).toBe(false);
      for (const key of Object.keys(schema.shape)) {
        const { [key]: _dropped, ...rest } = row;
        expect(schema.safeParse(rest).success, key).toBe(optional.includes(key));
      }
    });
  }

  it('reject values the contract rules out', () => {
    expect(claimRowSchema.safeParse({ ...claim, stance: 'hawkish' }).success).toBe(false);
    expect(claimRowSchema.safeParse({ ...claim, confidence: 1.5 }).success).toBe(false);
    expect(claimRowSchema.safeParse({ ...claim, paragraph: 0 }).success).toBe(false);
    expect(essayRowSchema.safeParse({ ...essay, thesis: 'none' }).success).toBe(false);
    expect(essayRowSchema.safeParse({ ...essay, published: '2021' }).success).toBe(false);
    expect(eventRowSchema.safeParse({ ...event, date: '2001-13' }).success).toBe(false);
    expect(eventRowSchema.safeParse({ ...event, sources: [{ title: 'S' }] }).success).toBe(false);
  });
});

describe('CLAIM_CSV_COLUMNS', () => {
  it('is the claim row’s fields less the optional auto and note', () => {
    expect(CLAIM_CSV_COLUMNS).toEqual(Object.keys(claimRowSchema.shape).filter((k) => k !== 'auto' && k !== 'note'));
  });
});

describe('VERDICTS', () => {
  it('are the verdicts a timeline file may give', () => {
    expect(VERDICTS).toEqual(TIMELINE_VERDICTS);
  });
});
