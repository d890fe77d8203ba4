import { describe, expect, it } from 'vitest';
import type { ClaimRow } from './analyse-text.ts';
import { claimsCsvFile, claimsJson, dominantPosition, essayMarkdown } from './exports.ts';

const row = (stance: ClaimRow['stance'], text = 'A claim.'): ClaimRow => ({
  id: `x--a-claim-${stance}`,
  essay: 'x',
  section: null,
  paragraph: 1,
  index: 1,
  text,
  stance,
  confidence: 0.5,
  cues: ['a cue'],
  origin: 'auto',
  topics: [],
  events: [],
});

describe('claimsJson', () => {
  it('prints the claims.json rows as `npm run tag` does: two-space JSON and a final newline', () => {
    expect(claimsJson([row('none')])).toMatchInlineSnapshot(`
      "[
        {
          "id": "x--a-claim-none",
          "essay": "x",
          "section": null,
          "paragraph": 1,
          "index": 1,
          "text": "A claim.",
          "stance": "none",
          "confidence": 0.5,
          "cues": [
            "a cue"
          ],
          "origin": "auto",
          "topics": [],
          "events": [],
          "url": "/essays/x/#x--a-claim-none"
        }
      ]
      "
    `);
  });

  it('makes each row’s URL from its id, as the published rows do', () => {
    // A claim that somehow carries a URL of its own (the type no longer has one) still gets its id's.
    const stale = { ...row('futility'), url: '/stale/' } as ClaimRow;
    const [printed] = JSON.parse(claimsJson([stale])) as Array<{ url: string }>;
    expect(printed!.url).toBe('/essays/x/#x--a-claim-futility');
  });
});

describe('claimsCsvFile', () => {
  it('writes the site CSV, neutralising a formula', () => {
    const csv = claimsCsvFile([row('pressure', '=HYPERLINK("x")')]);
    expect(csv.split('\r\n')[0]).toMatch(/^id,essay,section/);
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
  });
});

describe('dominantPosition', () => {
  it('is the stance most claims argue, never none', () => {
    expect(dominantPosition([row('none'), row('none'), row('futility')])).toBe('futility');
    expect(dominantPosition([row('none')])).toBeUndefined();
  });
});

describe('essayMarkdown', () => {
  it('stubs every required field, keeps the title and thesis it knows, and drops the old front matter', () => {
    expect(essayMarkdown({ title: 'T', thesis: 'pressure', claims: [], body: 'Body "quoted".\n' }))
      .toMatchInlineSnapshot(`
        "---
        title: "T"
        author: "TODO: author"
        venue: "TODO: venue"
        published: "TODO: YYYY-MM-DD"
        url: "TODO: the https:// address of the original"
        thesis: "pressure"
        summary: "TODO: a one-paragraph summary"
        fixes: []
        ---

        Body "quoted".
        "
      `);
  });
  it('suggests the dominant stance when no thesis was given, and says so', () => {
    expect(essayMarkdown({ claims: [row('conciliation')], body: 'Body.' })).toContain(
      'thesis: "conciliation" # the stance most of its claims argue; check it',
    );
  });
});
