import type { Heading, Nodes, Paragraph, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { claimIds } from './claim-id.ts';
import type { AnalyzedEssay, Block, Claim } from './claim.ts';
import type { EventLinker } from './link-events.ts';
import { applyOverrides, type Override } from './overrides.ts';
import { segmentSentences } from './segment-sentences.ts';
import type { Position } from './stances.ts';
import type { StanceModel } from './tagger/model.ts';
import { tagStance } from './tagger/tag-stance.ts';
import { matchCues } from './tagger/features.ts';
import type { TopicMatcher } from './topics.ts';

export interface AnalyzeOptions {
  slug: string;
  thesis?: Position;
  model: StanceModel;
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
  const blocks: Block[] = [];
  const drafts: Array<Omit<Claim, 'id' | 'url'>> = [];
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
      for (const sentence of segmentSentences(text)) {
        drafts.push({
          essay: options.slug,
          section,
          paragraph,
          index: drafts.length + 1,
          text: sentence.text,
          stance: 'none',
          confidence: 0,
          cues: [],
          origin: 'auto',
          topics: options.topics.match(sentence.text).map((m) => m.topic),
          events: options.events.link(sentence.text),
          line: node.position?.start.line,
        });
      }
      return;
    }
    if ('children' in node)
      for (const child of node.children) visitBlock(child as Nodes, quote || node.type === 'blockquote');
  };
  for (const child of tree.children) visitBlock(child, false);

  // Tag once every sentence is known: each sees its neighbours, across paragraph breaks.
  const matches = drafts.map((draft) => matchCues(draft.text));
  drafts.forEach((draft, i) => {
    const tag = tagStance(draft.text, {
      model: options.model,
      thesis: options.thesis,
      matches: matches[i],
      previous: matches[i - 1],
      next: matches[i + 1],
    });
    draft.stance = tag.stance;
    draft.confidence = tag.confidence;
    draft.cues = tag.cues;
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
