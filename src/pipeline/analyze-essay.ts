import type { Heading, Nodes, Paragraph, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { claimIds } from './claim-id.ts';
import type { AnalyzedEssay, Block, Claim } from './claim.ts';
import type { EventLinker } from './link-events.ts';
import { applyOverrides, type Override } from './overrides.ts';
import { segmentSentences } from './segment-sentences.ts';
import type { Position } from './stances.ts';
import { tagSentences, type Tagger } from './tagger/tagger.ts';
import type { TopicMatcher } from './topics.ts';

export interface AnalyzeOptions {
  slug: string;
  thesis?: Position;
  tagger: Tagger;
  topics: TopicMatcher;
  topicIds: ReadonlySet<string>;
  events: EventLinker;
  overrides?: { file: string; entries: Override[] };
}

/**
 * Turn an essay body (mdast) into claims and the blocks that lay them out.
 * Every sentence of every paragraph is one claim, in order; headings are
 * sections, not claims. Pure: reads nothing, writes nothing, mutates nothing.
 */
export function analyzeEssay(tree: Root, options: AnalyzeOptions): AnalyzedEssay {
  const { blocks, sentences } = essayStructure(tree);
  const drafts: Array<Omit<Claim, 'id' | 'url'>> = sentences.map((sentence, i) => ({
    essay: options.slug,
    section: sentence.section,
    paragraph: sentence.paragraph,
    index: i + 1,
    text: sentence.text,
    stance: 'none',
    confidence: 0,
    cues: [],
    origin: 'auto',
    topics: options.topics.match(sentence.text).map((m) => m.topic),
    events: options.events.link(sentence.text),
    line: sentence.line,
  }));

  // Tag once every sentence is known: each sees its neighbours and its place in the essay.
  const tags = tagSentences(
    drafts.map((draft, i) => ({ text: draft.text, paragraphStart: drafts[i - 1]?.paragraph !== draft.paragraph })),
    options.tagger,
    options.thesis,
  );
  drafts.forEach((draft, i) => {
    draft.stance = tags[i]!.stance;
    draft.confidence = tags[i]!.confidence;
    draft.cues = tags[i]!.cues;
  });

  const ids = claimIds(
    options.slug,
    drafts.map((d) => d.text),
  );
  let claims: Claim[] = drafts.map((draft, i) => ({
    id: ids[i]!,
    ...draft,
    url: `/essays/${options.slug}/#${ids[i]}`,
  }));
  let cursor = 0;
  for (const block of blocks) {
    if (block.kind !== 'paragraph') continue;
    while (cursor < claims.length && claims[cursor]!.paragraph === block.number)
      block.claims.push(claims[cursor++]!.id);
  }
  if (options.overrides)
    claims = applyOverrides(claims, options.overrides.entries, options.overrides.file, options.topicIds);
  return { claims, blocks };
}

export interface EssaySentence {
  text: string;
  section: string | null;
  /** 1-based paragraph number. */
  paragraph: number;
  /** Source line of the paragraph. */
  line?: number;
}

/**
 * The essay body as headings and paragraphs, and its sentences in order: every
 * sentence of every paragraph (a block of raw HTML counts as a paragraph of its
 * literal text), headings as sections. What the tagger is trained on is exactly
 * what the pages show.
 */
export function essayStructure(tree: Root): { blocks: Block[]; sentences: EssaySentence[] } {
  const blocks: Block[] = [];
  const sentences: EssaySentence[] = [];
  let section: string | null = null;
  let paragraph = 0;
  const visitBlock = (node: Nodes, quote: boolean): void => {
    if (node.type === 'heading') {
      section = toString(node).trim();
      blocks.push({ kind: 'heading', depth: (node as Heading).depth, text: section, slug: slugify(section) });
      return;
    }
    if (node.type === 'paragraph' || node.type === 'html') {
      // A block of raw HTML is kept as its literal text (pages escape it): never injected, never silently lost.
      const text = node.type === 'html' ? node.value.replace(/\s+/g, ' ').trim() : paragraphText(node);
      if (!text) return;
      paragraph++;
      blocks.push({ kind: 'paragraph', number: paragraph, claims: [], quote });
      for (const sentence of segmentSentences(text))
        sentences.push({ text: sentence.text, section, paragraph, line: node.position?.start.line });
      return;
    }
    if ('children' in node)
      for (const child of node.children) visitBlock(child as Nodes, quote || node.type === 'blockquote');
  };
  for (const child of tree.children) visitBlock(child, false);
  return { blocks, sentences };
}

/** A paragraph's text with soft line breaks as spaces. */
function paragraphText(node: Paragraph): string {
  return toString(node, { includeHtml: true }).replace(/\s+/g, ' ').trim();
}

export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
}
