/**
 * The committed essays are exactly what the ingester makes of the raw
 * sources plus their recorded fixes, and the known traps are healed.
 */
import { describe, it, expect } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { essayFrontmatterSchema } from '../essay-schema.ts';
import { ingestRaw, parseFixes, splitFrontMatter, type IngestResult } from './index.ts';
import { foldForMatch } from './text.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const SOURCES = path.join(ROOT, 'content/sources');

const sources = readdirSync(SOURCES)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => {
    const stem = name.replace(/\.txt$/u, '');
    const slug = /^(.*?\d{4})/u.exec(stem)?.[1] ?? stem;
    const sidecar = path.join(SOURCES, `${stem}.fixes.yaml`);
    const raw = readFileSync(path.join(SOURCES, name), 'utf8');
    const fixes = existsSync(sidecar) ? parseFixes(readFileSync(sidecar, 'utf8')) : [];
    const essay = path.join(ROOT, 'content/essays', `${slug}.md`);
    return { name, slug, raw, fixes, essay, result: ingestRaw(raw, { slug, fixes }) };
  });

const bodyOf = (slug: string) => sources.find((source) => source.slug === slug)?.result.body ?? '';
const countOf = (text: string, needle: string) => text.split(needle).length - 1;

describe('the raw sources', () => {
  it('each became an essay of the site', () => {
    expect(sources.length).toBeGreaterThan(0);
    for (const source of sources) expect(existsSync(source.essay), source.essay).toBe(true);
  });
});

