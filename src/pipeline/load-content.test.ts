import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  listContentFiles,
  loadCorpus,
  loadGold,
  loadLexicon,
  loadOverrides,
  loadTimeline,
  loadTimelineChart,
  loadTopics,
  readEssay,
  readYaml,
} from './load-content.ts';
import { contentFolder, errorOf as messageOf } from '../../tests/support/content-folder.ts';

const folder = (files: Record<string, string>) => contentFolder(files);
/** A small chart file: what the events below may name. */
const CHART = `categories: [treaty, conflict, us-policy]
eras:
  - {id: imperial, label: Imperial, from: "1689"}
  - {id: split, label: Split, from: "1958"}
lanes:
  - {id: sino-russian, label: Sino-Russian}
  - {id: sino-soviet, label: Sino-Soviet}
  - {id: us-triangle, label: US triangle}
scale:
  - {from: 1680, to: 1945, share: 1}
  - {from: 1945, to: 2026, share: 3}
`;
/** A content folder with the chart file and these timeline files. */
const timeline = (files: Record<string, string>) =>
  folder({
    'timeline/chart.yaml': CHART,
    ...Object.fromEntries(Object.entries(files).map(([name, text]) => [`timeline/${name}`, text])),
  });
const event = (id: string, extra = '') =>
  `- id: ${id}\n  date: "1969-03-02"\n  title: T\n  summary: S.\n  category: conflict\n  era: split\n  sources: [{title: S, url: "https://example.org/s"}]\n${extra}`;
