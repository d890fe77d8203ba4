import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  budgetFor,
  elementCount,
  elementLimit,
  jsImports,
  pageAssets,
  pageType,
  pageWeight,
  scriptPaths,
} from './budgets.ts';
import { startTags } from './html-refs.ts';

describe('pageType', () => {
  it('classifies every kind of page by its path', () => {
    const paths = [
      '/',
      '/essays/a/',
      '/method/',
      '/compare/',
      '/compare/arctic/',
      '/data/',
      '/timeline/',
      '/search/',
      '/analyse/',
      '/404.html',
    ];
    expect(paths.map(pageType)).toEqual([
      'home',
      'essay',
      'method',
      'compare',
      'compare-topic',
      'data',
      'timeline',
      'search',
      'analyse',
      'other',
    ]);
  });
});

describe('budgetFor', () => {
  it('allows reading pages 10 KB gzip of JS and the timeline and search 30 KB; CSS 20 KB everywhere', () => {
    expect(budgetFor('essay')).toMatchObject({ kind: 'reading', jsGzip: 10240, cssGzip: 20480 });
    expect(budgetFor('timeline').jsGzip).toBe(30720);
    expect(budgetFor('search').kind).toBe('enhancement');
  });
  it('allows /analyse/, which runs the pipeline in the browser, 150 KB gzip of JS', () => {
    expect(budgetFor('analyse')).toMatchObject({ kind: 'enhancement', jsGzip: 150 * 1024 });
  });
});

describe('elementCount', () => {
  it('counts start tags, not comments or template contents, and the claims shown in full', () => {
    const tags = startTags(
      '<main><!-- <p> --><p><span class="claim" id="a-1">A.</span> <span class="claim-text">x</span></p><template><p></p></template></main>',
    );
    expect(elementCount(tags)).toEqual({ elements: 5, claims: 1 });
  });
});

describe('elementLimit', () => {
  it('holds the timeline to 2,000 elements whatever it shows, and allows an essay page so many per claim', () => {
    expect(elementLimit(budgetFor('timeline'), 0)).toBe(2000);
    expect(elementLimit(budgetFor('essay'), 100)).toBe(2250);
    expect(elementLimit(budgetFor('essay'), 200)).toBeGreaterThan(elementLimit(budgetFor('essay'), 100));
  });
});

describe('pageAssets', () => {
  it('finds script sources, module preloads, stylesheets and inline code, but not JSON scripts', () => {
    const tags = startTags(
      '<link rel="stylesheet" href="/a.css"><link rel="modulepreload" href="/m.js"><script type="module" src="/s.js"></script><script>x()</script><script type="application/ld+json">{}</script><style>p{}</style>',
    );
    expect(pageAssets(tags)).toEqual({
      js: ['/m.js', '/s.js'],
      css: ['/a.css'],
      inlineJs: ['x()'],
      inlineCss: ['p{}'],
    });
  });
});

describe('jsImports', () => {
  it('lists static and dynamic imports of paths, not bare packages', () => {
    expect(
      jsImports('import{a as b}from"./c.js";import "/d.js";export*from"../e.js";import("./f.js");import x from "pkg"'),
    ).toEqual(['./c.js', '/d.js', '../e.js', './f.js']);
  });
});

describe('scriptPaths', () => {
  it('finds a script path written as a plain string, as for import(new URL(…))', () => {
    expect(scriptPaths('await import(new URL(`/pagefind/pagefind.js`,location.href).href)')).toEqual([
      '/pagefind/pagefind.js',
    ]);
  });
});

describe('pageWeight', () => {
  it('follows imports through the built files, counts each module once and sizes CSS', () => {
    const dist = mkdtempSync(path.join(tmpdir(), 'budget-'));
    mkdirSync(path.join(dist, '_astro'));
    writeFileSync(path.join(dist, '_astro/a.js'), 'import"./b.js";import("./b.js");');
    writeFileSync(path.join(dist, '_astro/b.js'), 'console.log(1)');
    writeFileSync(path.join(dist, '_astro/s.css'), 'p{color:red}');
    const weight = pageWeight(
      dist,
      '/',
      startTags('<script type="module" src="/_astro/a.js"></script><link rel="stylesheet" href="/_astro/s.css">'),
    );
    expect(weight.js.map((a) => [a.url, a.raw])).toEqual([
      ['/_astro/a.js', 32],
      ['/_astro/b.js', 14],
    ]);
    expect(weight.css[0]).toMatchObject({ url: '/_astro/s.css', raw: 12 });
    expect(weight.css[0]!.gzip).toBeGreaterThan(0);
  });
  it('reports a script imported only on demand (wink’s model) apart from the budgeted JS', () => {
    const dist = mkdtempSync(path.join(tmpdir(), 'budget-'));
    mkdirSync(path.join(dist, '_astro'));
    writeFileSync(path.join(dist, '_astro/page.js'), 'new Worker(new URL(`/_astro/worker-A1.js`,``+import.meta.url))');
    writeFileSync(path.join(dist, '_astro/worker-A1.js'), 'import(`./wink-model-B2_c.js`)');
    writeFileSync(path.join(dist, '_astro/wink-model-B2_c.js'), 'export default {}');
    const weight = pageWeight(dist, '/analyse/', startTags('<script type="module" src="/_astro/page.js"></script>'));
    expect(weight.js.map((a) => a.url)).toEqual(['/_astro/page.js', '/_astro/worker-A1.js']);
    expect(weight.onDemand.map((a) => a.url)).toEqual(['/_astro/wink-model-B2_c.js']);
  });
  it('refuses to guess the size of a file that is not in the build', () => {
    const dist = mkdtempSync(path.join(tmpdir(), 'budget-'));
    expect(() => pageWeight(dist, '/', startTags('<script src="/gone.js"></script>'))).toThrow('/: /gone.js is not in');
  });
});
