/**
 * The timeline's sources and checks, read from `content/` as the build reads them:
 * no source on a known mirror, aggregator or blog host (the list is data, in
 * `content/weak-source-hosts.yaml`), every event with at least one source off
 * that list, and every check's quote found in exactly one sentence of its essay.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { analyzeEssay } from '../analyze-essay.ts';
import { normaliseText } from '../claim-id.ts';
import { loadTimeline, readEssay, readYaml } from '../load-content.ts';
import { testOptions } from '../test-context.ts';
import type { TimelineEvent } from './schema.ts';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../../content');

const weakHostSchema = z.array(
  z
    .object({
      host: z.string().regex(/^[a-z0-9-]+(\.[a-z0-9-]+)*(\.\*)?$/, {
        message: 'expected a lower-case host name, optionally ending ".*"',
      }),
      why: z.string().min(3, { message: 'expected a reason' }),
    })
    .strict(),
);
type WeakHost = z.output<typeof weakHostSchema>[number];

/**
 * A matcher for a list of hosts: an entry matches that host and its subdomains;
 * an entry ending in ".*" (e.g. "blogspot.*") matches any top-level suffix too
 * (blogspot.com, blogspot.co.uk, name.blogspot.fr).
 */
function hostMatcher(list: readonly WeakHost[]): (url: string) => WeakHost | undefined {
  const compiled = list.map((entry) => {
    const anySuffix = entry.host.endsWith('.*');
    const base = (anySuffix ? entry.host.slice(0, -2) : entry.host).replace(/[.-]/g, (c) => `\\${c}`);
    return { entry, pattern: new RegExp(`^(?:[^.]+\\.)*${base}${anySuffix ? '(?:\\.[a-z0-9-]+)+' : ''}$`) };
  });
  return (url) => {
    const host = new URL(url).hostname.toLowerCase().replace(/\.$/, '');
    return compiled.find(({ pattern }) => pattern.test(host))?.entry;
  };
}

/** Every source of an event: its own and those of its checks, with where each sits. */
function sourcesOf(event: TimelineEvent): { where: string; url: string }[] {
  return [
    ...event.sources.map((s, i) => ({ where: `${event.id} › sources ${i + 1}`, url: s.url })),
    ...event.checks.map((c, i) => ({ where: `${event.id} › checks ${i + 1} › source`, url: c.source.url })),
  ];
}

describe('hostMatcher', () => {
  const isWeak = hostMatcher([
    { host: 'mirror.example', why: 'made-up mirror' },
    { host: 'blogspot.*', why: 'made-up blog host' },
    { host: 'sco.wikipedia.org', why: 'made-up language edition' },
  ]);

  it('matches the host itself and its subdomains', () => {
    expect(isWeak('https://mirror.example/page')?.host).toBe('mirror.example');
    expect(isWeak('http://www.mirror.example/a?b=c')?.host).toBe('mirror.example');
    expect(isWeak('https://deep.sub.MIRROR.example/')?.host).toBe('mirror.example');
  });

  it('matches any suffix for an entry ending ".*"', () => {
    expect(isWeak('https://someone.blogspot.com/2008/09/x.html')?.host).toBe('blogspot.*');
    expect(isWeak('https://someone.blogspot.co.uk/x')?.host).toBe('blogspot.*');
    expect(isWeak('https://blogspot.fr/')?.host).toBe('blogspot.*');
  });

  it('matches a listed subdomain, its own subdomains, but not its parent or siblings', () => {
    expect(isWeak('https://sco.wikipedia.org/wiki/X')?.host).toBe('sco.wikipedia.org');
    // The mobile host is not a subdomain of the listed one: a list must name it too.
    expect(isWeak('https://sco.m.wikipedia.org/wiki/X')).toBeUndefined();
    expect(isWeak('https://en.wikipedia.org/wiki/X')).toBeUndefined();
    expect(isWeak('https://wikipedia.org/')).toBeUndefined();
  });

  it('does not match hosts that merely contain or end with the same letters', () => {
    expect(isWeak('https://notmirror.example/')).toBeUndefined();
    expect(isWeak('https://mirror.example.org/')).toBeUndefined();
    expect(isWeak('https://blogspotter.com/')).toBeUndefined();
    expect(isWeak('https://www.reuters.com/world/')).toBeUndefined();
  });

  it('flags a made-up timeline source, so the content test can fail', () => {
    const event = {
      id: 'made-up',
      sources: [{ title: 'A mirror', url: 'https://www.mirror.example/treaty' }],
      checks: [],
    } as unknown as TimelineEvent;
    expect(sourcesOf(event).filter((s) => isWeak(s.url))).toEqual([
      { where: 'made-up › sources 1', url: 'https://www.mirror.example/treaty' },
    ]);
  });
});

describe('timeline sources', () => {
  const list = weakHostSchema.parse(readYaml(path.join(ROOT, 'weak-source-hosts.yaml')));
  const isWeak = hostMatcher(list);
  const events = loadTimeline(ROOT);

  it('lists each weak host once', () => {
    const hosts = list.map((e) => e.host);
    expect(hosts.filter((h, i) => hosts.indexOf(h) !== i)).toEqual([]);
  });

  it('cites no source on a listed mirror, aggregator or blog host (event and check sources)', () => {
    const weak = events
      .flatMap(sourcesOf)
      .map((s) => ({ ...s, host: isWeak(s.url)?.host }))
      .filter((s) => s.host);
    expect(weak).toEqual([]);
  });

  it('gives every event at least one source whose host is not on the list', () => {
    const bare = events.filter((e) => !e.sources.some((s) => !isWeak(s.url))).map((e) => e.id);
    expect(bare).toEqual([]);
  });
});

describe('timeline checks', () => {
  const dir = path.join(ROOT, 'essays');
  const sentences = new Map<string, string[]>();
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.md'))) {
    const essay = readEssay(path.join(dir, name));
    const { claims } = analyzeEssay(essay.tree, testOptions({ slug: essay.slug }));
    sentences.set(
      essay.slug,
      claims.map((c) => normaliseText(c.text)),
    );
  }
  const checks = loadTimeline(ROOT).flatMap((event) =>
    event.checks.map((check, i) => ({ where: `${event.id} › checks ${i + 1}`, ...check })),
  );

  it('has checks to test', () => {
    expect(checks.length).toBeGreaterThan(0);
  });

  it('names an essay that exists', () => {
    expect(checks.filter((c) => !sentences.has(c.essay)).map((c) => `${c.where}: ${c.essay}`)).toEqual([]);
  });

  it('quotes exactly one sentence of the named essay', () => {
    const wrong = checks
      .map((c) => {
        const needle = normaliseText(c.quote);
        const found = (sentences.get(c.essay) ?? []).filter((s) => s.includes(needle)).length;
        return { where: c.where, quote: c.quote, found };
      })
      .filter((c) => c.found !== 1);
    expect(wrong).toEqual([]);
  });
});
