import type { Heading, Nodes, Paragraph, Root } from 'mdast';
import type { Position as UnistPosition } from 'unist';
import { claimIds, RESERVED_IDS, uniqueId } from './claim-id.ts';
import { normaliseInvisible } from './ingest/text.ts';
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
export function analyzeEssay(tree: Root, options: AnalyzeOptions): AnalyzedEssay & { normalised: BodyNormalised[] } {
  const { blocks, sentences, normalised } = essayStructure(tree);
  const drafts: Array<Omit<Claim, 'id'>> = sentences.map((sentence, i) => ({
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
  }));
  // Heading ids: unique on the page, never one the page itself uses, never a claim's.
  const taken = new Set([...RESERVED_IDS, ...ids]);
  for (const block of blocks) if (block.kind === 'heading') block.slug = uniqueId(headingSlug(block.text), taken);
  let cursor = 0;
  for (const block of blocks) {
    if (block.kind !== 'paragraph') continue;
    while (cursor < claims.length && claims[cursor]!.paragraph === block.number)
      block.claims.push(claims[cursor++]!.id);
  }
  if (options.overrides)
    claims = applyOverrides(claims, options.overrides.entries, options.overrides.file, options.topicIds);
  return { claims, blocks, normalised };
}

export interface EssaySentence {
  text: string;
  section: string | null;
  /** 1-based paragraph number. */
  paragraph: number;
  /** Source line of the paragraph. */
  line?: number;
}

/** A construct of the essay body that cannot become claim text, where it is, and why. */
export interface BodyProblem {
  reason: string;
  place?: UnistPosition | undefined;
  ruleId: string;
}

/** Text whose invisible characters were removed or that was composed to NFC (`normaliseInvisible`). */
export interface BodyNormalised {
  place?: UnistPosition | undefined;
  changes: string[];
}

/** The essay body has constructs that would vanish from the page: each with its place. */
export class EssayBodyError extends Error {
  override name = 'EssayBodyError';
  constructor(readonly problems: BodyProblem[]) {
    super(
      problems.map((p) => `${p.place ? `${p.place.start.line}:${p.place.start.column}: ` : ''}${p.reason}`).join('\n'),
    );
  }
}

const isComment = (html: string): boolean => html.trimStart().startsWith('<!--');

/**
 * The essay body as headings and paragraphs, and its sentences in order: every
 * sentence of every paragraph (a block of raw HTML counts as a paragraph of its
 * literal text), headings as sections. What the tagger is trained on is exactly
 * what the pages show.
 *
 * Every node of the tree is either turned into text or reported: a construct
 * whose words the page would not show (code, comments, footnote definitions,
 * numbered lists …) and any node type this walk does not know throw an
 * `EssayBodyError` listing each with its place. Nothing is skipped silently;
 * see the table in tests/hostile/README.md.
 */
