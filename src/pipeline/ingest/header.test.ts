import { describe, it, expect } from 'vitest';
import { HEADER_REASONS, splitHeader } from './header.ts';
import { segmentBlocks, splitLines } from './blocks.ts';

const header = (raw: string) => splitHeader(segmentBlocks(splitLines(raw)));

const BODY = 'In October 2024, the candidate remarked that he would have to un-unite them, and that he could.';

describe('splitHeader', () => {
  it('drops masthead, title, subtitle, byline, date and caption, and detects them', () => {
    const raw = [
      'Wednesday, February 26, 2025',
      '',
      'NEWS TIMES The way to split them A subtitle here by Jane Doe February 26, 2025',
      '',
      'NEWS TIMES',
      '',
      'The way to split them',
      '',
      'A subtitle here',
      '',
      'by Jane Doe',
      '',
      'February 26, 2025',
      '',
      'Two leaders meet in Osaka, Japan, on June 28, 2019',
      '',
      BODY,
    ].join('\n');
    const { body, dropped, detected } = header(raw);
    expect(detected).toEqual({
      title: 'The way to split them',
      subtitle: 'A subtitle here',
      author: 'Jane Doe',
      date: '2025-02-26',
    });
    expect(dropped.map((entry) => [entry.line, entry.reason])).toEqual([
      [1, HEADER_REASONS.date],
      [3, HEADER_REASONS.repeat],
      [5, HEADER_REASONS.masthead],
      [7, HEADER_REASONS.title],
      [9, HEADER_REASONS.subtitle],
      [11, HEADER_REASONS.byline],
      [13, HEADER_REASONS.date],
      [15, HEADER_REASONS.caption],
    ]);
    expect(body.map((block) => block.lines[0]?.line)).toEqual([17]);
  });

  it('takes a wrapped title as one', () => {
    const { detected } = header(`The Right Way to Split\nThem\n\nBy Jane Doe\n\n${BODY}`);
    expect(detected.title).toBe('The Right Way to Split Them');
  });

  it('without a byline, takes the first line as title and stops at the first body paragraph', () => {
    const { detected, body } = header(`The Pursuit of a Schism\n\n${BODY}\n\nShort Heading\n\n${BODY}`);
    expect(detected).toEqual({ title: 'The Pursuit of a Schism' });
    expect(body).toHaveLength(3);
  });
});
