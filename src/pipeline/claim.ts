import type { Stance } from './stances.ts';

/** One claim: a sentence of an essay's body, with its stance and links. The `claims.json` row. */
export interface Claim {
  id: string;
  essay: string;
  section: string | null;
  /** 1-based paragraph number in the essay body. */
  paragraph: number;
  /** 1-based order in the essay. */
  index: number;
  text: string;
  stance: Stance;
  confidence: number;
  cues: string[];
  origin: 'auto' | 'editor';
  topics: string[];
  events: string[];
  url: string;
  /** The tagger's own stance where an editor changed it. */
  auto?: Stance;
  /** The editor's note, where there is an override. */
  note?: string;
  /** Source line of the paragraph, for messages. */
  line?: number;
}

/** The essay body as the page lays it out: headings and paragraphs of claim ids. */
export type Block =
  | { kind: 'heading'; depth: number; text: string; slug: string }
  | { kind: 'paragraph'; number: number; claims: string[]; quote: boolean };

export interface AnalyzedEssay {
  claims: Claim[];
  blocks: Block[];
}
