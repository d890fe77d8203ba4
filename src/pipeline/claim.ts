import type { ClaimRow } from './data-contract.ts';

/**
 * One claim: a sentence of an essay's body, with its stance and links. The `claims.json` row
 * (`src/pipeline/data-contract.ts`) without its `url`, plus the source line of its paragraph, for messages.
 * The pipeline emits ids; the published rows make the URL from the claim's id (`claimRow`, `src/site/routes.ts`).
 */
export type Claim = Omit<ClaimRow, 'url'> & {
  /** Source line of the paragraph, for messages. */
  line?: number;
};

/** The essay body as the page lays it out: headings and paragraphs of claim ids. */
export type Block =
  | { kind: 'heading'; depth: number; text: string; slug: string }
  | { kind: 'paragraph'; number: number; claims: string[]; quote: boolean };

export interface AnalyzedEssay {
  claims: Claim[];
  blocks: Block[];
}
