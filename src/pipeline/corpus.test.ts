import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadCorpus, loadLexicon } from './load-content.ts';
import { loadTrainingData } from './load-training.ts';
import { addressKey, reservedMatches, type ReservedEssay } from './corpus-reserved.ts';
import { compileMatcher } from './tagger/lexicon.ts';
import { loadNlp } from './wedge-context.ts';
import { POSITIONS } from './stances.ts';

const root = path.resolve('content');
const corpus = loadCorpus(root);
const reserved = parse(readFileSync(path.join(root, 'corpus-reserved.yaml'), 'utf8')) as ReservedEssay[];

describe('reservedMatches', () => {
  const list: ReservedEssay[] = [{ title: 'Can Anyone Split Them? Why Not', url: 'https://www.example.org/a/b/' }];
  it('matches a title whatever its case, quotes and punctuation', () => {
    expect(
      reservedMatches({ title: '“Can anyone split them” — why not', read_from: ['https://x.org/'] }, list),
    ).toHaveLength(1);
  });
  it('matches an address read from, whatever its protocol, www. or trailing slash', () => {
    expect(reservedMatches({ title: 'Other', read_from: ['http://example.org/a/b'] }, list)).toHaveLength(1);
    expect(addressKey('https://www.Example.org/a/?q=1')).toBe('example.org/a');
  });
  it('does not match another essay of the same site', () => {
    expect(reservedMatches({ title: 'Other', url: 'https://example.org/a/c', read_from: [] }, list)).toEqual([]);
  });
});

describe('the corpus', () => {
  it('holds no essay reserved for the outside evaluation', () => {
    const found = corpus.flatMap((essay) =>
      reservedMatches({ ...essay.frontmatter, url: essay.frontmatter.url }, reserved).map(
        (r) => `${essay.slug} ~ ${r.title}`,
      ),
    );
    expect(found).toEqual([]);
  });

  it('keeps a copy of the reserved list that holds every entry of the shared one, when it is beside the project', () => {
    const shared = path.resolve('..', 'shared', 'reserved-essays.md');
    if (!existsSync(shared)) return; // a clone without the workplace's shared folder: the committed copy stands
    const rows = readFileSync(shared, 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('|') && !/^\|\s*(author|---)/.test(line))
      .map((line) => line.split('|').map((c) => c.trim())[2]!);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.filter((title) => !reserved.some((r) => r.title === title))).toEqual([]);
  });

  it('has at least 25 essays, each position argued by at least 6, each annotated', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(25);
    for (const position of POSITIONS)
      expect(corpus.filter((e) => e.frontmatter.thesis === position).length, position).toBeGreaterThanOrEqual(6);
    expect(corpus.filter((e) => !e.gold).map((e) => e.slug)).toEqual([]);
  });

  it('locks at least a third of the essays, every position among them, in the test split', () => {
    const test = corpus.filter((e) => e.test);
    expect(test.length * 3).toBeGreaterThanOrEqual(corpus.length);
    for (const position of POSITIONS)
      expect(
        test.some((e) => e.frontmatter.thesis === position),
        position,
      ).toBe(true);
  });
});

describe('the lexicon', () => {
  it('has no multi-word cue that occurs in exactly one training essay and in no other text of the corpus', () => {
    const data = loadTrainingData(root);
    const nlp = loadNlp();
    const lexicon = loadLexicon(root);
    const classes = [...lexicon.classes, ...lexicon.actors];
    const multi = classes
      .map((c) => ({ ...c, cues: c.cues.filter((cue) => nlp.tokens(cue).length > 1) }))
      .filter((c) => c.cues.length);
    const matcher = compileMatcher(multi, nlp);
    const found = (essays: typeof data.seeds) =>
      essays.map(
        (essay) => new Set(essay.sentences.flatMap((s) => matcher.match(nlp.tokens(s.text)).map((m) => m.phrase))),
      );
    const train = found([...data.seeds, ...data.corpus.filter((e) => !e.test)]);
    const others = found(data.corpus.filter((e) => e.test));
    const single = multi
      .flatMap((c) => c.cues)
      .filter((cue) => train.filter((s) => s.has(cue)).length === 1 && !others.some((s) => s.has(cue)));
    expect(single).toEqual([]);
  });
});