export function essayStructure(tree: Root): {
  blocks: Block[];
  sentences: EssaySentence[];
  normalised: BodyNormalised[];
} {
  const blocks: Block[] = [];
  const sentences: EssaySentence[] = [];
  const problems: BodyProblem[] = [];
  const normalised: BodyNormalised[] = [];
  const headingIds = new Set<string>(RESERVED_IDS);
  const problem = (node: Nodes, ruleId: string, reason: string) =>
    problems.push({ reason, place: node.position, ruleId });
  const referenced = new Set<string>();
  const collect = (node: Nodes): void => {
    if (node.type === 'linkReference' || node.type === 'imageReference') referenced.add(node.identifier);
    if ('children' in node) for (const child of node.children) collect(child as Nodes);
  };
  collect(tree);

  /** The words of inline content, as the page shows them. */
  const inline = (node: Nodes): string => {
    const clean = (value: string): string => {
      const { text, changes } = normaliseInvisible(value);
      if (changes.length > 0) normalised.push({ place: node.position, changes });
      return text;
    };
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        return clean(node.value);
      case 'html':
        // Inline markup is kept as its literal text (pages escape it); a comment would show its hidden note.
        if (isComment(node.value))
          problem(
            node,
            'html-comment',
            'HTML comment in a paragraph: the page would show the hidden note as text; expected essay text (remove the comment)',
          );
        return clean(node.value);
      case 'break':
        return ' ';
      case 'image':
      case 'imageReference': {
        // No image is ever fetched or shown: its alt text stands in for it.
        const alt = clean(node.alt ?? '').trim();
        if (!alt)
          problem(
            node,
            'image-without-alt',
            'image without alt text: the page shows no images, only their alt text, so nothing would be left of it; expected ![alt text](…) or no image',
          );
        return alt;
      }
      case 'emphasis':
      case 'strong':
      case 'link':
      case 'linkReference':
        return node.children.map((child) => inline(child)).join('');
      default:
        problem(node, 'unknown-node', `${node.type}: Wedge cannot show this inline; expected text, emphasis or a link`);
        return '';
    }
  };
  const inlineText = (node: Paragraph | Heading): string =>
    node.children
      .map((child) => inline(child))
      .join('')
      .replace(/\s+/g, ' ')
      .trim();

  let section: string | null = null;
  let paragraph = 0;
  const addParagraph = (node: Nodes, text: string, quote: boolean): void => {
    if (!text) return;
    paragraph++;
    blocks.push({ kind: 'paragraph', number: paragraph, claims: [], quote });
    for (const sentence of segmentSentences(text))
      sentences.push({ text: sentence.text, section, paragraph, line: node.position?.start.line });
  };
  const visitBlock = (node: Nodes, quote: boolean): void => {
    switch (node.type) {
      case 'yaml':
        return; // the front matter, read by remarkEssayFrontmatter
      case 'heading': {
        const text = inlineText(node);
        if (!text) return void problem(node, 'empty-heading', 'heading without text; expected `## Heading text`');
        if (node.position && node.position.start.line !== node.position.end.line)
          problem(
            node,
            'setext-heading',
            'a line of === or --- under a paragraph makes it a heading, not claims; expected `## Heading` for a heading, or a blank line before the rule',
          );
        section = text;
        blocks.push({ kind: 'heading', depth: node.depth, text, slug: uniqueId(headingSlug(text), headingIds) });
        return;
      }
      case 'paragraph':
        return addParagraph(node, inlineText(node), quote);
      case 'html': {
        if (isComment(node.value)) {
          const closed = node.value.includes('-->');
          const { start, end } = node.position ?? { start: { line: 0 }, end: { line: 0, column: 1 } };
          // The block runs to the end of the file; a final newline puts its end at column 1 of the next line.
          const lines = `lines ${start.line}–${end.column === 1 && end.line > start.line ? end.line - 1 : end.line}`;
          return void problem(
            node,
            'html-comment',
            closed
              ? 'HTML comment: its text would be hidden from the page; expected essay text (remove the comment)'
              : `HTML comment never closed: \`<!--\` without \`-->\` hides everything after it (${lines}, headings included); expected \`-->\`, or no comment`,
          );
        }
        // A block of raw HTML is kept as its literal text (pages escape it): never injected, never silently lost.
        const { text, changes } = normaliseInvisible(node.value);
        if (changes.length > 0) normalised.push({ place: node.position, changes });
        return addParagraph(node, text.replace(/\s+/g, ' ').trim(), quote);
      }
      case 'code':
        return void problem(
          node,
          'code-block',
          'code block (lines indented 4 spaces, or fenced with ```): the page shows no code, so its text would vanish; expected essay text (unindent the lines, or remove the fences)',
        );
      case 'thematicBreak':
        return; // a rule between paragraphs: no words to lose
      case 'definition':
        if (node.label?.startsWith('^') || node.identifier.startsWith('^'))
          return void problem(
            node,
            'footnote',
            'footnote definition: Wedge reads CommonMark without footnotes, so the note would vanish; expected the note as a sentence of the text',
          );
        if (!referenced.has(node.identifier))
          problem(
            node,
            'unused-definition',
            `link definition [${node.label ?? node.identifier}] that no link uses: it would vanish; expected a link [text][${node.label ?? node.identifier}] that uses it, or no definition`,
          );
        return; // the destination of a reference link: like an inline link's URL, the page shows the link text only
      case 'list':
        if (node.ordered)
          return void problem(
            node,
            'ordered-list',
            'numbered list: the page shows each item as a paragraph and its number would vanish; expected paragraphs (write `1\\.` to keep a number as text)',
          );
        for (const child of node.children) visitBlock(child, quote);
        return;
      case 'listItem':
      case 'blockquote':
        for (const child of node.children) visitBlock(child as Nodes, quote || node.type === 'blockquote');
        return;
      default:
        return void problem(
          node,
          'unknown-node',
          `${node.type}: Wedge cannot show this; expected paragraphs, ## headings, > quotes or - lists`,
        );
    }
  };
  for (const child of tree.children) visitBlock(child, false);
  if (problems.length > 0) throw new EssayBodyError(problems);
  return { blocks, sentences, normalised };
}

/** A heading's id before it is made unique: its slug, or `section` when nothing of it is a letter or digit. */
const headingSlug = (text: string): string => slugify(text) || 'section';

export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
}