/** The error `fn` throws, with the temporary folder left out of every path. */
const errorOf = (fn: () => unknown): string =>
  messageOf(fn).replace(/(?:\.\.\/)*\/?(?:[\w.-]+\/)*wedge-content-\w+\//g, '');

describe('loadTimeline', () => {
  it('merges the event files, sorted by date, and does not read the chart file as events', () => {
    const root = timeline({
      'a.yaml': event('b-event').replace('1969-03-02', '1970'),
      'b.yaml': event('a-event'),
    });
    expect(loadTimeline(root).map((e) => e.id)).toEqual(['a-event', 'b-event']);
  });

  it('rejects a bad date at its line and column, naming the entry and field', () => {
    const root = timeline({ 'a.yaml': event('clash').replace('1969-03-02', '1969-13-02') });
    expect(errorOf(() => loadTimeline(root))).toMatchInlineSnapshot(
      `"timeline/a.yaml:2:9: entry 1 (clash) › date: expected a date "YYYY", "YYYY-MM" or "YYYY-MM-DD" (got "1969-13-02")"`,
    );
  });

  it('rejects an unknown category', () => {
    const root = timeline({ 'a.yaml': event('clash').replace('conflict', 'skirmish') });
    expect(errorOf(() => loadTimeline(root))).toMatchInlineSnapshot(
      `"timeline/a.yaml:5:13: entry 1 (clash) › category: expected one of treaty, conflict, us-policy — the categories in timeline/chart.yaml (got "skirmish")"`,
    );
  });

  it("rejects an era the chart does not define, naming the file, the event and the chart's eras", () => {
    const root = timeline({ 'a.yaml': event('clash').replace('era: split', 'era: belle-epoque') });
    expect(errorOf(() => loadTimeline(root))).toMatchInlineSnapshot(
      `"timeline/a.yaml:6:8: entry 1 (clash) › era: expected one of imperial, split — the eras in timeline/chart.yaml (got "belle-epoque")"`,
    );
  });

  it('needs the chart file to check events against', () => {
    const root = folder({ 'timeline/a.yaml': event('clash') });
    expect(errorOf(() => loadTimeline(root))).toMatchInlineSnapshot(
      `"timeline/chart.yaml: (file): missing; it defines the timeline's categories, eras, lanes and scale, which every event is checked against"`,
    );
  });

  it('rejects a duplicate id across files, at both places', () => {
    const root = timeline({ 'a.yaml': event('clash'), 'b.yaml': `\n${event('clash')}` });
    expect(errorOf(() => loadTimeline(root))).toMatchInlineSnapshot(
      `"timeline/b.yaml:2:7: entry 1 (clash) › id: duplicate id, already used in timeline/a.yaml:1:7; expected an id no other event has"`,
    );
  });

  it('rejects an event without a source', () => {
    const root = timeline({ 'a.yaml': event('clash').replace(/ {2}sources: .*\n/, '  sources: []\n') });
    expect(errorOf(() => loadTimeline(root))).toMatchInlineSnapshot(
      `"timeline/a.yaml:7:12: entry 1 (clash) › sources: expected at least one source"`,
    );
  });
});

describe('loadTimelineChart', () => {
  it('reads the chart, each era ending where the next begins', () => {
    const chart = loadTimelineChart(timeline({}));
    expect(chart.eras).toEqual([
      { id: 'imperial', label: 'Imperial', from: '1689', to: '1958' },
      { id: 'split', label: 'Split', from: '1958' },
    ]);
    expect(chart.lanes.map((l) => l.id)).toEqual(['sino-russian', 'sino-soviet', 'us-triangle']);
    expect(chart.scale).toEqual([
      { from: 1680, to: 1945, share: 1 },
      { from: 1945, to: 2026, share: 3 },
    ]);
  });

  it('names the file, the list, the entry and the field of each problem', () => {
    const root = folder({
      'timeline/chart.yaml': CHART.replace('from: "1958"', 'from: 1958')
        .replace('label: Sino-Soviet', 'label: ""')
        .replace('share: 3', 'share: many'),
    });
    expect(errorOf(() => loadTimelineChart(root))).toMatchInlineSnapshot(`
      "timeline/chart.yaml:4:37: eras › entry 2 (split) › from: expected a date string "YYYY", "YYYY-MM" or "YYYY-MM-DD" (quote it in YAML) (got 1958)
      timeline/chart.yaml:7:23: lanes › entry 2 (sino-soviet) › label: expected the label readers see (got "")
      timeline/chart.yaml:11:35: scale › entry 2 › share: expected a share of the width, e.g. 0.25 (got "many")"
    `);
  });
});

describe('readYaml', () => {
  it('reports invalid YAML at file:line:column', () => {
    const root = folder({ 'bad.yaml': 'a: [1, 2\nb: c\n' });
    expect(errorOf(() => readYaml(path.join(root, 'bad.yaml')))).toMatchInlineSnapshot(
      `"bad.yaml:2:1: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]"`,
    );
  });
});

describe('loadOverrides', () => {
  it('returns nothing for an essay without annotations', () => {
    expect(loadOverrides(folder({}), 'none-here')).toBeUndefined();
  });

  it('rejects an unknown stance at its line and column, naming the entry', () => {
    const root = folder({ 'annotations/x.yaml': '- quote: "a long enough quote"\n  stance: hawkish\n  note: n\n' });
    expect(errorOf(() => loadOverrides(root, 'x'))).toMatchInlineSnapshot(
      `"annotations/x.yaml:2:11: entry 1 › stance: expected one of pressure, conciliation, futility, none (got "hawkish")"`,
    );
  });

  it('points at a key the schema does not allow, and at the entry that lacks a note', () => {
    const root = folder({ 'annotations/x.yaml': '- quote: "a long enough quote"\n  stance: none\n  stanse: none\n' });
    expect(errorOf(() => loadOverrides(root, 'x'))).toMatchInlineSnapshot(`
      "annotations/x.yaml:1:3: entry 1 › note: missing; expected string
      annotations/x.yaml:3:11: entry 1 › (entry): Unrecognized key: "stanse""
    `);
  });
});

describe('readEssay', () => {
  const good =
    '---\ntitle: T\nauthor: A\nvenue: V\npublished: "2025-01-02"\nurl: https://example.org/e\nthesis: futility\nsummary: S.\n---\n\nBody text.\n';

  it('reads front matter and body', () => {
    const root = folder({ 'essays/e.md': good });
    const essay = readEssay(path.join(root, 'essays/e.md'));
    expect(essay).toMatchObject({ slug: 'e', frontmatter: { thesis: 'futility', published: '2025-01-02', fixes: [] } });
    // Positions are the file's own: the front matter is the tree's first node.
    expect(essay.tree.children.map((c) => [c.type, c.position?.start.line])).toEqual([
      ['yaml', 1],
      ['paragraph', 11],
    ]);
  });

  it('names the file and each bad field', () => {
    const root = folder({
      'essays/e.md': good
        .replace('thesis: futility', 'thesis: hawkish')
        .replace('published: "2025-01-02"', 'published: "Feb 2025"'),
    });
    const message = errorOf(() => readEssay(path.join(root, 'essays/e.md')));
    expect(message).toContain('essays/e.md:');
    expect(message).toContain('front matter › published: expected a date written YYYY-MM-DD (got "Feb 2025")');
    expect(message).toContain(
      'front matter › thesis: expected one of pressure, conciliation, futility (got "hawkish")',
    );
  });

  it('accepts an essay without front matter when asked to, and handles a BOM and CRLF', () => {
    const root = folder({ 'essays/e.md': '\uFEFFOne sentence.\r\nTwo.\r\n' });
    const essay = readEssay(path.join(root, 'essays/e.md'), { requireFrontmatter: false });
    expect(essay.tree.children.map((c) => [c.type, c.position?.start.line])).toEqual([['paragraph', 1]]);
    expect((essay.tree.children[0] as { children: Array<{ value: string }> }).children[0]!.value).toBe(
      'One sentence.\nTwo.',
    );
  });
});

describe('loadGold', () => {
  it('reads annotated sets by essay and rejects an unknown stance', () => {
    const root = folder({ 'gold/x.yaml': 'essay: x\nsentences:\n  - {text: "One.", stance: none}\n' });
    expect(loadGold(root).get('x')?.sentences).toHaveLength(1);
    const bad = folder({ 'gold/x.yaml': 'essay: x\nsentences:\n  - {text: "One.", stance: maybe}\n' });
    expect(errorOf(() => loadGold(bad))).toMatchInlineSnapshot(
      `"gold/x.yaml:3:28: sentences › entry 1 › stance: Invalid option: expected one of "pressure"|"conciliation"|"futility"|"none" (got "maybe")"`,
    );
  });
});

describe('timeline sources', () => {
  it('accept only http(s) links', () => {
    const root = timeline({ 'a.yaml': event('clash').replace('https://example.org/s', 'javascript:alert(1)') });
    expect(errorOf(() => loadTimeline(root))).toMatchInlineSnapshot(
      `"timeline/a.yaml:7:29: entry 1 (clash) › sources.0.url: expected an http(s) URL a reader can follow (got "javascript:alert(1)")"`,
    );
  });
});

describe('loadTopics', () => {
  it('rejects a bad field at its line and column, naming the topic', () => {
    const root = folder({
      'topics.yaml':
        '- id: ukraine\n  label: Ukraine\n  description: The war.\n  cues: [ukrain*]\n- id: Arms_Control\n  label: Arms\n  description: Treaties.\n  cues: []\n',
    });
    expect(errorOf(() => loadTopics(root))).toMatchInlineSnapshot(`
      "topics.yaml:5:7: entry 2 (Arms_Control) › id: expected a kebab-case id (got "Arms_Control")
      topics.yaml:8:9: entry 2 (Arms_Control) › cues: expected at least one cue phrase"
    `);
  });
});

describe('loadLexicon', () => {
  it('rejects a bad class at its line and column', () => {
    const root = folder({ 'lexicon/cues.yaml': '- id: coercion\n  cues: 7\n', 'lexicon/actors.yaml': '[]\n' });
    expect(errorOf(() => loadLexicon(root))).toMatchInlineSnapshot(
      `"lexicon/cues.yaml:2:9: entry 1 (coercion) › cues: Invalid input: expected array, received number (got 7)"`,
    );
  });
});

describe('loadCorpus', () => {
  const essay =
    '---\ntitle: T\nauthor: A\nvenue: V\npublished: "2024"\nread_from: [https://example.org/e]\ncoverage: all\nthesis: futility\n---\n\nOne.\n';
  const sentence = '  - {text: "One.", a: none, b: none, stance: none, confidence: high}\n';

  it('rejects an annotated sentence with a bad stance at its line and column', () => {
    const root = folder({
      'corpus/e.md': essay,
      'corpus-gold/e.yaml': `essay: e\nsentences:\n${sentence.replace('b: none', 'b: maybe')}`,
    });
    expect(errorOf(() => loadCorpus(root))).toMatchInlineSnapshot(
      `"corpus-gold/e.yaml:3:32: sentences › entry 1 › b: Invalid option: expected one of "pressure"|"conciliation"|"futility"|"none" (got "maybe")"`,
    );
  });

  it('rejects an annotation for another essay, and a test essay the corpus does not hold', () => {
    const wrong = folder({ 'corpus/e.md': essay, 'corpus-gold/e.yaml': `essay: f\nsentences:\n${sentence}` });
    expect(errorOf(() => loadCorpus(wrong))).toMatchInlineSnapshot(
      `"corpus-gold/e.yaml:1:8: essay: expected "e", the file's own name (got "f")"`,
    );
    const orphan = folder({ 'corpus/e.md': essay, 'corpus-gold/ghost.yaml': `essay: ghost\nsentences:\n${sentence}` });
    expect(errorOf(() => loadCorpus(orphan))).toMatchInlineSnapshot(
      `"corpus-gold/ghost.yaml: (file): annotation of a corpus essay that does not exist: no corpus/ghost.md; expected corpus-gold/<slug>.yaml for an essay in corpus/"`,
    );
    const yml = folder({ 'corpus/e.md': essay, 'corpus-gold/e.yml': `essay: e\nsentences:\n${sentence}` });
    expect(errorOf(() => loadCorpus(yml))).toMatchInlineSnapshot(
      `"corpus-gold/e.yml: (file): unknown extension ".yml", so it would not be read; expected <slug>.yaml, a slug being lower-case letters, digits and single hyphens"`,
    );
    const split = folder({ 'corpus/e.md': essay, 'corpus-split.yaml': 'test:\n  - e\n  - ghost\n' });
    expect(errorOf(() => loadCorpus(split))).toMatchInlineSnapshot(
      `"corpus-split.yaml:3:5: test › 2: no corpus essay "ghost"; expected the name of a file in corpus/ without .md"`,
    );
  });
});

describe('listContentFiles', () => {
  it('lists <slug>.<ext> files sorted, leaving out README.md and hidden files', () => {
    const root = folder({ 'essays/b-2.md': '', 'essays/a.md': '', 'essays/README.md': '', 'essays/.DS_Store': '' });
    expect(listContentFiles(path.join(root, 'essays'), 'md').map((f) => [f.slug, path.basename(f.file)])).toEqual([
      ['a', 'a.md'],
      ['b-2', 'b-2.md'],
    ]);
    expect(listContentFiles(path.join(root, 'none'), 'md')).toEqual([]);
  });

  it('stops on another extension, a name that is not a slug, a folder, and two files for one slug', () => {
    const list = (files: Record<string, string>, dir: string, ext: string) =>
      errorOf(() => listContentFiles(path.join(folder(files), dir), ext));
    expect(list({ 'annotations/x.yml': '' }, 'annotations', 'yaml')).toMatchInlineSnapshot(
      `"annotations/x.yml: (file): unknown extension ".yml", so it would not be read; expected <slug>.yaml, a slug being lower-case letters, digits and single hyphens"`,
    );
    expect(list({ 'essays/My essay.md': '' }, 'essays', 'md')).toMatchInlineSnapshot(
      `"essays/My essay.md: (file): "My essay" is not a slug; expected <slug>.md, a slug being lower-case letters, digits and single hyphens"`,
    );
    expect(list({ 'essays/drafts/a.md': '' }, 'essays', 'md')).toMatchInlineSnapshot(
      `"essays/drafts: (file): a folder where files are read; expected <slug>.md, a slug being lower-case letters, digits and single hyphens"`,
    );
    expect(list({ 'essays/a.md': '', 'essays/a.markdown': '' }, 'essays', 'md')).toMatchInlineSnapshot(
      `"essays/a.md: (file): same slug "a" as essays/a.markdown; expected one file per slug (delete or rename one of them)"`,
    );
    expect(list({ 'timeline/Events.yaml': '', 'timeline/events.yaml': '' }, 'timeline', 'yaml')).toMatchInlineSnapshot(
      `"timeline/events.yaml: (file): same slug "events" as timeline/Events.yaml; expected one file per slug (delete or rename one of them)"`,
    );
  });
});
