import { describe, expect, it } from 'vitest';
import { eventSchema } from './schema.ts';

const schema = eventSchema({ categories: ['treaty'], eras: [{ id: 'split', label: 'Split', from: '1958' }] });
const event = {
  id: 'an-event',
  date: '1970-02-15',
  title: 'An event',
  summary: 'Something happened.',
  category: 'treaty',
  era: 'split',
  sources: [{ title: 'A source', url: 'https://example.org/a' }],
};
const messages = (data: unknown) => {
  const result = schema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('timeline event dates', () => {
  it('refuses a day the calendar does not have', () => {
    expect(messages({ ...event, date: '1970-02-30' })).toEqual([
      'date: expected a date the calendar has ("YYYY", "YYYY-MM" or "YYYY-MM-DD")',
    ]);
  });

  it('takes a month-precision end in the month the event starts', () => {
    expect(messages({ ...event, end: '1970-02' })).toEqual([]);
  });

  it('refuses an end before the start, compared as dates', () => {
    expect(messages({ ...event, end: '1970-01' })).toEqual(['end: expected `end` on or after `date`']);
  });
});
