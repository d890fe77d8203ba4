/**
 * What the analyse page offers to download: the claims as `npm run tag` prints them
 * (JSON, the claims.json row shape), as the site's CSV, and the text as a Markdown file
 * ready for `content/essays/` with its front matter stubbed for an editor to fill in.
 */
import { POSITIONS, type Position } from '../../pipeline/stances.ts';
import { claimRows, claimsCsv, claimRowsJson, type ClaimSource } from '../../site/data-rows.ts';
import type { Analysis } from './analyse-text.ts';

/** Exactly what `npm run tag -- <slug>.md --no-overrides` prints for the same text: the same rows, the same JSON. */
export const claimsJson = (claims: readonly ClaimSource[]): string => claimRowsJson(claimRows(claims));

/** The claims flattened as `/data/claims.csv` is. */
export const claimsCsvFile = (claims: readonly ClaimSource[]): string => claimsCsv(claimRows(claims));

/** The stance most claims argue (ties in the order pressure, conciliation, futility), or undefined if none argue. */
export function dominantPosition(claims: readonly Pick<ClaimSource, 'stance'>[]): Position | undefined {
  let best: Position | undefined;
  let most = 0;
  for (const position of POSITIONS) {
    const n = claims.filter((c) => c.stance === position).length;
    if (n > most) [best, most] = [position, n];
  }
  return best;
}

/**
 * The text as `content/essays/<slug>.md`: front matter with every field the site requires,
 * unknown ones as `TODO` (the build stops on them, naming the field, until an editor fills them in),
 * then the Markdown body without the reader's own front matter.
 */
export function essayMarkdown(analysis: Pick<Analysis, 'thesis' | 'title' | 'claims' | 'body'>): string {
  const { body } = analysis;
  const thesis = analysis.thesis ?? dominantPosition(analysis.claims);
  const q = (value: string) => JSON.stringify(value);
  const lines = [
    '---',
    `title: ${q(analysis.title ?? 'TODO: title')}`,
    `author: ${q('TODO: author')}`,
    `venue: ${q('TODO: venue')}`,
    `published: ${q('TODO: YYYY-MM-DD')}`,
    `url: ${q('TODO: the https:// address of the original')}`,
    thesis
      ? `thesis: ${q(thesis)}${analysis.thesis ? '' : ' # the stance most of its claims argue; check it'}`
      : `thesis: ${q('TODO: pressure, conciliation or futility')}`,
    `summary: ${q('TODO: a one-paragraph summary')}`,
    'fixes: []',
    '---',
    '',
  ];
  return `${lines.join('\n')}\n${body.replace(/^\n+/, '')}`.replace(/\n*$/, '\n');
}
