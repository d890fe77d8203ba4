import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findBrokenLinks, internalTarget } from './links.ts';

const SITE = 'https://wedge.example.org';

describe('internalTarget', () => {
  it('resolves relative links against the page and splits off the fragment, decoded', () => {
    expect(internalTarget('../b/#x%20y', '/essays/a/', SITE)).toEqual({ path: '/essays/b/', fragment: 'x y' });
  });
  it('drops the query', () => {
    expect(internalTarget('/search/?q=treaty', '/', SITE)).toEqual({ path: '/search/', fragment: '' });
  });
  it('counts absolute links to the site origin as internal and other origins as external', () => {
    expect(internalTarget('https://wedge.example.org/method/', '/', SITE)).toEqual({ path: '/method/', fragment: '' });
    expect(internalTarget('https://asiatimes.com/x', '/', SITE)).toBeNull();
    expect(internalTarget('mailto:a@b.c', '/', SITE)).toBeNull();
  });
  it('treats a bare fragment as the same page', () => {
    expect(internalTarget('#main', '/data/', SITE)).toEqual({ path: '/data/', fragment: 'main' });
  });
});

describe('findBrokenLinks', () => {
  const site = (files: Record<string, string>) => {
    const dist = mkdtempSync(path.join(tmpdir(), 'links-'));
    for (const [file, html] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dist, file)), { recursive: true });
      writeFileSync(path.join(dist, file), html);
    }
    return dist;
  };
  it('passes links to existing pages, files and ids', () => {
    const dist = site({
      'index.html': '<a href="/a/#x">a</a><a href="#top" id="top"></a><link href="/s.css" rel="stylesheet">',
      'a/index.html': '<p id="x">',
      's.css': '',
    });
    expect(findBrokenLinks(dist, SITE)).toEqual({ pages: 2, links: 3, broken: [] });
  });
  it('reports a missing page, a missing id and a directory linked without its slash', () => {
    const dist = site({
      'index.html': '<a href="/gone/">1</a><a href="/a/#nope">2</a><a href="/a">3</a>',
      'a/index.html': '<p id="x">',
    });
    expect(findBrokenLinks(dist, SITE).broken.map((b) => b.reason)).toEqual([
      'no file for /gone/',
      '/a/ has no id "nope"',
      'no file for /a',
    ]);
  });
});