describe.each(sources)('$name', ({ slug, raw, fixes, essay, result }) => {
  const file = readFileSync(essay, 'utf8');
  const { frontMatter, body } = splitFrontMatter(file);

  it('reproduces the committed body exactly', () => {
    expect(body).toBe(result.body);
  });

  it('has valid front matter that records the applied fixes', () => {
    const data = essayFrontmatterSchema.parse(parse(frontMatter ?? ''));
    expect(data.fixes).toEqual(result.applied);
    expect(result.applied).toEqual(fixes);
    expect(data.source).toBe(`content/sources/${path.basename(sources.find((s) => s.slug === slug)?.name ?? '')}`);
  });

  it('is Markdown of ## headings and one-line paragraphs only', () => {
    for (const block of result.body.trimEnd().split('\n\n')) {
      expect(block).not.toMatch(/\n/u);
      expect(block).not.toMatch(/^#(?!# )/u);
      expect(block).not.toMatch(/^\s|\s$|\s{2}/u);
    }
  });

  it('loses no line: every non-blank raw line is in the body or dropped with a reason', () => {
    const dropped = new Map(result.dropped.map((entry) => [entry.line, entry]));
    expect(dropped.size).toBe(result.dropped.length);
    const reverted = result.applied.reduce((text, fix) => text.replace(fix.to, fix.from), result.body);
    const haystacks = [result.body, reverted].map((text) => ` ${foldForMatch(text)} `);
    const missing = raw
      .split('\n')
      .map((text, index) => ({ line: index + 1, text: text.trim() }))
      // A line with no letters or digits (a rule of asterisks, a lone dash) has no words to lose.
      .filter(({ line, text }) => foldForMatch(text) !== '' && !dropped.has(line))
      .filter(({ text }) => !haystacks.some((haystack) => haystack.includes(` ${foldForMatch(text)} `)));
    expect(missing).toEqual([]);
    for (const entry of result.dropped) expect(entry.reason).not.toBe('');
  });

  it('keeps no furniture in the body', () => {
    for (const furniture of [
      'Save to Pocket',
      'Subscribe Now',
      'Latest stories',
      'No comments',
      'Post a Comment',
      'Paywall-free',
      'Articolo originariamente',
      'foreigni',
      'TİMES',
      'Image:',
      'MORE BY',
    ]) {
      expect(result.body).not.toContain(furniture);
    }
  });
});

describe('known traps', () => {
  const firstAndLast = (result: IngestResult) => {
    const paragraphs = result.body.trimEnd().split('\n\n');
    return [paragraphs[0] ?? '', paragraphs.at(-1) ?? ''];
  };

  it('each body starts and ends where the essay does', () => {
    const bySlug = Object.fromEntries(sources.map((source) => [source.slug, firstAndLast(source.result)]));
    expect(bySlug['taffer-2025']?.[0]).toMatch(
      /^In October 2024, then-presidential candidate Donald Trump remarked, /u,
    );
    expect(bySlug['taffer-2025']?.[1]).toMatch(
      /that Kissinger’s rapprochement did in last century’s rivalry with the Soviets\.$/u,
    );
    expect(bySlug['kupchan-2021']?.[0]).toMatch(/^As Washington searches/u);
    expect(bySlug['kupchan-2021']?.[1]).toMatch(/construct a Sinocentric international system\.$/u);
    expect(bySlug['campbell-2025']?.[0]).toMatch(/^The pro-Russian tack taken/u);
    expect(bySlug['campbell-2025']?.[1]).toMatch(/on the US this time around\.$/u);
  });

  it('heals the Kupchan page breaks into whole paragraphs', () => {
    const paragraphs = bodyOf('kupchan-2021').split('\n\n');
    for (const joined of [
      'it cannot acquiesce to the Kremlin’s aggressive behavior or allow Putin to exploit Washington’s extended hand.',
      'citizens and sow dissent inside the world’s democracies',
      'In 2017, the EAEU proposed',
      'as did the Chinese-Soviet partnership',
      'you think you are in a position to control us.',
      'reluctance to enter into arms control agreements.',
    ]) {
      expect(paragraphs.filter((paragraph) => paragraph.includes(joined))).toHaveLength(1);
    }
  });

  it('keeps the abbreviation in "U.S. President Richard Nixon" intact', () => {
    expect(bodyOf('kupchan-2021')).toContain('than that faced by U.S. President Richard Nixon in the 1970s');
  });

  it('heals compounds broken at a line end', () => {
    const body = bodyOf('kupchan-2021');
    for (const word of [
      'Good-Neighborliness',
      'U.S.-Chinese',
      'long-standing territorial',
      'Chinese-Soviet collaboration',
    ]) {
      expect(body).toContain(word);
    }
    expect(body).not.toMatch(/\p{L}- \p{L}/u);
  });

  it('keeps each Kupchan pull-quote sentence exactly once', () => {
    const body = bodyOf('kupchan-2021');
    const result = sources.find((source) => source.slug === 'kupchan-2021')?.result;
    expect(result?.pullQuotes).toHaveLength(4);
    expect(countOf(body, 'Looking like Xi’s sidekick does not play well at home for Putin')).toBe(0);
    expect(countOf(body.toLowerCase(), 'looking like xi’s sidekick does not play well at home for putin')).toBe(1);
    for (const sentence of [
      'the relationship between China and Russia has begun to resemble the close Chinese-Soviet coupling of the 1950s.',
      'Russia has aided and abetted China’s military modernization—perhaps at its own expense.',
      'Washington’s first step should be to drop its “democracy versus autocracy” framing of U.S. strategy.',
    ]) {
      expect(countOf(body, sentence)).toBe(1);
    }
  });

  it('applies the recorded OCR fixes', () => {
    const body = bodyOf('kupchan-2021');
    expect(body).toContain('China generally goes it alone on the international stage');
    expect(body).toContain('At a gathering of party heads');
    expect(body).not.toContain('italoneon');
  });

  it('turns section heads into ## headings', () => {
    expect(bodyOf('kupchan-2021').match(/^## .*$/gmu)).toEqual([
      '## An Unequal Partnership',
      '## The Odd Couple',
      '## Trying to Make Nice',
      '## Help Russia Help Itself',
    ]);
    expect(bodyOf('campbell-2025').match(/^## .*$/gmu)).toEqual([
      '## Flawed Assumptions',
      '## A Misinformed Attempt to Exploit the Unexploitable',
      '## Discounting the Sino-Russian Treaty',
      '## Understanding Existential Outcomes',
      '## Committed to a Road to Failure',
    ]);
    expect(bodyOf('taffer-2025')).not.toMatch(/^#/mu);
  });

  it('detects header fields and the author bio', () => {
    const detected = Object.fromEntries(sources.map((source) => [source.slug, source.result.detected]));
    expect(detected['kupchan-2021']).toMatchObject({
      title: 'The Right Way to Split China and Russia',
      subtitle: 'Washington Should Help Moscow Leave a Bad Marriage',
      author: 'Charles A. Kupchan',
      date: '2021-08-04',
    });
    expect(detected['kupchan-2021']?.attribution).toMatch(/^CHARLES A\. KUPCHAN is a Senior Fellow/u);
    expect(detected['taffer-2025']).toMatchObject({
      title: 'The wise way to ‘un-unite’ Russia and China',
      author: 'Andrew Taffer',
      date: '2025-02-26',
    });
    expect(detected['taffer-2025']?.attribution).toMatch(/^Andrew Taffer is a research fellow/u);
    expect(detected['campbell-2025']).toEqual({
      title: 'The Trump Administration’s Pursuit of a Sino-Russian Schism',
    });
  });
});
